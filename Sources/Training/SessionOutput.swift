import TrainerModel

/// What the session asks the front end to show; the front end decides how (width, colour).
public enum SessionOutput: Equatable, Sendable {
    case question(QuestionScreen)
    /// One line, e.g. why an answer was not understood.
    case hint(String)
    case help(String)
    /// Practice mode: right or wrong, why each option is, and the clause.
    case feedback(AnswerFeedback)
    /// Practice mode: the clauses a question rests on.
    case clauses([ClauseText])
    case finished(AttemptSummary)
    /// Saved part-way; the attempt can be resumed.
    case paused
}

/// A question as the trainee sees it.
public struct QuestionScreen: Equatable, Sendable {
    public var number: Int
    public var total: Int
    public var stem: String
    /// Option texts in the order shown (A, B, C …).
    public var options: [String]
    public var type: QuestionType
    /// Letters answered before, when the trainee has come back to the question.
    public var previousAnswer: [String]?
}

/// After an answer in practice mode.
public struct AnswerFeedback: Equatable, Sendable {
    public var score: Double
    public var chosenLetters: [String]
    public var rightLetters: [String]
    /// Each option in the order shown: letter, text, right or not, feedback.
    public var options: [(letter: String, text: String, correct: Bool, feedback: String)]
    public var citations: [Citation]

    public static func == (lhs: AnswerFeedback, rhs: AnswerFeedback) -> Bool {
        lhs.score == rhs.score && lhs.chosenLetters == rhs.chosenLetters && lhs.rightLetters == rhs.rightLetters
            && lhs.citations == rhs.citations && lhs.options.map(\.text) == rhs.options.map(\.text)
    }
}

/// A clause's words, for the `clause` command.
public struct ClauseText: Equatable, Sendable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// The end of an attempt: score, pass or fail, topics, and a review of what went wrong.
public struct AttemptSummary: Equatable, Sendable {
    public var mode: TrainingMode
    public var result: AttemptResult
    public var answered: Int
    public var total: Int
    public var review: [ReviewItem]
}

/// A question answered wrongly, partly or skipped, with the right answer and the clause.
public struct ReviewItem: Equatable, Sendable {
    public var number: Int
    public var stem: String
    public var yourAnswer: [String]
    public var rightAnswer: [String]
    public var explanation: String
    public var citations: [Citation]
}
