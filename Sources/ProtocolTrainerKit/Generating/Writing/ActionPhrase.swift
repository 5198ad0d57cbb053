import Foundation

/// Turns the action of a rule into words a scenario can use: "decided to <action>".
enum ActionPhrase {
    private static let leadingAdverbs: Set<String> = ["not", "never", "normally", "always", "only", "also", "still", "ever", "to", "at", "all", "times"]
    private static let notVerbs: Set<String> = ["be", "been", "being", "by", "a", "an", "the", "that", "which", "as", "from", "in", "on", "of",
                                                "so", "this", "these", "their", "its", "it", "any", "all", "each", "no", "with",
                                                "where", "when", "whenever", "if", "while", "whilst", "during", "particularly",
                                                "regarding", "for", "in", "including", "especially"]
    /// Words that point back to something said before ("make clear that fact"): out of context they mean nothing.
    static let anaphora = [" that fact", " this ", " this.", " these ", " those ", " such ", " the same", " do so", " it ", " it.", " the above"]
    private static let stateVerbs: Set<String> = ["have", "wish", "want", "need", "know", "believe", "feel", "hold", "remain", "become", "share"]
    private static let reciprocal = [" each other", " one another", " mutual", " both "]
    private static let boundaries = [",", ";", " (", " e.g.", " i.e.", " – ", " - ", " — "]

    /// The action in base form, pronouns made the person's own, cut at the first aside; nil when it cannot stand in a scenario.
    static func forScenario(_ action: String, person: Person, councilKind: String = "the council", maxWords: Int = 16) -> String? {
        var words = action.split(separator: " ").map(String.init)
        // "at all times", "not normally", "never" carry the rule's force, which the question supplies.
        while let first = words.first?.lowercased(), leadingAdverbs.contains(first) {
            if first == "at", words.count > 2, words[1].lowercased() == "all", words[2].lowercased().hasPrefix("times") {
                words.removeFirst(3)
            } else if first == "at" || first == "all" || first == "times" {
                return nil
            } else {
                words.removeFirst()
            }
        }
        guard let verb = words.first?.lowercased(), verb.first?.isLetter == true, !notVerbs.contains(verb), !stateVerbs.contains(verb),
              !verb.hasSuffix("ed"), !verb.hasSuffix("ing"), !verb.hasSuffix("s") || verb.hasSuffix("ss") else { return nil }
        // An aside in brackets inside the phrase goes, rather than the rest of the phrase: "respect other's free
        // (i.e. non-Council) time" is "respect other's free time", not "respect other's free".
        var text = words.joined(separator: " ").replacingOccurrences(of: #" \([^()]*\)(?= \w)"#, with: "", options: .regularExpression)
        let lower = " " + text.lowercased() + " "
        // One person cannot act out "each other"; "they belong" would not agree once "they" becomes "she"; and
        // "that fact" means nothing out of its sentence.
        guard !reciprocal.contains(where: lower.contains), !lower.contains(" they "), !anaphora.contains(where: (lower + " ").contains)
        else { return nil }
        // The first aside decides: a comma inside "(e.g. as ward member, in a personal capacity)" is the bracket's.
        if let (boundary, range) = boundaries.compactMap({ boundary in text.range(of: boundary).map { (boundary, $0) } })
            .min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
            // A comma that continues a list shares what follows: cutting "use the photocopier, stationery or staff time for
            // party political purposes" there would forbid the photocopier outright. What limits the rule must stay.
            let after = text[range.upperBound...].drop { $0 == " " }.lowercased()
            let continuesList = boundary == "," && !["and ", "or ", "but ", "which ", "who ", "where ", "when "].contains(where: after.hasPrefix)
            let dropped = " " + text[range.lowerBound...].lowercased() + " "
            if continuesList, limitingWords.contains(where: dropped.contains) { return nil }
            text = String(text[..<range.lowerBound])
        }
        // The other side's half of a rule for both ("… and officers are required to …") goes.
        for boundary in [" and Officers", " and officers", " and Members", " and members", " and Councillors", " and councillors"] {
            if let range = text.range(of: boundary) { text = String(text[..<range.lowerBound]) }
        }
        text = text.trimmingCharacters(in: " .;:")
        // Cutting at an aside can strand a preposition: "avoid personal attacks on, or abuse of, the officer".
        let stranded: Set<String> = ["on", "of", "to", "in", "for", "with", "by", "at", "from", "and", "or", "the", "a", "an", "about"]
        if let last = text.split(separator: " ").last?.lowercased(), stranded.contains(last) { return nil }
        // A plain "their" after another group of people the action does something to may be theirs: "respect elected
        // councillors and recognise their role" is not guessed at. After a preposition ("use their contact with
        // councillors to advance their interests") the group is only on the way, and "their" is the person's.
        let groups: Set<String> = ["councillors", "members", "officers", "employees", "staff", "colleagues", "others"]
        let prepositions: Set<String> = ["with", "to", "from", "of", "by", "for", "between", "among", "about", "towards"]
        let plainWords = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let group = plainWords.indices.first(where: { groups.contains(plainWords[$0]) && !prepositions.contains(plainWords[..<$0].last ?? "") }),
           plainWords[(group + 1)...].contains(where: { ["their", "them", "they"].contains($0) }) { return nil }
        text = ownPronouns(Paraphrase.plain(text, councilKind: councilKind), person: person)
        let count = text.split(separator: " ").count
        guard count >= 2, count <= maxWords else { return nil }
        return text
    }

