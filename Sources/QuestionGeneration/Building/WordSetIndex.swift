/// Distinct sets of content words, each with a tag, found through any word they share: asking "is there a rule much
/// like this one?" then costs in proportion to the few sets that share a word, not to the length of the protocol.
struct WordSetIndex<Tag: Hashable> {
    private struct Entry: Hashable {
        let words: Set<String>
        let tag: Tag
    }

    private var entries: [Entry] = []
    private var byWord: [String: [Int]] = [:]

    /// Equal items share one entry, so repeated text costs nothing more.
    init(_ items: [(words: Set<String>, tag: Tag)]) {
        var seen: Set<Entry> = []
        for item in items {
            let entry = Entry(words: item.words, tag: item.tag)
            guard seen.insert(entry).inserted else { continue }
            for word in entry.words { byWord[word, default: []].append(entries.count) }
            entries.append(entry)
        }
    }

    /// True when some item has at least `threshold` of the smaller word set in common with `words` (as
    /// `ContentWords.overlap` measures it) and `accept`s its tag.
    func contains(overlapping words: Set<String>, atLeast threshold: Double, where accept: (Tag) -> Bool) -> Bool {
        var visited: Set<Int> = []
        for word in words {
            for index in byWord[word] ?? [] where visited.insert(index).inserted {
                let entry = entries[index]
                if ContentWords.overlap(words, entry.words) >= threshold, accept(entry.tag) { return true }
            }
        }
        return false
    }
}
