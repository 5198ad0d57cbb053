/// Misreadings of a rule made by changing its force: "must not" read as "may", "should" as "need not".
enum ModalFlip {
    /// Phrase and its opposite, longest first.
    private static let opposites: [(String, String)] = [
        ("will not be tolerated", "will be tolerated"), ("is not acceptable", "is acceptable"),
        ("are not authorised to", "are free to"), ("is not authorised to", "is free to"),
        ("have no power to", "have the power to"), ("has no power to", "has the power to"),
        ("must never", "may"), ("must not", "may"), ("shall not", "may"), ("should never", "may"), ("should not", "may"),
        ("will not", "may"), ("may not", "may"), ("cannot", "can"),
        ("have the right", "have no right"), ("has the right", "has no right"), ("have a right", "have no right"),
        ("has a right", "has no right"), ("is encouraged", "is discouraged"), ("are encouraged", "are discouraged"),
        ("are required to", "need not"), ("is required to", "need not"), ("are expected to", "need not"), ("is expected to", "need not"),
        ("have a duty to", "have no duty to"), ("has a duty to", "has no duty to"),
        ("must", "need not"), ("shall", "need not"), ("should", "need not"), ("will", "need not"), ("may", "must not"),
    ]

    /// The sentence with its first modal turned to the opposite, or nil if it has none.
    static func opposite(of sentence: String) -> String? {
        // "Only the Mayor may speak to the press" turned round says nothing ("Only the Mayor must not speak …").
        guard !sentence.lowercased().hasPrefix("only ") else { return nil }
        let padded = " " + sentence + " "
        let lower = padded.lowercased()
        var best: (range: Range<String.Index>, replacement: String)?
        for (phrase, replacement) in opposites {
            guard let range = ruling(" " + phrase + " ", in: lower) else { continue }
            if best == nil || range.lowerBound < best!.range.lowerBound { best = (range, replacement) }
        }
        guard let best else { return nil }
        // A modal that introduces a quotation ("states that members should \"not …\"") cannot be turned round.
        if let next = lower[best.range.upperBound...].first, "\"“'‘".contains(next) { return nil }
        let start = padded.index(padded.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: best.range.lowerBound))
        let end = padded.index(padded.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: best.range.upperBound))
        var result = padded
        result.replaceSubrange(start..<end, with: " " + best.replacement + " ")
        // "need not never …", "may only be" read badly; such flips are not offered.
        let flipped = result.trimmingCharacters(in: " ")
        let lowerFlipped = flipped.lowercased()
        if ["need not only", "may never", "need not never", "need not not", "may not not"].contains(where: lowerFlipped.contains) { return nil }
        return flipped.capitalisedFirst
    }

    /// The first place `phrase` rules the sentence: not in a relative clause ("issues that may arise", "those who
    /// should know"), where turning it round would change a description, not the rule.
    private static func ruling(_ phrase: String, in lower: String) -> Range<String.Index>? {
        var search = lower.startIndex
        while let range = lower.range(of: phrase, range: search..<lower.endIndex) {
            let before = lower[..<range.lowerBound].split(separator: " ").last.map(String.init) ?? ""
            if !relativeWords.contains(before) { return range }
            search = lower.index(after: range.lowerBound)
        }
        return nil
    }

    private static let relativeWords: Set<String> = ["that", "which", "who", "whom", "whatever", "whoever", "where", "when", "if", "as"]

    /// The rule with a made-up exception: "…, unless the Chair agrees otherwise."
    static func withInventedException(_ sentence: String, clerk: String) -> String {
        let core = sentence.trimmingCharacters(in: " .;:")
        return "\(core), unless the \(clerk) agrees otherwise."
    }
}
