/// The words that carry meaning, for judging whether two rules are about the same action.
package enum ContentWords {
    private static let stop: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "for", "with", "by", "on", "at", "from", "as", "that", "this", "be",
        "their", "his", "her", "its", "any", "all", "is", "are", "not", "no", "they", "them", "it", "which", "who", "should",
        "must", "may", "will", "shall", "council", "members", "member", "officers", "officer", "councillors", "councillor",
    ]

    /// The words of `text` longer than two letters, lower-cased, without the small words every clause has.
    package static func of(_ text: String) -> Set<String> {
        let lower = text.lowercased()
        guard lower.utf8.allSatisfy({ $0 < 0x80 }) else { return byCharacters(lower) }
        // Plain ASCII, as nearly all protocol text is: split on bytes, without looking up Unicode properties.
        var words: Set<String> = []
        var bytes = lower.utf8[...]
        while let start = bytes.firstIndex(where: isASCIILetter) {
            let rest = bytes[start...]
            let end = rest.firstIndex { !isASCIILetter($0) } ?? rest.endIndex
            let word = rest[..<end]
            if word.count > 2, let text = String(word), !stop.contains(text) { words.insert(text) }
            bytes = rest[end...]
        }
        return words
    }

    /// The same for any text, a Unicode character at a time: the reference the ASCII path must agree with.
    static func byCharacters(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 2 && !stop.contains($0) })
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// Share of the smaller set found in the other.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(min(a.count, b.count))
    }
}
