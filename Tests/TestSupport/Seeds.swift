import Foundation
import ProtocolReading
import TrainerModel

/// The five seed protocols, as committed under QuestionBanks/.
enum Seeds {
    static let councils = ["iminster", "northampton", "rayleigh", "wimborne-minster", "district-constitution"]

    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ council: String) -> String {
        repositoryRoot.appendingPathComponent("QuestionBanks/\(council)/protocol.txt").path
    }

    static func read(_ council: String) throws -> CouncilProtocol {
        try ProtocolReader().read(path: path(council))
    }

    static func text(_ council: String) throws -> String {
        try String(contentsOfFile: path(council), encoding: .utf8)
    }
}

extension CouncilProtocol {
    /// Printed numbers of the numbered clauses, in order.
    var numbers: [String] { numberedClauses.compactMap(\.number) }

    func itemCount(_ number: String) -> Int? { clauses.first { $0.number == number }?.items.count }

    func text(_ number: String) -> String { clauses.first { $0.number == number }?.text ?? "" }

    /// Every word a trainee could be taught: clause texts and item texts.
    var allTaughtText: [String] { clauses.flatMap { [$0.text] + $0.items.map(\.text) } }
}

/// "1.1"…"1.8" as an array.
func range(_ major: String, _ minors: ClosedRange<Int>) -> [String] {
    minors.map { "\(major).\($0)" }
}
