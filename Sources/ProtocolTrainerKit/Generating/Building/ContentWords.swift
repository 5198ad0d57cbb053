/// The words that carry meaning, for judging whether two rules are about the same action.
enum ContentWords {
    private static let stop: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "for", "with", "by", "on", "at", "from", "as", "that", "this", "be",
        "their", "his", "her", "its", "any", "all", "is", "are", "not", "no", "they", "them", "it", "which", "who", "should",
        "must", "may", "will", "shall", "council", "members", "member", "officers", "officer", "councillors", "councillor",
    ]

    static func of(_ text: String) -> Set<String> {
        Set(text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 2 && !stop.contains($0) })
    }

    /// Share of the smaller set found in the other.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return Double(a.intersection(b).count) / Double(min(a.count, b.count))
    }
}
