import Foundation

/// Keeps wrong options wrong: an option is dropped when another clause of the same council permits or requires what it
/// says. `ProtocolIndex.contradicts(_:except:)` asks this of every statement that does not forbid.
enum ContradictionCheck {
    /// True when `text` (a statement's words, lower-cased, after a space) contains every phrase of one of `groups`.
    static func says(_ groups: [[String]], lowercased text: String) -> Bool {
        // Phrases match at the start of a word: "sign" finds "signed" but not "design".
        groups.contains { group in group.allSatisfy { phrase in
            text.range(of: phrase).map { _ in wordStarts(phrase, in: text) } ?? false
        } }
    }

    /// The same, on prepared text.
    static func says(_ groups: [[String]], in text: SearchText) -> Bool {
        groups.contains { group in group.allSatisfy(text.containsAtWordStart) }
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
