import RuleAnalysis
import TrainerModel
import Yams

/// One topic's file of the catalogue, as a trainer writes it (see Schemas/catalogue.schema.json).
struct CatalogueFile: Decodable {
    static let schemaVersion = 1

    let schemaVersion: Int
    let topic: Topic
    let provisions: [ProvisionEntry]

    struct ProvisionEntry: Decodable {
        let id: String
        let says: String
        let match: MatchEntry
        let examples: [String]
        var nonExamples: [String]?
        /// Qualifications that make every frame's right answer no longer the one answer.
        var unless: [[String]]?
        let frames: [FrameEntry]
    }

    struct MatchEntry: Decodable {
        var binds: [Party]?
        var kinds: [RuleKind]?
        let all: [[String]]
        var none: [String]?
    }

    struct FrameEntry: Decodable {
        let id: String
        var type: QuestionType?
        var kind: QuestionKind?
        let roles: [TraineeRole]
        var difficulty: Difficulty?
        var requires: [[String]]?
        var councils: CouncilScale?
        var binds: [Party]?
        let stem: String
        let options: [OptionEntry]
    }

    /// `right: …` or `wrong: …`, with its feedback.
    struct OptionEntry: Decodable {
        var right: String?
        var wrong: String?
        let feedback: String
        var unless: [[String]]?
    }

    /// Reads one file's text; `name` is only for messages.
    static func read(_ text: String, name: String) throws(CatalogueError) -> [Provision] {
        let file: CatalogueFile
        do {
            file = try YAMLDecoder().decode(CatalogueFile.self, from: text)
        } catch {
            throw CatalogueError.unreadable(file: name, reason: String(describing: error))
        }
        guard file.schemaVersion == schemaVersion else {
            throw CatalogueError.wrongVersion(file: name, found: file.schemaVersion, expected: schemaVersion)
        }
        return try file.provisions.map { entry throws(CatalogueError) in try entry.provision(topic: file.topic, file: name) }
    }
}

extension CatalogueFile.ProvisionEntry {
    func provision(topic: Topic, file: String) throws(CatalogueError) -> Provision {
        let match = ProvisionMatch(binds: Set(self.match.binds ?? []), kinds: Set(self.match.kinds ?? []),
                                   all: self.match.all, none: self.match.none ?? [])
        let frames = try self.frames.map { frame throws(CatalogueError) in
            let options = try frame.options.map { option throws(CatalogueError) in
                switch (option.right, option.wrong) {
                case let (text?, nil):
                    return OptionFrame(text: text, correct: true, feedback: option.feedback,
                                       contradictedBy: (unless ?? []) + (option.unless ?? []))
                case let (nil, text?):
                    return OptionFrame(text: text, correct: false, feedback: option.feedback, contradictedBy: option.unless ?? [])
                default: throw CatalogueError.badOption(file: file, provision: id, frame: frame.id)
                }
            }
            return Frame(id: frame.id, type: frame.type ?? .oneAnswer, kind: frame.kind ?? .scenario, roles: frame.roles,
                         difficulty: frame.difficulty ?? .medium, stem: frame.stem, options: options,
                         requires: frame.requires ?? [], councils: frame.councils,
                         binds: Set(frame.binds ?? []))
        }
        return Provision(id: id, topic: topic, says: says, match: match, examples: examples,
                         nonExamples: nonExamples ?? [], frames: frames)
    }
}
