import Foundation

/// Mends the layouts that copying a protocol out of a PDF or a web page leaves, by splitting lines where a new clause
/// or heading was run into the line before it.
///
/// ## Parsing behaviour
/// - A clause number inside a line starts a new line when it continues the numbering (the next number, a first
///   child, or the next number of a level above) and stands after the end of a sentence: "… conduct. 1.3  The
///   Protocol …". A line holding three or more such numbers in a row (a whole document on one line, as some PDF
///   extractions give) is split at each of them, sentence end or not.
/// - A number followed by a month ("4 January 2022"), by a small letter, or not continuing the numbering, is text.
/// - A "- Heading" run on at the end of a paragraph ("… the Council. - The Role of Councillors") starts a new line.
enum LayoutRepair {
    static func split(_ lines: [SourceLine]) -> [SourceLine] {
        var out: [SourceLine] = []
        out.reserveCapacity(lines.count)
        var last: ClauseNumber?
        for line in lines {
            let marker = LineMarker.parse(line.text)
            // A number alone on its line counts too, unless it may be a page number (a bare integer out of turn).
            if case .number(let number, let closer) = marker.kind, let parsed = ClauseNumber(number),
               !marker.rest.isEmpty || closer != nil || parsed.depth > 1 || last.map({ follows(parsed, $0) }) ?? isFirst(parsed) {
                last = parsed
            }
            // Most lines hold no digit after a space and no " - ": nothing to look for.
            guard line.text.mayHaveNumber || hasSpacedDash(line.text) else {
                out.append(line)
                continue
            }
            var pieces: [String] = []
            var rest = Substring(line.text)
            for cut in inlineNumbers(in: line.text, after: &last) {
                pieces.append(String(rest[..<cut]))
                rest = rest[cut...]
            }
            pieces.append(String(rest))
            pieces = pieces.flatMap(splitRunInHeading)
            let kept = pieces.map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
            guard kept.count > 1 else {
                out.append(line)
                continue
            }
            for (position, piece) in kept.enumerated() {
                out.append(SourceLine(number: line.number, text: piece, indent: position == 0 ? line.indent : 0, discarded: nil))
            }
        }
        return out
    }

    // MARK: Numbers

    private struct Candidate {
        let start: String.Index
        let number: ClauseNumber
        let afterSentence: Bool
    }

    /// Where the line should be cut before a clause number run into it; advances `last` past the numbers found.
    private static func inlineNumbers(in text: String, after last: inout ClauseNumber?) -> [String.Index] {
        let candidates = findCandidates(in: text)
        guard !candidates.isEmpty else { return [] }
        // How many of them continue the numbering one after another.
        var chain = 0
        var current = last
        for candidate in candidates where current.map({ follows(candidate.number, $0) }) ?? isFirst(candidate.number) {
            chain += 1
            current = candidate.number
        }
        let wholeDocument = chain >= 3
        var cuts: [String.Index] = []
        current = last
        for candidate in candidates {
            guard current.map({ follows(candidate.number, $0) }) ?? isFirst(candidate.number),
                  candidate.afterSentence || wholeDocument else { continue }
            cuts.append(candidate.start)
            current = candidate.number
        }
        if !cuts.isEmpty { last = current }
        return cuts
    }

    /// "1", "1.1", "1.1.1": where numbering starts.
    private static func isFirst(_ number: ClauseNumber) -> Bool { number.parts.allSatisfy { $0 == 1 } }

    /// Whether `next` continues the numbering after `previous`: 1.2 → 1.3, 1.2.1, 2, 2.1; 3 → 4, 3.1.
    static func follows(_ next: ClauseNumber, _ previous: ClauseNumber) -> Bool {
        let a = previous.parts, b = next.parts
        if b == a + [1] { return true }
        for depth in 1...a.count {
            var bumped = Array(a.prefix(depth))
            bumped[depth - 1] += 1
            if b == bumped || b == bumped + [1] { return true }
        }
        return false
    }

    private static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// Numbers after a space, not at the line's start, followed by spaces and a capital: "… text. 1.3 The …".
    private static func findCandidates(in text: String) -> [Candidate] {
        text.withUTF8Bytes { findCandidates(in: text, utf8: $0) }
    }

