import Foundation
import TrainerModel

/// Marks the lines that belong to the page rather than the protocol: watermarks, page numbers, `[end]`, footnotes.
enum PageFurniture {
    static func mark(_ lines: inout [SourceLine], report: inout ReadingReport) {
        var ended = false
        let repeatedAddresses = BrowserPrint.repeatedAddresses(lines)
        for index in lines.indices where lines[index].isContent {
            let text = lines[index].text
            if ended {
                lines[index].discarded = .endMarker
                continue
            }
            if BrowserPrint.isFurniture(text, repeatedAddresses: repeatedAddresses) {
                lines[index].discarded = .printedPageFurniture
            } else if let reason = reason(for: text) {
                lines[index].discarded = reason
                if reason == .endMarker { ended = true }
            } else {
                let stripped = stripFootnoteMarkers(text)
                if stripped != text {
                    report.discard(.footnoteMarker, line: lines[index].number, text: text)
                    lines[index].text = stripped
                }
            }
        }
    }

    static func reason(for text: String) -> DiscardReason? {
        // Nearly every line is none of these, which its bytes show without lowercasing it: see the `mayBe` checks.
        lazy var lower = text.lowercased()
        let letters = asciiLetters(in: text)
        if mayBeWatermark(letters: letters), isWatermark(lower) { return .watermark }
        if mayBeEndMarker(text, letters: letters), isEndMarker(lower) { return .endMarker }
        if mayBePageNumber(text), isPageNumber(lower) { return .pageNumber }
        if mayBeHeaderWithPageNumber(text), isHeaderWithPageNumber(text) { return .pageHeader }
        if isFootnoteBody(text) { return .footnote }
        return nil
    }

    private static let watermarks: Set<String> = [
        "draft", "confidential", "copy", "specimen", "sample", "uncontrolled copy", "uncontrolled when printed",
        "draft for consultation", "draft for approval", "for approval", "watermark", "not approved",
    ]

    private static func isWatermark(_ lower: String) -> Bool {
        let squeezed = lower.filter { $0 != " " }
        return watermarks.contains(lower) || (squeezed != lower && watermarks.contains(squeezed))
    }

    /// A watermark is letters and spaces, at most 23 letters. Lowercasing keeps every ASCII letter a letter (and may
    /// add some: "İ" gives "i" and a dot), so a line with more ASCII letters than that is not one.
    private static func mayBeWatermark(letters: Int) -> Bool {
        letters <= 23 // "uncontrolledwhenprinted"
    }

    private static func isEndMarker(_ lower: String) -> Bool {
        let core = lower.trimmingCharacters(in: "[]()-–—*. ")
        return ["end", "end of document", "end of protocol", "ends", "end of policy"].contains(core)
    }

    /// Every end marker has "end" in it (see StatedDates for why lowercasing cannot make those letters from anything
    /// but "E", "N", "D") and at most thirteen letters.
    private static let end = BytePatterns(["end"], ignoringCase: true)

    private static func mayBeEndMarker(_ text: String, letters: Int) -> Bool {
        letters <= 13 && end.occur(in: text) // "endofprotocol"
    }

