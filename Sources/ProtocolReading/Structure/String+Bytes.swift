/// Looks at a text's UTF-8 bytes: cheap checks that let the reader skip slower work over characters.
///
/// Why the shortcuts give the same answers as the slow paths:
/// - An ASCII character is one byte, and a character equal to an ASCII one is that byte alone: apart from the Kelvin
///   sign (K), U+037E (;) and U+1FEF (`), no code point is canonically equivalent to an ASCII one. So if the bytes of
///   an ASCII word without those three are nowhere in a text, no search over characters, Foundation's included, can
///   find the word either.
/// - A byte-level answer matches the character-level one when the bytes involved are whole characters. A space is
///   one unless what is beside it joins it into a bigger character (a combining accent after it, say); see
///   `UTF8Bytes.spaceStandsAlone`. Where that cannot be ruled out, the slow path is taken.
extension StringProtocol {
    /// `count <= limit`, without counting characters when the bytes settle it: a character takes at least one
    /// byte, and in ASCII text without carriage returns ("\r\n" is one character) exactly one.
    func hasAtMost(characters limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        if withUTF8Bytes({ bytes in bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D } }) { return false }
        return count <= limit
    }

    /// True when the text has a character that may be a number: an ASCII digit, or anything outside ASCII
    /// (which includes other scripts' digits, superscripts and fractions).
    var mayHaveNumber: Bool {
        withUTF8Bytes { bytes in bytes.contains { $0 >= 0x80 || (0x30...0x39).contains($0) } }
    }

    /// The words between spaces, as `split(separator: " ")` gives them; found by bytes when `spacesStandAlone`.
    var spaceSeparatedWords: [SubSequence] {
        guard spacesStandAlone else { return split(separator: " ") }
        let runs: [Range<Int>] = withUTF8Bytes { bytes in
            var runs: [Range<Int>] = []
            var start: Int?
            for offset in bytes.indices {
                if bytes[offset] == 0x20 {
                    if let first = start { runs.append(first..<offset) }
                    start = nil
                } else if start == nil {
                    start = offset
                }
            }
            if let first = start { runs.append(first..<bytes.count) }
            return runs
        }
        return runs.map { run in
            self[utf8.index(startIndex, offsetBy: run.lowerBound)..<utf8.index(startIndex, offsetBy: run.upperBound)]
        }
    }

    /// True when every space in the text is a character of its own, so that counting or trimming space bytes gives
    /// the same result as doing it character by character.
    var spacesStandAlone: Bool {
        withUTF8Bytes { bytes in
            bytes.indices.allSatisfy { bytes[$0] != 0x20 || UTF8Bytes.spaceStandsAlone(in: bytes, at: $0) }
        }
    }
}

/// Reading code points from UTF-8 bytes, which here always come from Swift strings and so are valid.
enum UTF8Bytes {
    /// The code point starting at `offset`, and how many bytes it takes.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0x7F >> length)
        for next in bytes[(offset + 1)..<(offset + length)] { value = value << 6 | UInt32(next & 0x3F) }
        return (value, length)
    }

    /// The code point whose bytes end just before `offset`.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, endingBefore offset: Int) -> UInt32 {
        var start = offset - 1
        while bytes[start] & 0xC0 == 0x80 { start -= 1 } // continuation bytes are 10xxxxxx
        return scalar(in: bytes, at: start).value
    }

    /// True when the space at `offset` is a character of its own. Only a few things join a space into a bigger
    /// character: combining marks and the like after it, and a few "prepended" marks before it. ASCII never does,
    /// and nor do the common characters in `plain`, which Swift's grapheme breaking was checked to split from a space
    /// on either side; anything else is taken to join, sending the caller down its slow path.
    static func spaceStandsAlone(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        if offset > 0, bytes[offset - 1] >= 0x80, !isPlain(scalar(in: bytes, endingBefore: offset)) { return false }
        if offset + 1 < bytes.count, bytes[offset + 1] >= 0x80, !isPlain(scalar(in: bytes, at: offset + 1).value) { return false }
        return true
    }

    /// Accented Latin letters, typographic quotes, dashes, bullets and ellipses, currency and other symbols, and the
    /// private-use bullets Word writes.
    private static let plain: [ClosedRange<UInt32>] = [
        0x00A0...0x02FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x27BF, 0xE000...0xF8FF,
    ]

    private static func isPlain(_ value: UInt32) -> Bool {
        plain.contains { $0.contains(value) }
    }
}
