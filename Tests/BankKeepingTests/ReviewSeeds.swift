import Foundation
@testable import BankKeeping
@testable import ProtocolReading
@testable import RuleAnalysis
@testable import TestSupport
@testable import TrainerModel

/// The questions blind readers rated in `../shared/review/turn2-seeds/` (the sheet, the key, and the protocols they were
/// asked of in `../shared/protocols/`), rebuilt as bank questions. Absent outside the team's machines, where the tests
/// that use them are skipped.
enum ReviewSeeds {
    static let shared = Seeds.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let folder = shared.appendingPathComponent("review/turn2-seeds")

    static var available: Bool {
        ["sheet-seeds.md", "key-seeds.json"].allSatisfy { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
    }

    /// One rated question: its sheet number ("Q4"), its origin as the key gives it, and the question with its citations.
    struct Rated: Sendable {
        let number: String
        let origin: String
        let question: Question
        let document: CouncilProtocol
    }

    /// Every question of the sheet, in the sheet's order, read once for all the tests.
    static func all() throws -> [Rated] { try loaded.get() }

    private static let loaded = Result { try read() }

    private static func read() throws -> [Rated] {
        let sheet = try String(contentsOf: folder.appendingPathComponent("sheet-seeds.md"), encoding: .utf8)
        let key = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("key-seeds.json"))) as? [String: [String: Any]] ?? [:]
        var documents: [String: CouncilProtocol] = [:]
        var rated: [Rated] = []
        for block in sheet.components(separatedBy: "### ").dropFirst() {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let number = lines.first?.split(separator: " ").first.map(String.init), let entry = key[number],
                  let protocolName = entry["protocol"] as? String, let origin = entry["origin"] as? String,
                  let type = (entry["type"] as? String).flatMap(QuestionType.init), let kind = (entry["kind"] as? String).flatMap(QuestionKind.init),
                  let correct = entry["correct"] as? [String], let clauses = entry["citations"] as? [String] else { continue }
            let body = lines.dropFirst()
            let stem = body.prefix { !$0.hasPrefix("- ") }.joined(separator: " ").trimmingCharacters(in: .whitespaces)
            let options = body.filter { $0.hasPrefix("- ") }.map { line -> (letter: String, text: String) in
                let rest = line.dropFirst(2)
                return (String(rest.prefix(1)), String(rest.dropFirst(3)))
            }
            if documents[protocolName] == nil {
                documents[protocolName] = try ProtocolReader().read(path: shared.appendingPathComponent("protocols/\(protocolName)").path)
            }
            let document = documents[protocolName]!
            let text = ([stem] + options.map(\.text)).joined(separator: " ")
            rated.append(Rated(
                number: number, origin: origin,
                question: Question(id: number, type: type, kind: kind, roles: [.councillor, .officer], topic: .roles, stem: stem,
                                   options: options.map { QuestionOption(id: $0.letter, text: $0.text, correct: correct.contains($0.letter), feedback: "See clause.") },
                                   citations: citations(clauses, document: document, for: text), difficulty: .medium, origin: origin),
                document: document))
        }
        return rated
    }

    /// The key names only clauses; a reviewer reads the sentence of each that the question is about, so each citation
    /// quotes the clause's sentence or item that shares most words with the question, a different one for each repeat.
    private static func citations(_ clauses: [String], document: CouncilProtocol, for text: String) -> [Citation] {
        let statements = ClauseAnalyser.analyse(document)
        var used: Set<String> = []
        return clauses.compactMap { clause in
            let candidates = statements.filter { $0.clauseID == clause && !used.contains($0.quote) }
            guard let best = candidates.max(by: { WordOverlap.share(of: $0.quote, in: text) < WordOverlap.share(of: $1.quote, in: text) })
            else { return nil }
            used.insert(best.quote)
            return Citation(clause: clause, quote: best.quote)
        }
    }
}
