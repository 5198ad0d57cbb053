import Foundation

/// One training attempt, as kept in `Records/`: who, which council, which questions in which order, every answer.
public struct TrainingRecord: Sendable, Equatable, Codable {
    /// Version of the record's JSON layout (see Sources/TrainerModel/Schemas/record.schema.json).
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var attemptId: UUID
    public var toolVersion: String
    public var trainee: Trainee
    /// The council's name as its bank gives it.
    public var council: String?
    /// The built-in council's folder name, or nil when trained from a bank file elsewhere.
    public var councilSlug: String?
    public var mode: TrainingMode
    public var status: AttemptStatus
    /// ISO 8601 with offset, e.g. "2026-11-22T14:03:12+00:00".
    public var startedAt: String
    public var finishedAt: String?
    public var updatedAt: String
    public var bankSHA256: String
    public var protocolSHA256: String
    /// The seed the questions and options were shuffled with.
    public var seed: UInt64
    /// The questions asked, in the order shown.
    public var questionOrder: [String]
    /// For each question, its options' ids in the order shown (A, B, C …).
    public var optionOrder: [String: [String]]
    /// Answers in the order the questions were asked; a question answered again after "back" has its answer replaced.
    public var answers: [RecordedAnswer]
    /// The question the trainee was on when the attempt was last saved (0-based), for resuming.
    public var position: Int
    public var passMark: Double?
    /// Set when the attempt is completed.
    public var result: AttemptResult?
    /// The fingerprint of the clerk's key, on records saved into a sealed folder: proof that the folder was sealed
    /// even if its integrity log is deleted.
    public var sealedWith: String?
    /// Each asked question's wording version (see `Question.wordingVersion`); nil on records from before it was kept.
    public var questionVersions: [String: String]?
    /// True when the attempt asked questions the clerk had not yet reviewed; nil on records from before it was kept.
    public var unreviewedQuestions: Bool?

    public init(attemptId: UUID, toolVersion: String, trainee: Trainee, council: String?, councilSlug: String?,
                mode: TrainingMode, startedAt: String, bankSHA256: String, protocolSHA256: String, seed: UInt64,
                questionOrder: [String], optionOrder: [String: [String]], passMark: Double?) {
        self.schemaVersion = Self.currentSchemaVersion
        self.attemptId = attemptId
        self.toolVersion = toolVersion
        self.trainee = trainee
        self.council = council
        self.councilSlug = councilSlug
        self.mode = mode
        self.status = .inProgress
        self.startedAt = startedAt
        self.finishedAt = nil
        self.updatedAt = startedAt
        self.bankSHA256 = bankSHA256
        self.protocolSHA256 = protocolSHA256
        self.seed = seed
        self.questionOrder = questionOrder
        self.optionOrder = optionOrder
        self.answers = []
        self.position = 0
        self.passMark = passMark
        self.result = nil
        self.sealedWith = nil
    }

    /// The answer given to `questionID`, if any.
    public func answer(to questionID: String) -> RecordedAnswer? { answers.first { $0.questionId == questionID } }
}

/// The person trained: the name exactly as typed, and their role.
public struct Trainee: Sendable, Equatable, Codable {
    public var name: String
    public var role: TraineeRole

    public init(name: String, role: TraineeRole) {
        self.name = name
        self.role = role
    }
}

/// Whether the attempt is going on, finished, or given up.
public enum AttemptStatus: String, Sendable, Codable, CaseIterable {
    case inProgress = "in-progress"
    case completed
    case abandoned
}

/// One answer: the options chosen (ids from the bank), and what it scored.
public struct RecordedAnswer: Sendable, Equatable, Codable {
    public var questionId: String
    /// The bank's option ids chosen; empty when skipped.
    public var response: [String]
    public var correct: Bool
    /// 0 to 1; choose-all questions can score part marks.
    public var score: Double
    public var skipped: Bool
    public var answeredAt: String
    /// Seconds from the question appearing to the answer.
    public var secondsTaken: Double

    public init(questionId: String, response: [String], correct: Bool, score: Double, skipped: Bool, answeredAt: String, secondsTaken: Double) {
        self.questionId = questionId
        self.response = response
        self.correct = correct
        self.score = score
        self.skipped = skipped
        self.answeredAt = answeredAt
        self.secondsTaken = secondsTaken
    }
}

/// The outcome of a completed attempt.
public struct AttemptResult: Sendable, Equatable, Codable {
    /// Percentage to one decimal place.
    public var percent: Double
    /// nil in practice mode, which has no pass or fail.
    public var passMark: Double?
    public var passed: Bool?
    public var topics: [TopicResult]

    public init(percent: Double, passMark: Double?, passed: Bool?, topics: [TopicResult]) {
        self.percent = percent
        self.passMark = passMark
        self.passed = passed
        self.topics = topics
    }
}

/// How the trainee did on one topic.
public struct TopicResult: Sendable, Equatable, Codable {
    public var topic: Topic
    public var questions: Int
    public var score: Double
    public var percent: Double

    public init(topic: Topic, questions: Int, score: Double, percent: Double) {
        self.topic = topic
        self.questions = questions
        self.score = score
        self.percent = percent
    }
}

extension Trainee {
    /// A short key for files that belong to one trainee (their line history), so the name is never used in a path.
    public var fileKey: String { String(StableID.hex(name + "\u{1F}" + role.rawValue).prefix(16)) }

    /// Checks a name as typed: something to store, and nothing that would garble a record or a report.
    public static func validate(name: String) -> String? {
        let trimmed = name.trimmingCharacters(in: " ")
        if trimmed.isEmpty { return "Give the trainee's name, e.g. --name \"Priya Shah\"." }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "The name contains a line break or another control character; type it on one line."
        }
        if name.count > 1000 { return "The name is longer than 1,000 characters; give a shorter form of it." }
        return nil
    }
}
