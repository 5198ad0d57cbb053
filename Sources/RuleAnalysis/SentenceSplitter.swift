/// Splits a clause's text into sentences, without breaking at "e.g.", "i.e." or "Cllr.".
package enum SentenceSplitter {
    private static let abbreviations: Set<String> = ["e.g.", "i.e.", "etc.", "cllr.", "no.", "para.", "cf.", "mr.", "mrs.", "ms.", "dr.", "st.", "vs."]

    /// The sentences of `text`, in order.
    package static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current: [Substring] = []
        let words = text.split(separator: " ")
        for (index, word) in words.enumerated() {
            current.append(word)
            let lower = word.lowercased()
            guard word.hasSuffix(".") || word.hasSuffix("?") || word.hasSuffix("!") || word.hasSuffix(".”") || word.hasSuffix(".\""),
                  !abbreviations.contains(lower), index + 1 < words.count else { continue }
            let next = words[index + 1]
            guard let first = next.first(where: { $0.isLetter || $0.isNumber }), first.isUppercase || first.isNumber else { continue }
            sentences.append(current.joined(separator: " "))
            current.removeAll()
        }
        if !current.isEmpty { sentences.append(current.joined(separator: " ")) }
        return sentences
    }
}