    /// Shortens the action at a phrase boundary until it repeats fewer than eight words of `quote` in a row
    /// ("involve herself in the day to day running of the council" → "… the day to day running").
    static func shortened(_ action: String, against quote: String) -> String? {
        var words = action.split(separator: " ").map(String.init)
        // Only a trailing phrase that starts with a preposition or "which"/"who" can go without breaking the sentence;
        // cutting at "and", "or" or "to" leaves half a phrase ("treat each group in a fair").
        let joints: Set<String> = ["of", "in", "for", "with", "on", "by", "about", "from", "at", "which", "who", "within", "during"]
        let dangling: Set<String> = ["the", "a", "an", "his", "her", "their", "any", "such", "own", "each", "every", "no", "not", "and",
                                     "or", "to", "is", "are", "be", "likely", "able", "fair", "which", "that", "its", "more", "most",
                                     "outside", "inside", "ahead", "instead", "because", "out", "up", "matter",
                                     // nouns that need "of …": "balance a complex range"
                                     "range", "number", "variety", "series", "kind", "type", "sort", "form", "part", "amount", "lot",
                                     "set", "list", "basis", "group"]
        // "treat each group in a fair and equal way" says nothing once its manner is cut off.
        let needsAll = ["treat", "regard"].contains(words.first?.lowercased() ?? "")
        func endsHalfway(_ words: [String]) -> Bool {
            guard let last = words.last?.lowercased().trimmingCharacters(in: ",;") else { return true }
            return dangling.contains(last) || fixedPhrases.contains(last)
        }
        while CopiedWords.longestRun(words.joined(separator: " "), quote) >= 8 {
            if needsAll { return nil }
            guard let cut = words.indices.dropFirst(2).last(where: { joints.contains(words[$0].lowercased()) }) else { return nil }
            // Never drop who the rule is about or a word that limits it: "take action under instructions from any
            // individual Councillor" is not "take action under instructions".
            let tail = " " + words[cut...].joined(separator: " ").lowercased() + " "
            if essentialWords.contains(where: tail.contains) { return nil }
            words = Array(words[..<cut])
            // Each cut must leave a whole phrase: cutting on past "gaining access to" would leave "prevent another person".
            if endsHalfway(words) { return nil }
            // A cut inside a "where …" or "if …" clause leaves it without its point: "take part where one".
            if words.contains(where: { subordinators.contains($0.lowercased()) }) { return nil }
        }
        return words.count >= 3 ? words.joined(separator: " ") : nil
    }

    private static let subordinators: Set<String> = ["where", "when", "whenever", "if", "whether", "unless", "while", "because", "until"]

    private static let essentialWords = [
        " councillor", " member", " officer", " employee", " staff", " clerk", " chair", " mayor", " group", " public", " media", " press",
        " not ", " no ", " without", " unless", " except", " only", " other than", " individual", " personal", " political",
    ]
    /// Words in an aside after a comma that limit what the rule forbids or requires.
    private static let limitingWords = [
        " political", " personal", " private", " purpose", " without", " unless", " except", " only", " other than", " not ", " no ",
    ]
    /// Words that end a phrase the cut would break: "on behalf", "in respect".
    private static let fixedPhrases: Set<String> = ["behalf", "respect", "instructions", "part", "regardless", "instead", "ahead", "because"]

    /// "their", "his/her", "he/she" and the like become the person's own pronouns.
    static func ownPronouns(_ text: String, person: Person) -> String {
        let reflexive = person.pronoun == "she" ? "herself" : "himself"
        let swaps: [(String, String)] = [
            ("him/herself", reflexive), ("himself/herself", reflexive), ("themselves", reflexive),
            ("his/her", person.their), ("his or her", person.their), ("him/her", person.them), ("him or her", person.them),
            ("he/she", person.they), ("he or she", person.they), ("their", person.their), ("them", person.them), ("they", person.they),
        ]
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var joined = " " + words.joined(separator: " ") + " "
        for (from, to) in swaps where from.contains(" ") || from.contains("/") {
            joined = joined.replacingOccurrences(of: " " + from + " ", with: " " + to + " ")
        }
        words = joined.trimmingCharacters(in: " ").split(separator: " ").map(String.init)
        let single = Dictionary(swaps.filter { !$0.0.contains(" ") && !$0.0.contains("/") }, uniquingKeysWith: { a, _ in a })
        return words.map { word in
            let bare = word.trimmingCharacters(in: ".,;:")
            guard let swap = single[bare] else { return word }
            return word.replacingOccurrences(of: bare, with: swap)
        }.joined(separator: " ")
    }
}
