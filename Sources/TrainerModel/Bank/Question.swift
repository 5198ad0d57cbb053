/// One question of a bank: a stem, its options with feedback, and the clauses it teaches.
public struct Question: Sendable, Equatable, Codable {
    /// Stable across regenerations while the cited clause's words and the question's frame stay the same.
    public var id: String
    public var type: QuestionType
    public var kind: QuestionKind
    public var roles: [TraineeRole]
    public var topic: Topic
    public var stem: String
    public var options: [QuestionOption]
    public var citations: [Citation]
    public var difficulty: Difficulty
    public var status: QuestionStatus
    /// Which catalogue provision and frame, or which general rule form, produced the question (for reviewers).
    public var origin: String
    /// A word for the clerk about the question, e.g. why regeneration put an edited question back to draft.
    public var note: String?

    public init(id: String, type: QuestionType, kind: QuestionKind, roles: [TraineeRole], topic: Topic, stem: String,
                options: [QuestionOption], citations: [Citation], difficulty: Difficulty, status: QuestionStatus = .draft,
                origin: String) {
        self.id = id
        self.type = type
        self.kind = kind
        self.roles = roles
        self.topic = topic
        self.stem = stem
        self.options = options
        self.citations = citations
        self.difficulty = difficulty
        self.status = status
        self.origin = origin
    }

    /// The options a fully correct answer chooses.
    public var correctOptionIDs: [String] { options.filter(\.correct).map(\.id) }
}

/// How the trainee answers.
public enum QuestionType: String, Sendable, Codable, CaseIterable {
    case oneAnswer = "one-answer"
    case yesNo = "yes-no"
    case who
    case chooseAll = "choose-all"
}

/// Whether the question is built around a situation or asks what the protocol says.
public enum QuestionKind: String, Sendable, Codable, CaseIterable {
    case scenario
    case recall
}

/// A rough estimate of how hard the question is.
public enum Difficulty: String, Sendable, Codable, CaseIterable {
    case easy, medium, hard
}

/// The clerk's review state: draft questions are used until the clerk approves or retires them.
public enum QuestionStatus: String, Sendable, Codable, CaseIterable {
    case draft, approved, retired
}

/// One answer option.
public struct QuestionOption: Sendable, Equatable, Codable {
    /// Stable id, stored in training records.
    public var id: String
    public var text: String
    public var correct: Bool
    /// Why this option is right or wrong, citing the clause.
    public var feedback: String

    public init(id: String, text: String, correct: Bool, feedback: String) {
        self.id = id
        self.text = text
        self.correct = correct
        self.feedback = feedback
    }
}

/// A clause the question teaches, and the exact words it rests on.
public struct Citation: Sendable, Equatable, Codable, Hashable {
    /// The clause's citation id, as the reader gives it.
    public var clause: String
    /// Words quoted exactly from the clause's text or one of its items.
    public var quote: String

    public init(clause: String, quote: String) {
        self.clause = clause
        self.quote = quote
    }
}
