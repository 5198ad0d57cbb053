/// Keeps wrong options wrong: an option is dropped when another clause of the same council permits or requires what it
/// says. `ProtocolIndex.contradicts(_:except:)` asks this of every statement that does not forbid.
enum ContradictionCheck {
    /// True when `text` (a statement's words, lower-cased, after a space) contains every phrase of one of `groups`, each
    /// at the start of a word: "sign" finds "signed" but not "design".
    static func says(_ groups: [[String]], in text: SearchText) -> Bool {
        groups.contains { group in group.allSatisfy(text.containsAtWordStart) }
    }
}