    private static func findCandidates(in text: String, utf8: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var found: [Candidate] = []
        var offset = 1
        while offset < utf8.count {
            defer { offset += 1 }
            guard utf8[offset - 1] == UInt8(ascii: " "), (0x30...0x39).contains(utf8[offset]) else { continue }
            var end = offset
            var parts: [Int] = []
            var closed = false
            while parts.count < 5 {
                var digits = 0, value = 0
                while end < utf8.count, (0x30...0x39).contains(utf8[end]), digits < 4 {
                    value = value * 10 + Int(utf8[end] - 0x30)
                    digits += 1
                    end += 1
                }
                guard (1...3).contains(digits) else { parts = []; break }
                parts.append(value)
                if end < utf8.count, utf8[end] == UInt8(ascii: ".") {
                    if end + 1 < utf8.count, (0x30...0x39).contains(utf8[end + 1]) { end += 1; continue }
                    closed = true
                    end += 1
                }
                break
            }
            // "… text. 2.Members …" (no space after the number) as well as "… text. 2. Members …".
            guard !parts.isEmpty, end < utf8.count,
                  utf8[end] == UInt8(ascii: " ") || closed && (0x41...0x5A).contains(utf8[end]) else { continue }
            var wordStart = end
            while wordStart < utf8.count, utf8[wordStart] == UInt8(ascii: " ") { wordStart += 1 }
            guard wordStart < utf8.count, (0x41...0x5A).contains(utf8[wordStart]) || utf8[wordStart] == UInt8(ascii: "(") else { continue }
            var wordEnd = wordStart
            while wordEnd < utf8.count, utf8[wordEnd] != UInt8(ascii: " "), utf8[wordEnd] != UInt8(ascii: ",") { wordEnd += 1 }
            let word = String(decoding: utf8[wordStart..<wordEnd], as: UTF8.self)
            guard !months.contains(word) else { continue }
            // A bare integer that is not the next clause's is a quantity ("4 Members"); closed or dotted ones are numbers.
            if parts.count == 1, !closed, end - offset > 2 { continue }
            var before = offset - 1
            while before > 0, utf8[before] == UInt8(ascii: " ") { before -= 1 }
            let afterSentence = ".:;?!)\u{22}".utf8.contains(utf8[before]) || utf8[before] >= 0x80 && isClosingQuote(utf8, before)
            found.append(Candidate(start: text.utf8.index(text.utf8.startIndex, offsetBy: offset), number: ClauseNumber(parts: parts),
                                   afterSentence: afterSentence))
        }
        return found
    }

    /// The last byte of "”" or "’" (E2 80 9D, E2 80 99).
    private static func isClosingQuote(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        at >= 2 && bytes[at - 2] == 0xE2 && bytes[at - 1] == 0x80 && (bytes[at] == 0x9D || bytes[at] == 0x99)
    }

    // MARK: Headings run on

    /// " - " or " – " somewhere in the line, found by its bytes.
    private static func hasSpacedDash(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            guard bytes.count > 3 else { return false }
            for offset in 1..<(bytes.count - 1) where bytes[offset - 1] == 0x20 {
                if bytes[offset] == UInt8(ascii: "-"), bytes[offset + 1] == 0x20 { return true }
                if bytes[offset] == 0xE2, offset + 3 < bytes.count, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x93,
                   bytes[offset + 3] == 0x20 { return true }
            }
            return false
        }
    }

    /// "… the Council's business. - The Role of Councillors" → the paragraph, and "- The Role of Councillors".
    private static func splitRunInHeading(_ piece: String) -> [String] {
        for dash in [" - ", " – "] {
            guard let range = piece.range(of: dash, options: .backwards) else { continue }
            let head = piece[..<range.lowerBound], tail = piece[range.upperBound...]
            guard head.count > 20, String(head).endsTerminated, String(tail).isHeadingLike, String(tail).wordCount <= 8 else { continue }
            return [String(head), "- " + tail]
        }
        return [piece]
    }
}
