/// Small judgements about the shape of a line of text that the reader's heuristics rest on.
extension StringProtocol {
    /// The text without spaces at either end; runs of spaces inside become one.
    var trimmedSpaces: String {
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

    /// The text without any of `characters` at either end.
    func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        guard let start = firstIndex(where: { !set.contains($0) }),
              let end = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...end])
    }

    var wordCount: Int {
        split(separator: " ").count
    }

    /// The last character that is not a closing quote or bracket.
    private var lastSignificant: Character? {
        last { !"\"'’”)]".contains($0) }
    }

    /// Ends a sentence or a lead-in: . ! ? : ;
    var endsTerminated: Bool {
        guard let last = lastSignificant else { return false }
        return ".!?:;".contains(last)
    }

    /// Ends with punctuation of any kind that a heading would not carry.
    var endsWithPunctuation: Bool {
        guard let last = lastSignificant else { return false }
        return ".!?:;,".contains(last)
    }

    var startsLowercase: Bool {
        guard let first = first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isLowercase
    }

    var startsUppercase: Bool {
        guard let first = first(where: { $0.isLetter || $0.isNumber }) else { return false }
        return first.isUppercase || first.isNumber
    }

    /// Short, unpunctuated and free of the verbs a rule uses: the look of a heading rather than a sentence.
    var isHeadingLike: Bool {
        guard !isEmpty, count <= 90, !endsWithPunctuation, startsUppercase else { return false }
        let words = split(separator: " ")
        guard words.count <= 10 else { return false }
        let ruleWords: Set<String> = ["must", "should", "shall", "will", "cannot", "can", "may", "can't", "won't", "is", "are"]
        return !words.contains { ruleWords.contains($0.lowercased()) }
    }
}