    private static func asciiLetters(in text: String) -> Int {
        text.withUTF8Bytes { bytes in bytes.count(where: { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) }
    }

    /// "Page 3", "Page 3 of 7", "3 of 7", "3/7", "- 3 -".
    private static func isPageNumber(_ lower: String) -> Bool {
        var text = Substring(lower)
        if text.hasPrefix("page ") { text = text.dropFirst(5) }
        let trimmed = text.trimmingCharacters(in: "-–— ")
        let pieces = trimmed.split(whereSeparator: { $0 == " " || $0 == "/" })
        func isNumber(_ piece: Substring) -> Bool { !piece.isEmpty && piece.count <= 4 && piece.allSatisfy(\.isNumber) }
        switch pieces.count {
        case 1: return isNumber(pieces[0]) && (lower.hasPrefix("page") || lower.hasPrefix("-") || lower.hasPrefix("–"))
        case 2: return isNumber(pieces[0]) && isNumber(pieces[1]) && trimmed.contains("/")
        case 3: return isNumber(pieces[0]) && pieces[1] == "of" && isNumber(pieces[2])
        default: return false
        }
    }

    /// A running header or footer printed once with its page number after it:
    /// "OAKFORD TOWN COUNCIL - COUNCILLOR/STAFF PROTOCOL      Page 2" (spaces are squeezed by now). Only "Page N" and
    /// "Page N of M" count, since a contents entry ends in a bare page number too; "as shown on page 2" does not.
    private static func isHeaderWithPageNumber(_ text: String) -> Bool {
        guard let match = text.range(of: #"[\s|–-]+page\s+\d{1,4}(\s+of\s+\d{1,4})?$"#, options: [.regularExpression, .caseInsensitive])
        else { return false }
        let head = text[..<match.lowerBound]
        let words = head.split(separator: " ")
        guard words.count >= 2, head.count <= 120, LineMarker.parse(String(head)).kind == .none, !String(head).endsTerminated,
              let last = words.last?.lowercased(), !["see", "on", "at", "to", "in", "from", "of", "and", "or"].contains(last)
        else { return false }
        return true
    }

    private static func mayBeHeaderWithPageNumber(_ text: String) -> Bool {
        guard let last = text.utf8.last, (0x30...0x39).contains(last) else { return false }
        return pageWord.occur(in: text)
    }
    private static let pageWord = BytePatterns(["page"], ignoringCase: true)

    /// A page number has a number in it, and no ASCII character but those in `pageNumberBytes` (lowercasing turns
    /// an ASCII byte into itself or its lowercase, so the test can be made before lowercasing).
    private static func mayBePageNumber(_ text: String) -> Bool {
        text.mayHaveNumber && text.withUTF8Bytes { bytes in
            bytes.allSatisfy { $0 >= 0x80 || pageNumberBytes.contains($0 < 0x41 || $0 > 0x5A ? $0 : $0 | 0x20) }
        }
    }

    /// No ASCII byte but these can be part of a page number: digits, spaces, slashes, dashes, "page" and "of".
    private static let pageNumberBytes = Set("0123456789 /-pageof".utf8)

    private static let superscripts: Set<Character> = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]
    /// The bytes of a footnote marker's first character.
    private static let footnoteStarts = BytePatterns(superscripts.map { String($0) } + ["["])

    /// "¹ See the Localism Act 2011" or "[1] See …" at the foot of a page.
    private static func isFootnoteBody(_ text: String) -> Bool {
        guard footnoteStarts.occur(in: text.prefix(1)) else { return false }
        if let first = text.first, superscripts.contains(first) { return true }
        guard text.hasPrefix("[") else { return false }
        let inside = text.dropFirst().prefix { $0 != "]" }
        let core = inside.hasPrefix("^") ? inside.dropFirst() : inside
        return !core.isEmpty && core.count <= 3 && core.allSatisfy(\.isNumber) && text.count > inside.count + 2
    }

    /// Removes "¹" and "[1]"/"[^1]" markers glued to the end of a word.
    static func stripFootnoteMarkers(_ text: String) -> String {
        guard footnoteStarts.occur(in: text), text.contains(where: { superscripts.contains($0) || $0 == "[" }) else { return text }
        var out = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if superscripts.contains(character) {
                index = text.index(after: index)
                continue
            }
            if character == "[", index > text.startIndex, text[text.index(before: index)] != " " {
                let inside = text[text.index(after: index)...].prefix { $0 != "]" }
                let core = inside.hasPrefix("^") ? inside.dropFirst() : inside
                if !core.isEmpty, core.count <= 3, core.allSatisfy(\.isNumber), inside.endIndex < text.endIndex {
                    index = text.index(after: inside.endIndex)
                    continue
                }
            }
            out.append(character)
            index = text.index(after: index)
        }
        return out
    }
}
