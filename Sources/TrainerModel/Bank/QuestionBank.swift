import Foundation

/// A council's question bank: the questions generated from its protocol, with what they were generated from.
public struct QuestionBank: Sendable, Equatable, Codable {
    /// Version of the bank's JSON layout (see Sources/TrainerModel/Schemas/bank.schema.json).
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    /// The council's name, or nil where the protocol does not give one.
    public var council: String?
    public var source: ProtocolSourceInfo
    public var generator: GeneratorInfo
    public var questions: [Question]

    public init(council: String?, source: ProtocolSourceInfo, generator: GeneratorInfo, questions: [Question]) {
        self.schemaVersion = Self.currentSchemaVersion
        self.council = council
        self.source = source
        self.generator = generator
        self.questions = questions
    }

    /// The question with this id, if any.
    public func question(id: String) -> Question? { questions.first { $0.id == id } }
}

/// The protocol text a bank was generated from.
public struct ProtocolSourceInfo: Sendable, Equatable, Codable {
    public var title: String?
    /// SHA-256 of the protocol file's bytes, lower-case hex: a bank is stale when this no longer matches.
    public var sha256: String

    public init(title: String?, sha256: String) {
        self.title = title
        self.sha256 = sha256
    }
}

/// The generator that wrote a bank, and its settings.
public struct GeneratorInfo: Sendable, Equatable, Codable {
    public var name: String
    public var version: String
    public var seed: UInt64

    public init(name: String = "protocol-trainer", version: String = GeneratorInfo.currentVersion, seed: UInt64) {
        self.name = name
        self.version = version
        self.seed = seed
    }

    /// Raised whenever the generator's output for the same input changes.
    public static let currentVersion = "2.9.0"
}
