import Foundation

/// Turns tables drawn with characters (`+----+----+` borders, `| cell | cell |` rows), as a PDF's or a word
/// processor's text export gives them, into one sentence a row.
///
/// ## Parsing behaviour
/// - A table is a run of lines that begin and end with `|`, with or without `+---+` or `|---|` borders between them.
///   Its cells are read column by column, so a cell wrapped over two lines is one cell again ("Employ-" and "ment" join).
/// - A line whose first cell is empty, or whose only filled cell is the first, carries on the row above. Where
///   borders part the rows and no line is like that, the lines between two borders are one row.
/// - A first row with a border under it is the table's heading, and names the other columns in each row:
///   "| Issue | Raise with |" over "| A complaint | The Clerk |" reads "A complaint: raise with the Clerk."
/// - The rows stay together as one paragraph, so that a table is one clause, not a clause per row, and are
///   set apart from the text around them by blank lines.
enum TextTables {
    static func flatten(_ lines: [SourceLine]) -> [SourceLine] {
        replacingTables(in: lines) { index in
            guard isTablePart(lines[index].text) else { return nil }
            var end = index
            var between: [SourceLine] = []
            while true {
                while end < lines.count, isTablePart(lines[end].text) { end += 1 }
                // A table broken by a page keeps going after the page's footer and header, where its columns do.
                guard let next = continuation(after: end, in: lines, columns: columns(lines[index..<end])) else { break }
                between += lines[end..<next]
                end = next
            }
            let block = Array(lines[index..<end]).filter { isTablePart($0.text) }
            // A lone line between bars is no table: "| see below |" is text.
            guard block.filter({ !isBorder($0.text) }).count >= 2 else { return nil }
            return (sentences(of: block), end, between)
        }
    }

    /// The lines with each table that `table(at:)` finds starting at a line replaced by its sentences, set apart by
    /// blank lines, and followed by the lines the table was broken by (a page's footer and header).
    static func replacingTables(in lines: [SourceLine],
                                _ table: (Int) -> (sentences: [SourceLine], end: Int, after: [SourceLine])?) -> [SourceLine] {
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        var index = 0
        while index < lines.count {
            guard let found = table(index) else {
                out.append(lines[index])
                index += 1
                continue
            }
            out.append(SourceLine(number: lines[index].number, text: "", indent: 0, discarded: nil))
            out.append(contentsOf: found.sentences)
            out.append(SourceLine(number: lines[found.end - 1].number, text: "", indent: 0, discarded: nil))
            out.append(contentsOf: found.after)
            index = found.end
        }
        return out
    }

    /// Where the table goes on after a short break of page footer and header lines: the first line of a row with as
    /// many cells, within a few lines, with no clause or heading number between.
    private static func continuation(after end: Int, in lines: [SourceLine], columns: Int) -> Int? {
        var next = end
        while next < lines.count, next - end <= 8, !isTablePart(lines[next].text) {
            // A numbered line is a clause, unless it is the running header every page repeats.
            if case .number = LineMarker.parse(lines[next].text).kind,
               lines.lazy.filter({ $0.text == lines[next].text }).prefix(3).count < 3 { return nil }
            next += 1
        }
        guard next > end, next < lines.count, isTablePart(lines[next].text) else { return nil }
        let rest = lines[next...].prefix { isTablePart($0.text) }
        return Self.columns(rest) == columns ? next : nil
    }

    /// How many cells the rows of a run of table lines have.
    private static func columns(_ lines: ArraySlice<SourceLine>) -> Int {
        lines.first { !isBorder($0.text) }.map { cells(of: $0.text).count } ?? 0
    }

    private struct Row {
        var line: Int
        var cells: [String]
    }

