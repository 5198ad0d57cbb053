/// Removes text the council struck through (`~~…~~`, `<del>`, `<s>`, `<strike>`): it was deleted and must never be taught.
enum StruckText {
    private static let markers: [(open: String, close: String)] = [
        ("~~", "~~"), ("<del>", "</del>"), ("<s>", "</s>"), ("<strike>", "</strike>"),
    ]

    /// Returns `text` without struck spans; line breaks inside a span are kept so line numbers stay true.
    static func remove(from text: String, report: inout ReadingReport) -> String {
        let present = markers.filter { text.contains($0.open) }
        guard !present.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var line = 1
        var index = text.startIndex
        scanning: while index < text.endIndex {
            for marker in present where text[index...].hasPrefix(marker.open) {
                let bodyStart = text.index(index, offsetBy: marker.open.count)
                guard let close = text.range(of: marker.close, range: bodyStart..<text.endIndex) else {
                    report.warn("A struck-through mark '\(marker.open)' is never closed, so the text after it was kept. Check the struck text in the original.", line: line)
                    break
                }
                let struck = text[bodyStart..<close.lowerBound]
                let breaks = struck.filter { $0 == "\n" }.count
                report.discard(.struckThrough, line: line, text: struck.split(separator: "\n").joined(separator: " ").trimmedSpaces)
                out.append(String(repeating: "\n", count: breaks))
                line += breaks
                index = close.upperBound
                continue scanning
            }
            let character = text[index]
            if character == "\n" { line += 1 }
            out.append(character)
            index = text.index(after: index)
        }
        return out
    }
}
