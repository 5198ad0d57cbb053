/// A few byte strings searched for together in one pass, e.g. the keywords that may start a stated date.
///
/// Each byte of the text is looked up in a table of the patterns that could start with it; only there is the next
/// byte looked up in a second table, and only where both agree are the patterns compared in full.
package struct BytePatterns: Sendable {
    private let patterns: [[UInt8]]
    /// Bit `n` of `firsts[byte]` is set when pattern `n` starts with `byte`; likewise `seconds` for its second byte.
    private let firsts: [UInt64]
    private let seconds: [UInt64]
    /// Patterns one byte long, which need no second byte.
    private let singles: UInt64
    private let ignoringCase: Bool

    /// With `ignoringCase`, ASCII letters match either case.
    package init(_ strings: [String], ignoringCase: Bool = false) {
        let patterns = strings.map { Array((ignoringCase ? $0.lowercased() : $0).utf8) }.filter { !$0.isEmpty }
        precondition(patterns.count <= 64, "a BytePatterns holds at most 64 patterns")
        var firsts = [UInt64](repeating: 0, count: 256)
        var seconds = [UInt64](repeating: 0, count: 256)
        var singles: UInt64 = 0
        for (number, pattern) in patterns.enumerated() {
            for byte in Self.spellings(of: pattern[0], ignoringCase: ignoringCase) { firsts[Int(byte)] |= 1 << number }
            if pattern.count == 1 { singles |= 1 << number; continue }
            for byte in Self.spellings(of: pattern[1], ignoringCase: ignoringCase) { seconds[Int(byte)] |= 1 << number }
        }
        self.patterns = patterns
        self.firsts = firsts
        self.seconds = seconds
        self.singles = singles
        self.ignoringCase = ignoringCase
    }

    private static func spellings(of byte: UInt8, ignoringCase: Bool) -> [UInt8] {
        ignoringCase && (0x61...0x7A).contains(byte) ? [byte, byte - 0x20] : [byte]
    }

    /// For each pattern, in order, whether it occurs in `text`'s bytes.
    package func occurrences(in text: some StringProtocol) -> [Bool] {
        let found = text.withUTF8Bytes { bytes in
            firsts.withUnsafeBufferPointer { firsts in
                var found: UInt64 = 0
                for offset in bytes.indices {
                    let candidates = firsts[Int(bytes[offset])] & ~found
                    if candidates != 0 { found |= matching(candidates, in: bytes, at: offset) }
                }
                return found
            }
        }
        return patterns.indices.map { found & (1 << $0) != 0 }
    }

    /// True when one of the patterns occurs in `text`'s bytes.
    package func occur(in text: some StringProtocol) -> Bool {
        text.withUTF8Bytes { bytes in
            firsts.withUnsafeBufferPointer { firsts in
                for offset in bytes.indices {
                    let candidates = firsts[Int(bytes[offset])]
                    if candidates != 0, matching(candidates, in: bytes, at: offset) != 0 { return true }
                }
                return false
            }
        }
    }

    /// Those of `candidates` (a set of pattern numbers) that occur at `offset`.
    private func matching(_ candidates: UInt64, in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        var candidates = candidates & (offset + 1 < bytes.count ? seconds[Int(bytes[offset + 1])] | singles : singles)
        var matching: UInt64 = 0
        while candidates != 0 {
            let number = candidates.trailingZeroBitCount
            let pattern = patterns[number]
            if pattern.count <= bytes.count - offset,
               pattern.indices.allSatisfy({ folded(bytes[offset + $0]) == pattern[$0] }) { matching |= 1 << number }
            candidates &= candidates - 1
        }
        return matching
    }

    private func folded(_ byte: UInt8) -> UInt8 {
        ignoringCase && (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}
