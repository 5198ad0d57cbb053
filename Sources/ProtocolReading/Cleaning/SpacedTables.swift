import Foundation

/// Turns tables laid out in columns of spaces, as a word processor's plain-text export gives them, into one sentence a
/// row, as `TextTables` does for tables drawn with `|` and `+---+`.
///
/// ## Parsing behaviour
/// - A table is a run of at least three lines that each part into two or more cells at gaps of three spaces or more,
///   with the cells after the first starting in the same columns (give or take two). A line of dashes under the first
///   row makes it the heading; so does a first row followed by a blank line and then the rows. A line of dashes over
///   the heading is part of the table.
/// - A line with nothing in the first column carries on the row above ("Deputy Town Clerk in" over "the Town Clerk's
///   absence").
/// - Numbered lines, contents lines with dot leaders and "Adopted by:   Council" details are never table rows.
enum SpacedTables {
    static func flatten(_ lines: [SourceLine]) -> [SourceLine] {
        TextTables.replacingTables(in: lines) { index in
            // A rule of dashes over the heading belongs to the table.
            let start = isDashes(lines[index].text) && index + 1 < lines.count ? index + 1 : index
            return table(at: start, in: lines).map { ($0.sentences, $0.end, []) }
        }
    }

    /// A cell of a line: its text and the column it starts in.
    private struct Cell {
        let start: Int
        let text: String
    }

    /// The cells of a line, parted at gaps of three spaces or more, with their columns in the printed line.
    private static func cells(of line: SourceLine) -> [Cell] {
        var cells: [Cell] = []
        var column = line.indent
        var current = ""
        var start = line.indent
        var gap = 0
        for character in line.spaced ?? line.text {
            if character == " " {
                gap += 1
            } else {
                if gap >= 3, !current.isEmpty {
                    cells.append(Cell(start: start, text: current))
                    current = ""
                    start = column
                } else if gap > 0, !current.isEmpty {
                    current += String(repeating: " ", count: gap)
                }
                if current.isEmpty { start = column }
                current.append(character)
                gap = 0
            }
            column += 1
        }
        if !current.isEmpty { cells.append(Cell(start: start, text: current)) }
        return cells
    }

    private static func isDashes(_ text: String) -> Bool {
        text.count >= 6 && text.allSatisfy { "-=─ ".contains($0) }
    }

    /// Whether a line could be a row: not a numbered clause, not a contents line, not a "Label:   value" detail.
    private static func mayBeRow(_ line: SourceLine, _ cells: [Cell]) -> Bool {
        guard cells.count >= 2, !line.text.contains("....") else { return false }
        if case .number = LineMarker.parse(line.text).kind { return false }
        return !cells[0].text.hasSuffix(":")
    }

    private static func table(at start: Int, in lines: [SourceLine]) -> (sentences: [SourceLine], end: Int)? {
        // Only a line that kept its spacing can part into cells: most lines are passed over here.
        guard lines[start].spaced != nil else { return nil }
        let first = cells(of: lines[start])
        guard mayBeRow(lines[start], first) else { return nil }
        let columns = first.map(\.start)
        func fits(_ cells: [Cell]) -> Bool {
            cells.dropFirst().allSatisfy { cell in columns.dropFirst().contains { abs($0 - cell.start) <= 2 } }
        }
        var rows: [(line: Int, cells: [String])] = []
        var heading: [String] = []
        var index = start
        var rowLines = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                // One blank line under the heading, and none inside the table.
                if index == start + 1, index + 1 < lines.count, !lines[index + 1].isBlank { index += 1; continue }
                break
            }
            if isDashes(line.text) {
                guard index == start + 1 else { break }
                index += 1
                continue
            }
            let found = cells(of: line)
            if found.count == 1, let cell = found.first, !rows.isEmpty, columns.count > 1, cell.start >= columns[1] - 2,
               let column = columns.lastIndex(where: { $0 <= cell.start + 2 }) {
                // Nothing in the first column: the row above goes on.
                var more = Array(repeating: "", count: columns.count)
                more[column] = cell.text
                rows[rows.count - 1].cells = TextTables.join(rows[rows.count - 1].cells, more)
                index += 1
                continue
            }
            guard mayBeRow(line, found), fits(found) else { break }
            var placed = Array(repeating: "", count: columns.count)
            for cell in found {
                let column = columns.lastIndex { $0 <= cell.start + 2 } ?? 0
                placed[column] = placed[column].isEmpty ? cell.text : placed[column] + " " + cell.text
            }
            rows.append((line.number, placed))
            rowLines += 1
            index += 1
        }
        guard rowLines >= 3 else { return nil }
        // A first row set apart by dashes or a blank line is the heading.
        if start + 1 < lines.count, isDashes(lines[start + 1].text) || lines[start + 1].isBlank {
            heading = rows.removeFirst().cells
        }
        let sentences = rows.compactMap { row in
            TextTables.sentence(row.cells, heading: heading).map { SourceLine(number: row.line, text: $0, indent: 0, discarded: nil) }
        }
        return (sentences, index)
    }
}
