import Foundation

/// Lower-cased text held as UTF-8 bytes, for asking many phrases of it: each search runs at memory speed, where a
/// `String` search converts to UTF-16 on every call, and a fuzzed protocol with a megabyte-long item took 50 seconds.
struct SearchText {
    private let bytes: [UInt8]

    init(_ lowercased: String) {
        bytes = Array(lowercased.utf8)
    }

    /// Whether `phrase` occurs at the start of a word: "sign" finds "signed" but not "design" (as `ContradictionCheck`).
    /// A phrase that starts with a space or a mark (" inform ") carries its own boundary.
    func containsAtWordStart(_ phrase: String) -> Bool {
        let needle = Array(phrase.utf8)
        guard !needle.isEmpty, needle.count <= bytes.count else { return false }
        let startsAWord = phrase.first?.isLetter ?? false
        return bytes.withUnsafeBytes { haystack in
            needle.withUnsafeBytes { needle in
                guard let base = haystack.baseAddress, let pattern = needle.baseAddress else { return false }
                // memchr finds each place the first byte occurs, memcmp checks the rest (memmem is not in every libc's
                // Swift module).
                let first = Int32(needle[0]), last = haystack.count - needle.count
                var offset = 0
                while offset <= last, let found = memchr(base + offset, first, last - offset + 1) {
                    let position = base.distance(to: UnsafeRawPointer(found))
                    if memcmp(found, pattern, needle.count) == 0, !startsAWord || (position > 0 && !endsWithALetter(before: position)) { return true }
                    offset = position + 1
                }
                return false
            }
        }
    }

    /// Whether the character before byte `position` is a letter, read from a short window decoded as text.
    private func endsWithALetter(before position: Int) -> Bool {
        var start = max(0, position - 32)
        while start < position, bytes[start] & 0xC0 == 0x80 { start += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self).last?.isLetter ?? false
    }
}
