import Foundation

/// The plain string search the byte search (`SearchText`) replaced, kept as the tests' reference for what it must find.
enum StringSearchReference {
    /// True when `text` contains every phrase of one of `groups`, each at the start of a word (a phrase that starts
    /// with a space or a mark anywhere).
    static func says(_ groups: [[String]], lowercased text: String) -> Bool {
        groups.contains { group in group.allSatisfy { phrase in wordStarts(phrase, in: text) } }
    }

    private static func wordStarts(_ phrase: String, in text: String) -> Bool {
        guard phrase.first?.isLetter ?? false else { return text.contains(phrase) }
        var search = text.startIndex
        while let range = text.range(of: phrase, range: search..<text.endIndex) {
            if range.lowerBound > text.startIndex, !text[text.index(before: range.lowerBound)].isLetter { return true }
            search = text.index(after: range.lowerBound)
        }
        return false
    }
}
