import Foundation
import Testing
@testable import ProtocolReading
@testable import TestSupport

/// Twelve real protocols in `../shared/protocols/family/`, held to the answer key in that folder's README: the printed
/// clause numbers in order, the items under each clause, and the council's name as printed (or none). The files are
/// other councils' words and stay outside the project; where the folder is absent the tests are skipped.
struct FamilyCorpusTests {
    static let folder = Seeds.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/protocols/family")
    static let available = FileManager.default.fileExists(atPath: folder.appendingPathComponent("README.md").path)

    /// One file's key. `items` gives the item count of every numbered clause that has a list (all others have none);
    /// `unnumberedItems` the item counts of the unnumbered clauses that have a list, in order; `headings` words of
    /// headings that must be read as headings, never inside a clause.
    struct Key: Sendable, CustomTestStringConvertible {
        var file: String
        var council: String?
        var numbers: [String]
        var items: [String: Int] = [:]
        var unnumberedItems: [Int] = []
        var headings: [String] = []
        var testDescription: String { file }
    }

    static let keys: [Key] = [
        Key(file: "chard-tc.txt", council: "Chard Town Council", numbers: range("1", 1...8)),
        Key(file: "bracebridge-heath-pc.txt", council: nil,
            numbers: range("1", 1...3) + range("2", 1...4) + range("3", 1...4), items: ["3.4": 2]),
        Key(file: "scotland-code-annex-a.txt", council: nil, numbers: ["1", "2", "3", "4"]),
        Key(file: "knutsford-tc.txt", council: nil, numbers: range("1", 1...4) + range("2", 1...3), items: ["1.3": 4, "2.1": 4]),
        Key(file: "wyre-forest-dc.txt", council: nil, numbers: ["1", "2", "3", "4", "5", "6"], items: ["6": 3]),
        Key(file: "unnamed-council-lettered.txt", council: nil, numbers: ["1", "2"], items: ["1": 5, "2": 1]),
        Key(file: "chapel-st-leonards-pc-roles.txt", council: "Chapel St Leonards Parish Council",
            numbers: ["1"] + range("1", 1...4) + ["2", "2.1", "2.2"]),
        Key(file: "louth-tc.txt", council: "Louth Town Council", numbers: [], unnumberedItems: [4, 1],
            headings: ["Introduction", "The Role of Councillors and Employees", "The Role of Councillors"]),
        Key(file: "north-norfolk-dc.txt", council: "North Norfolk District Council",
            numbers: ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "4.1"]),
        Key(file: "reigate-banstead-bc.txt", council: "Reigate and Banstead Borough Council", numbers: (1...10).map(String.init)),
        Key(file: "unnamed-council-ten-principles.txt", council: nil, numbers: (1...7).map(String.init)),
        Key(file: "swansea-council.txt", council: nil, numbers: (1...7).map(String.init)),
    ]

    @Test(.enabled(if: available, "../shared/protocols/family is not here"), arguments: keys)
    func readsAsTheKeySays(_ key: Key) throws {
        let problems = try Self.problems(key)
        #expect(problems.isEmpty, "\(key.file):\n\(problems.joined(separator: "\n"))")
    }

    /// What the reader got wrong on one file, in words; empty when it matches the key.
    static func problems(_ key: Key) throws -> [String] {
        let document = try ProtocolReader().read(path: folder.appendingPathComponent(key.file).path)
        var problems: [String] = []
        if document.council?.lowercased() != key.council?.lowercased() {
            problems.append("council: expected \(key.council ?? "none"), read \(document.council ?? "none")")
        }
        if document.numbers != key.numbers {
            problems.append("numbers: expected \(key.numbers), read \(document.numbers)")
        }
        for clause in document.numberedClauses {
            let expected = key.items[clause.number!] ?? 0
            if clause.items.count != expected {
                problems.append("\(clause.number!): expected \(expected) items, read \(clause.items.count)")
            }
        }
        let unnumbered = document.clauses.filter { $0.number == nil && !$0.items.isEmpty }.map(\.items.count)
        if unnumbered != key.unnumberedItems {
            problems.append("unnumbered clauses' lists: expected \(key.unnumberedItems), read \(unnumbered)")
        }
        for heading in key.headings {
            if !document.sections.contains(where: { $0.heading == heading }) { problems.append("no heading '\(heading)'") }
            if document.allTaughtText.contains(where: { $0.hasSuffix(heading) }) {
                problems.append("the heading '\(heading)' is inside a clause")
            }
        }
        return problems
    }
}
