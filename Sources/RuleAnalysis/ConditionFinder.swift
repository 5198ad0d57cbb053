/// Finds the conditions and exceptions a rule carries: "other than where …", "unless …", "except …", "provided …", a
/// leading "If …," or "Where …," and a later "if …". The words are `Lexicon`'s.
enum ConditionFinder {
    static func conditions(in sentence: String) -> [String] {
        let lower = sentence.lowercased()
        var found: [String] = []
        func add(_ condition: String) {
            guard !condition.isEmpty, !found.contains(where: { $0.contains(condition) || condition.contains($0) }) else { return }
            found.append(condition)
        }
        // "Where a member has an interest, …": the sentence's opening clause, up to its comma.
        let words = sentence.split(separator: " ")
        if let first = words.first, Lexicon.leadingConditions.contains(bare(first)),
           words.dropFirst().contains(where: { $0.hasSuffix(",") })
            || Lexicon.mainClauseStart(in: words.map(bare), within: 2..<max(2, words.count)) != nil {
            let opening = tail(of: sentence, from: first.startIndex)
            // "Where practicable," and "If necessary," are qualifiers, found below.
            if !Lexicon.qualifiers.contains(opening.lowercased()) { add(opening) }
        }
        for marker in Lexicon.conditionMarkers {
            var searchFrom = lower.startIndex
            while let range = lower.range(of: marker, range: searchFrom..<lower.endIndex) {
                searchFrom = range.upperBound
                let before = range.lowerBound == lower.startIndex ? " " : lower[lower.index(before: range.lowerBound)]
                guard before == " " || before == "(" || before == "," else { continue }
                let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
                add(tail(of: sentence, from: sentence.index(sentence.startIndex, offsetBy: offset)))
            }
        }
        // "… should seek advice if in any doubt": a later "if" that is not "whether" ("ask if") or "as if".
        for (index, word) in words.enumerated() where index > 0 && bare(word) == "if" {
            guard !Lexicon.ifMeaningWhether.contains(bare(words[index - 1])), index + 1 < words.count else { continue }
            let condition = tail(of: sentence, from: words[index].startIndex)
            if !Lexicon.qualifiers.contains(condition.lowercased()) { add(condition) }
        }
        for qualifier in Lexicon.qualifiers where (" " + lower + " ").contains(" " + qualifier + " ") || lower.hasPrefix(qualifier + ",") {
            if !found.contains(where: { $0.lowercased() == qualifier }) { found.append(qualifier) }
        }
        return found
    }

    /// The words from `start` to the next comma, semicolon, colon or unopened closing bracket. Where the comma after a
    /// condition is missing, up to the rule's subject pronoun ("If a Councillor wishes to object they should …") or,
    /// where nothing else ends it, the rule's modal ("… of an Officer the nature of the concern should be …").
    private static func tail(of sentence: String, from start: String.Index) -> String {
        var tail = sentence[start...]
        var depth = 0
        var bounded = false
        for index in tail.indices {
            let character = tail[index]
            if character == "(" { depth += 1 }
            if character == ")" { if depth == 0 { tail = tail[..<index]; bounded = true; break } else { depth -= 1 } }
            if depth == 0, ",;:".contains(character) { tail = tail[..<index]; bounded = true; break }
        }
        let words = tail.split(separator: " ")
        let lower = words.map(bare)
        // A comma that a modal follows is the condition's own; before a comma that nothing rules after, the comma
        // after the condition may be missing ("When performing their duties Officers must act with integrity, …").
        let rulesAfter = sentence[tail.endIndex...].split(separator: " ").contains { Lexicon.modalWords.contains(bare($0)) }
        if !(bounded && rulesAfter), let main = Lexicon.mainClauseStart(in: lower, within: min(2, lower.count)..<lower.count) {
            tail = tail[..<words[main].startIndex]
        } else if !bounded, let modal = lower.indices.dropFirst(2).first(where: { Lexicon.modalWords.contains(lower[$0]) }) {
            tail = tail[..<words[modal].startIndex]
        }
        var condition = String(tail).trimmingCharacters(in: " .")
        if condition.hasSuffix(".") { condition.removeLast() }
        return condition
    }

    private static func bare(_ word: Substring) -> String {
        word.lowercased().trimmingCharacters(in: ".,;:()\"“”")
    }
}
