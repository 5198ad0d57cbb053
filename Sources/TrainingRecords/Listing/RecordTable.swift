import TrainerModel

/// The attempts as a table for people to read at the terminal, oldest first.
public enum RecordTable {
    static let headings = ["Started", "Name", "Role", "Council", "Mode", "Result", "Score", "Attempt"]

    /// A header, a rule and one line per attempt; long names and council names are cut to the widths given.
    public static func render(_ records: [TrainingRecord], nameWidth: Int = 28, councilWidth: Int = 24) -> String {
        var rows: [[String]] = []
        rows.reserveCapacity(records.count)
        for record in records { rows.append(cells(record, nameWidth: nameWidth, councilWidth: councilWidth)) }
        var widths = headings.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        var text = line(headings, widths) + line(widths.map { String(repeating: "-", count: $0) }, widths)
        for row in rows { text += line(row, widths) }
        return text
    }

    static func cells(_ record: TrainingRecord, nameWidth: Int, councilWidth: Int) -> [String] {
        let facts = AttemptFacts(record)
        var score = ""
        if let percent = facts.percent { score = AttemptFacts.number(percent) + "%" }
        return [Timestamp.wallClock(record.startedAt), clip(record.trainee.name, nameWidth), record.trainee.role.rawValue,
                clip(facts.councilName, councilWidth), record.mode.rawValue, facts.outcome.rawValue, score,
                String(record.attemptId.uuidString.lowercased().prefix(8))]
    }

    /// Cells padded to their column's width, two spaces apart, with no spaces left at the end of the line.
    static func line(_ cells: [String], _ widths: [Int]) -> String {
        var text = ""
        for (column, cell) in cells.enumerated() {
            if column > 0 { text += "  " }
            text += cell
            if column < cells.count - 1 { text += String(repeating: " ", count: widths[column] - cell.count) }
        }
        return text + "\n"
    }

    /// Long names are cut with an ellipsis so the table stays readable; `records show` has them in full.
    static func clip(_ text: String, _ width: Int) -> String {
        // Control characters would garble the terminal; old records may predate the name check.
        let clean = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        return clean.count <= width ? clean : String(clean.prefix(width - 1)) + "…"
    }
}
