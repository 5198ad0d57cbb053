import TrainerModel

/// Removes text the council struck through (`~~…~~`, `<del>`, `<s>`, `<strike>`): it was deleted and must never be taught.
enum StruckText {
    private static let markers: [(open: String, close: String)] = [
        ("~~", "~~"), ("<del>", "</del>"), ("<s>", "</s>"), ("<strike>", "</strike>"),
    ]

    private static let openings = BytePatterns(markers.map(\.open))

    /// Returns `text` without struck spans; line breaks inside a span are kept so line numbers stay true.
    static func remove(from text: String, report: inout ReadingReport) -> String {
        // Foundation's search is slow over a whole protocol, so it is only asked about marks whose bytes occur.
        let present = zip(markers, openings.occurrences(in: text)).filter { $0.1 && text.contains($0.0.open) }.map(\.0)
        guard !present.isEmpty else { return text }
        let openingBytes = Array(Set(present.map { $0.open.utf8.first! }))
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var line = 1
        var index = text.startIndex
        var atLineStart = true
        scanning: while index < text.endIndex {
            // Lines in which no mark can open are copied whole, up to the next line that might open one. (A line
            // starts on a character boundary, so this is what walking their characters one by one would give.)
            if atLineStart {
                let (end, breaks) = linesWithout(openingBytes, in: text, from: index)
                out.append(contentsOf: text[index..<end])
                line += breaks
                index = end
                atLineStart = false
                continue
            }
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
            if character == "\n" {
                line += 1
                atLineStart = true
            }
            out.append(character)
            index = text.index(after: index)
        }
        return out
    }

    /// From the start of a line, the start of the next line holding one of `bytes` (or the end of the text), and
    /// how many line breaks come before it. "\r\n" is one character and not a "\n", so it does not count.
    private static func linesWithout(_ bytes: [UInt8], in text: String, from start: String.Index) -> (String.Index, Int) {
        var wanted = [Bool](repeating: false, count: 256)
        for byte in bytes { wanted[Int(byte)] = true }
        let utf8 = text.utf8
        let startOffset = utf8.distance(from: utf8.startIndex, to: start)
        let (endOffset, breaks) = text.withUTF8Bytes { buffer in
            var found = startOffset
            wanted.withUnsafeBufferPointer { wanted in
                while found < buffer.count, !wanted[Int(buffer[found])] { found += 1 }
            }
            var lineStart = found
            if found < buffer.count {
                while lineStart > startOffset, buffer[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            }
            var breaks = 0
            for offset in startOffset..<lineStart where buffer[offset] == UInt8(ascii: "\n") {
                if offset == 0 || buffer[offset - 1] != UInt8(ascii: "\r") { breaks += 1 }
            }
            return (lineStart, breaks)
        }
        return (utf8.index(utf8.startIndex, offsetBy: endOffset), breaks)
    }
}
