/// Measures how much of a clause a stem repeats word for word.
package enum CopiedWords {
    /// The longest run of consecutive words (case and punctuation ignored) that `text` shares with `source`.
    package static func longestRun(_ text: String, _ source: String) -> Int {
        let a = words(text), b = words(source)
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var best = 0
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count where a[i - 1] == b[j - 1] {
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
            }
            previous = current
        }
        return best
    }

    /// `text` lower-cased and cut into words (letters, digits and apostrophes).
    package static func words(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" })
    }
}