    private static func sentences(of block: [SourceLine]) -> [SourceLine] {
        // The lines between two borders; the first, where more follow, is the heading.
        var segments: [[SourceLine]] = [[]]
        for line in block {
            if isBorder(line.text) {
                if !(segments.last ?? []).isEmpty { segments.append([]) }
            } else {
                segments[segments.count - 1].append(line)
            }
        }
        segments.removeAll { $0.isEmpty }
        var heading: [String] = []
        if segments.count > 1, segments[0].count <= 2 {
            heading = segments.removeFirst().map { cells(of: $0.text) }.reduce([], join)
        }
        let bordered = segments.count > 1
        var rows: [Row] = []
        for segment in segments {
            let wrapsByEmptyCell = segment.dropFirst().contains { continues(cells(of: $0.text)) }
            for (position, line) in segment.enumerated() {
                let cells = Self.cells(of: line.text)
                let carriesOn = position > 0 && (wrapsByEmptyCell ? continues(cells) : bordered)
                if carriesOn, !rows.isEmpty {
                    rows[rows.count - 1].cells = join(rows[rows.count - 1].cells, cells)
                } else {
                    rows.append(Row(line: line.number, cells: cells))
                }
            }
        }
        return rows.compactMap { row in
            sentence(row.cells, heading: heading).map { SourceLine(number: row.line, text: $0, indent: 0, discarded: nil) }
        }
    }

    /// One row as a sentence: "A complaint: raise with the Clerk; if not resolved the Chairman." Each cell after the
    /// first is named by its column's heading, where the table has one.
    static func sentence(_ row: [String], heading: [String]) -> String? {
        let cells = row.map { $0.trimmingCharacters(in: .whitespaces) }
        let first = cells.first ?? ""
        let others = cells.enumerated().dropFirst().filter { !$0.element.isEmpty }.map { column, text in
            column < heading.count && !heading[column].isEmpty ? "\(lowerFirst(heading[column])) \(lowerArticle(text))" : text
        }
        guard !first.isEmpty || !others.isEmpty else { return nil }
        var sentence = others.isEmpty ? first : first.isEmpty ? others.map(trimmedStop).joined(separator: "; ").capitalisedFirstLetter
            : "\(trimmedStop(first)): \(others.map(trimmedStop).joined(separator: "; "))"
        if let last = sentence.last, !".!?".contains(last) { sentence += "." }
        return sentence
    }

    /// Whether a line's cells carry on the row above: its first cell is empty ("| | Service |"), or only its first is
    /// not ("| briefing | |").
    private static func continues(_ cells: [String]) -> Bool {
        guard cells.count > 1 else { return false }
        return cells[0].isEmpty || cells.dropFirst().allSatisfy(\.isEmpty)
    }

    /// The cells of a `| a | b |` line, trimmed.
    private static func cells(of text: String) -> [String] {
        var inner = Substring(text.trimmingCharacters(in: .whitespaces))
        if inner.hasPrefix("|") { inner = inner.dropFirst() }
        if inner.hasSuffix("|") { inner = inner.dropLast() }
        return inner.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Adds a wrapped line's cells to the row's, column by column; a word broken at a hyphen is mended.
    static func join(_ row: [String], _ more: [String]) -> [String] {
        (0..<max(row.count, more.count)).map { column in
            let head = column < row.count ? row[column] : ""
            let tail = column < more.count ? more[column] : ""
            if head.isEmpty || tail.isEmpty { return head + tail }
            if head.hasSuffix("-"), head.dropLast().last?.isLetter == true, tail.first?.isLowercase == true {
                // "out-of-" and "hours" keep their hyphen; "Employ-" and "ment" do not.
                return head.dropLast().contains("-") ? head + tail : String(head.dropLast()) + tail
            }
            return head + " " + tail
        }
    }

    private static func isTablePart(_ text: String) -> Bool {
        isBorder(text) || (text.count > 2 && text.hasPrefix("|") && text.hasSuffix("|"))
    }

    /// `+-----+-----+`, `|-----|-----|`, `|:---|---:|` or a line of box-drawing characters.
    private static func isBorder(_ text: String) -> Bool {
        let dashes = text.filter { "-=─━═".contains($0) }.count
        return dashes >= 3 && text.allSatisfy { "+-=|: ─━═┼┬┴├┤┌┐└┘╋┃│".contains($0) }
    }

    private static func trimmedStop(_ text: String) -> String {
        text.hasSuffix(".") || text.hasSuffix(";") || text.hasSuffix(":") ? String(text.dropLast()) : text
    }

    /// "raise with The Clerk" reads "raise with the Clerk": a cell's own capital falls after its column's name.
    private static func lowerArticle(_ text: String) -> String {
        for article in ["The ", "A ", "An "] where text.hasPrefix(article) { return article.lowercased() + text.dropFirst(article.count) }
        return text
    }

    private static func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase, !(text.dropFirst().first?.isUppercase ?? false) else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

private extension String {
    var capitalisedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
