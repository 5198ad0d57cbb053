import Foundation
import Testing
@testable import RuleAnalysis
@testable import TestSupport
@testable import TrainerModel

/// Sentences and how the analyser reads them, one row a line in `Golden/readings.txt`, and every seed protocol's
/// readings in `Golden/readings/<council>.txt`. A change to the analyser's heuristics shows up as the few rows whose
/// reading it changed, printed as a diff.
///
/// After a deliberate change: `UPDATE_GOLDEN=1 swift test --filter ReadingTableTests`, then review the diff of the
/// golden files (`git diff Tests/RuleAnalysisTests/Golden/readings*`) before committing it.
@Suite("Readings of sentences")
struct ReadingTableTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let updating = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil

    @Test("Each sentence of the table is read as its row says")
    func tableOfReadings() throws {
        let file = Self.folder.appendingPathComponent("readings.txt")
        let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        var rows = 0
        var changed: [String] = []
        var updated: [String] = []
        for line in lines {
            guard let row = ReadingRow(line) else {
                updated.append(line)
                continue
            }
            rows += 1
            let now = ReadingRow.reading(of: row.sentence, heading: row.heading)
            if now != row.reading { changed.append("\(row.cell)\n    was: \(row.reading)\n    now: \(now)") }
            updated.append("\(row.cell) => \(now)")
        }
        if Self.updating { try updated.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8) }
        #expect(rows >= 40, "the table has only \(rows) rows")
        if !changed.isEmpty {
            Issue.record("\(changed.count) of \(rows) readings changed (UPDATE_GOLDEN=1 to accept):\n\(changed.joined(separator: "\n"))")
        }
    }

    @Test("Every seed protocol is read as its reference says", arguments: Seeds.councils)
    func seedReadings(council: String) throws {
        let document = try Seeds.read(council)
        let now = ClauseAnalyser.analyse(document).map { statement in
            let place = statement.clauseID + (statement.itemIndex.map { " item \($0 + 1)" } ?? "")
            return "\(place): \(ReadingRow.render(statement)) <= \(statement.quote)"
        }
        let file = Self.folder.appendingPathComponent("readings").appendingPathComponent("\(council).txt")
        if Self.updating {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (now.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        }
        let was = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n").filter { !$0.isEmpty }
        let diff = now.difference(from: was).map { change -> String in
            switch change {
            case .remove(_, let line, _): return "- \(line)"
            case .insert(_, let line, _): return "+ \(line)"
            }
        }
        let rules = now.filter { !$0.contains(": no rule") }.count
        if !diff.isEmpty { Issue.record("\(council): \(diff.count) lines differ from Golden/readings/\(council).txt (\(rules) rule statements now; UPDATE_GOLDEN=1 to accept):\n\(diff.joined(separator: "\n"))") }
    }
}

/// One row of the table: `[Heading] sentence (seed) => reading`, where the heading and "(seed)" are optional, " • " parts a list's lead-in from the item the row
/// reads, and the reading is `kind · binds · conditions · topic[ · to route]` or `no rule: why`.
struct ReadingRow {
    /// The row's left side as written.
    let cell: String
    let heading: String?
    let sentence: String
    let reading: String

    init?(_ line: String) {
        guard !line.hasPrefix("#"), let arrow = line.range(of: " => ") else { return nil }
        cell = String(line[..<arrow.lowerBound])
        reading = String(line[arrow.upperBound...])
        // "(seed)" marks a sentence taken from one of the five seed protocols.
        let text = cell.hasSuffix(" (seed)") ? String(cell.dropLast(7)) : cell
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            heading = String(text[text.index(after: text.startIndex)..<close])
            sentence = text[text.index(after: close)...].trimmingCharacters(in: .whitespaces)
        } else {
            heading = nil
            sentence = text
        }
    }

    /// The reading of the last statement of a clause made of `sentence`: its last sentence, or its last item where
    /// " • " gives it a list.
    static func reading(of sentence: String, heading: String?) -> String {
        let parts = sentence.components(separatedBy: " • ")
        let items = parts.dropFirst().enumerated().map { ClauseItem(label: "\($0.offset + 1).", text: $0.element, line: 2 + $0.offset) }
        let clause = Clause(id: "1", number: "1", heading: heading, text: parts[0], items: Array(items), line: 1)
        guard let last = ClauseAnalyser.analyse(clause).last else { return "nothing read" }
        return render(last)
    }

    static func render(_ statement: RuleStatement) -> String {
        guard statement.statesRule else { return "no rule: \(statement.notARule?.rawValue ?? "?")" }
        let conditions = statement.conditions.isEmpty ? "always" : statement.conditions.map { "“\($0)”" }.joined(separator: " + ")
        var parts = [statement.kind.rawValue, statement.binds.rawValue, conditions, statement.topic.rawValue]
        if let route = statement.route { parts.append("to \(route)") }
        return parts.joined(separator: " · ")
    }
}
