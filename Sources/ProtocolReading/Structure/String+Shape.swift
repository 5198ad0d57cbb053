/// Small judgements about the shape of a line of text that the reader's heuristics rest on.
extension StringProtocol {
    /// The text without spaces at either end; runs of spaces inside become one.
    var trimmedSpaces: String {
        if let squeezed = squeezingSpaceBytes() { return squeezed }
        var out = ""
        out.reserveCapacity(count)
        var pendingSpace = false
        for character in self {
            if character == " " {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    /// `trimmedSpaces` done on bytes, or nil when a space might not be a character of its own (see `spacesStandAlone`).
    private func squeezingSpaceBytes() -> String? {
        guard spacesStandAlone else { return nil }
        return withUTF8Bytes { bytes in
            // Every byte is kept but spaces at either end and the first of two spaces in a row.
            guard let first = bytes.firstIndex(where: { $0 != 0x20 }) else { return "" }
            let last = bytes.lastIndex { $0 != 0x20 }!
            let kept = bytes[first...last]
            guard kept.indices.contains(where: { bytes[$0] == 0x20 && bytes[$0 + 1] == 0x20 }) else {
                return String(decoding: UnsafeBufferPointer(rebasing: kept), as: UTF8.self)
            }
            return String(decoding: kept.indices.filter { bytes[$0] != 0x20 || bytes[$0 + 1] != 0x20 }.map { bytes[$0] }, as: UTF8.self)
        }
    }

    var wordCount: Int {
        if let count = wordCountOfBytes { return count }
        return split(separator: " ").count
    }

    /// `wordCount` counted on bytes, or nil when a space might not be a character of its own (see `spacesStandAlone`).
    private var wordCountOfBytes: Int? {
        withUTF8Bytes { bytes in
            var words = 0
            var previous: UInt8 = 0x20
            for offset in bytes.indices {
                let byte = bytes[offset]
                if byte == 0x20 {
                    guard UTF8Bytes.spaceStandsAlone(in: bytes, at: offset) else { return nil }
                } else if previous == 0x20 {
                    words += 1
                }
                previous = byte
            }
            return words
        }
    }

    /// The last character that is not a closing quote or bracket.
    var lastSignificant: Character? {
        last { !"\"'’”)]".contains($0) }
    }

    /// The last character when it is a lone ASCII byte other than a closing quote or bracket, and so is
    /// `lastSignificant`; nil when the characters must be looked at.
    private var lastSignificantByte: UInt8? {
        withUTF8Bytes { bytes in
            guard let last = bytes.last, last < 0x80, !"\"')]".utf8.contains(last) else { return nil }
            guard bytes.count >= 2 else { return last }
            let before = bytes[bytes.count - 2]
            // A non-ASCII byte before might join it into one character, and so does "\r" before "\n".
            return before < 0x80 && !(before == 0x0D && last == 0x0A) ? last : nil
        }
    }

    /// Ends a sentence or a lead-in: . ! ? : ;
    var endsTerminated: Bool {
        if let byte = lastSignificantByte { return ".!?:;".utf8.contains(byte) }
        guard let last = lastSignificant else { return false }
        return ".!?:;".contains(last)
    }

    /// Ends with punctuation of any kind that a heading would not carry.
    var endsWithPunctuation: Bool {
        if let byte = lastSignificantByte { return ".!?:;,".utf8.contains(byte) }
        guard let last = lastSignificant else { return false }
        return ".!?:;,".contains(last)
    }

    /// The first letter or digit, when the bytes show it: ASCII punctuation and spaces, then a lone ASCII letter or
    /// digit. Nil when the characters must be looked at.
    private var firstAlphanumericByte: UInt8? {
        withUTF8Bytes { bytes in
            for offset in bytes.indices {
                let byte = bytes[offset]
                guard byte < 0x80 else { return nil }
                guard (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) else { continue }
                // A non-ASCII byte after it might join it into one character with an accent.
                return offset + 1 == bytes.count || bytes[offset + 1] < 0x80 ? byte : nil
            }
            return nil
        }
    }

    var startsLowercase: Bool {
        if let byte = firstAlphanumericByte { return (0x61...0x7A).contains(byte) }
        guard let first = first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isLowercase
    }

    var startsUppercase: Bool {
        if let byte = firstAlphanumericByte { return !(0x61...0x7A).contains(byte) }
        guard let first = first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isUppercase || first.isNumber
    }

    /// Short, unpunctuated and free of the verbs a rule uses: the look of a heading rather than a sentence.
    var isHeadingLike: Bool {
        guard !isEmpty, !endsWithPunctuation, startsUppercase, hasAtMost(characters: 90), wordCount <= 10 else { return false }
        // Two sentences or clauses on one line ("Officers advise. Members decide") make a sentence, not a heading; a
        // number's dot ("1. Confidentiality") does not count.
        return !hasSentenceBreak && !spaceSeparatedWords.contains { HeadingWords.ruleWords.contains($0.lowercased()) }
    }

    /// A word ending in "." or ";" followed by more words: "advise. Members", "staff; and".
    private var hasSentenceBreak: Bool {
        let words = spaceSeparatedWords
        return words.dropLast().contains { word in
            guard let last = word.last, last == "." || last == ";" else { return false }
            return word.dropLast().last?.isLowercase ?? false
        }
    }
}

private enum HeadingWords {
    /// The verbs a rule uses and a heading does not.
    static let ruleWords: Set<String> = ["must", "should", "shall", "will", "cannot", "can", "may", "can't", "won't", "is", "are"]
}
