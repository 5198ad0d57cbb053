import Foundation

/// Keeps wrong options wrong: an option is dropped when another clause of the same council permits or requires what it says.
enum ContradictionCheck {
    /// True when some statement that permits, entitles or requires contains every phrase of one of `groups`.
    static func isContradicted(_ groups: [[String]], by statements: [RuleStatement]) -> Bool {
        guard !groups.isEmpty else { return false }
        return statements.contains { statement in
            guard !statement.kind.forbids else { return false }
            let text = " " + statement.quote.lowercased()
            // Phrases match at the start of a word: "sign" finds "signed" but not "design".
            return groups.contains { group in group.allSatisfy { phrase in
                text.range(of: phrase).map { _ in wordStarts(phrase, in: text) } ?? false
            } }
        }
    }

    private static func wordStarts(_ phrase: String, in text: String) -> Bool {
        var search = text.startIndex
        while let range = text.range(of: phrase, range: search..<text.endIndex) {
            if range.lowerBound > text.startIndex, !text[text.index(before: range.lowerBound)].isLetter { return true }
            search = text.index(after: range.lowerBound)
        }
        return false
    }
}
