import Foundation
import TrainerModel

/// One line of the protocol's text, with what the cleaning stages decided about it.
struct SourceLine {
    /// 1-based line number in the file, for messages.
    let number: Int
    /// The line without leading and trailing spaces.
    var text: String
    /// Leading spaces before the text.
    let indent: Int
    /// Set when a cleaning stage takes the line out of the clauses.
    var discarded: DiscardReason?
    /// The line as printed, without its indent, where it holds a gap of three spaces or more: the columns of a table
    /// laid out with spaces (`SpacedTables`), which `text` squeezes out.
    var spaced: String? = nil

    var isBlank: Bool { text.isEmpty }
    /// True for a line that still carries protocol text.
    var isContent: Bool { !text.isEmpty && discarded == nil }

    /// Splits normalised text into lines.
    static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var number = 0
        for raw in lineTexts(of: text) {
            number += 1
            let indent = leadingSpaces(raw)
            let text = raw.trimmedSpaces
            // Most lines hold no gap: only those that may be a table's row keep their spacing.
            let spaced = text.utf8.count + 2 < raw.utf8.count - indent && raw.contains("   ")
                ? String(raw.dropFirst(indent)).trimmingCharacters(in: .whitespaces) : nil
            result.append(SourceLine(number: number, text: text, indent: indent, spaced: spaced))
        }
        if result.last?.text.isEmpty == true, result.count > 1 { result.removeLast() }
        return result
    }

    /// The text split at each "\n" character, as `split(separator: "\n", omittingEmptySubsequences: false)` does,
    /// but found by bytes: a "\n" byte is a character of its own unless a "\r" before it makes the two one "\r\n".
    private static func lineTexts(of text: String) -> [Substring] {
        let breaks: [Int] = text.withUTF8Bytes { bytes in
            var breaks: [Int] = []
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\n") {
                if offset == 0 || bytes[offset - 1] != UInt8(ascii: "\r") { breaks.append(offset) }
            }
            return breaks
        }
        let utf8 = text.utf8
        var result: [Substring] = []
        result.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for offset in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            result.append(text[start..<end])
            start = utf8.index(after: end)
        }
        result.append(text[start...])
        return result
    }

    /// Spaces before the text. Counted by bytes unless what follows them might join the last into a bigger
    /// character (see `UTF8Bytes.spaceStandsAlone`).
    private static func leadingSpaces(_ raw: Substring) -> Int {
        let spaces = raw.utf8.prefix { $0 == 0x20 }.count
        if spaces == 0 || raw.withUTF8Bytes({ UTF8Bytes.spaceStandsAlone(in: $0, at: spaces - 1) }) { return spaces }
        var indent = 0
        for character in raw {
            guard character == " " else { break }
            indent += 1
        }
        return indent
    }
}
