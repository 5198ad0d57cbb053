/// The attempts as a table for people to read at the terminal, oldest first.
public enum RecordTable {
    static let headings = ["Started", "Name", "Role", "Council", "Mode", "Result", "Score", "Attempt"]

    public static func render(_ records: [TrainingRecord], nameWidth: Int = 28, councilWidth: Int = 24) -> String {
        let rows = records.map { record -> [String] in
            let facts = AttemptFacts(record)
            return [DeskDate.wallClock(record.startedAt), clip(record.trainee.name, nameWidth), record.trainee.role.rawValue,
                    clip(facts.councilName, councilWidth), record.mode.rawValue, facts.outcome.rawValue,
                    facts.percent.map { AttemptFacts.number($0) + "%" } ?? "",
                    String(record.attemptId.uuidString.lowercased().prefix(8))]
        }
        let widths = headings.indices.map { column in ([headings] + rows).map { $0[column].count }.max() ?? 0 }
        let line = { (cells: [String]) -> String in
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var text = line(headings) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in rows { text += line(row) + "\n" }
        return text
    }

    /// Long names are cut with an ellipsis so the table stays readable; `records show` has them in full.
    static func clip(_ text: String, _ width: Int) -> String {
        // Control characters would garble the terminal; old records may predate the name check.
        let clean = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        return clean.count <= width ? clean : String(clean.prefix(width - 1)) + "…"
    }
}
