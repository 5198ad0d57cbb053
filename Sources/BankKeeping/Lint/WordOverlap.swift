import QuestionGeneration

/// How much of one text another repeats, word for word, for the lint rules that catch questions made by copying the
/// protocol's sentences.
///
/// Words are compared as `CopiedWords` has them (lower case, punctuation ignored), with a person's pronouns made one
/// word: a stem that says "keep his views to himself" copies "keep their views to themselves".
enum WordOverlap {
    private static let pronouns: [String: Substring] = [
        "he": "they", "she": "they", "his": "their", "her": "their", "hers": "their", "its": "their",
        "him": "them", "himself": "themselves", "herself": "themselves", "itself": "themselves",
    ]

    /// The words of `text`, as they are compared.
    static func words(_ text: String) -> [Substring] {
        CopiedWords.words(text).map { pronouns[String($0)] ?? $0 }
    }

    /// How many of `a`'s words `b` has in the same order (the longest common subsequence of words).
    static func inOrder(_ a: [Substring], _ b: [Substring]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            previous = current
        }
        return previous[b.count]
    }

    /// Share of `part`'s words that `whole` has in the same order.
    static func share(of part: String, in whole: String) -> Double {
        let words = words(part)
        guard !words.isEmpty else { return 0 }
        return Double(inOrder(words, Self.words(whole))) / Double(words.count)
    }

    /// How many of `part`'s words `whole` repeats in runs of at least `minimumRun` words in a row: a few common words
    /// scattered through a long story ("the", "of", "to") are not copying, a phrase is.
    static func wordsInRuns(of part: [Substring], in whole: [Substring], minimumRun: Int = 2) -> Int {
        guard !part.isEmpty, !whole.isEmpty else { return 0 }
        var covered = [Bool](repeating: false, count: part.count)
        // The longest run ending at each pair of positions; every run of the minimum length or more marks its words.
        var previous = [Int](repeating: 0, count: whole.count + 1)
        for i in 1...part.count {
            var current = [Int](repeating: 0, count: whole.count + 1)
            for j in 1...whole.count where part[i - 1] == whole[j - 1] {
                current[j] = previous[j - 1] + 1
                if current[j] >= minimumRun {
                    for k in (i - current[j])..<i { covered[k] = true }
                }
            }
            previous = current
        }
        return covered.filter { $0 }.count
    }
}
