/// The situation a rule's own condition describes, for its scenario: "If a local member intends to arrange a public
/// meeting on …, he/she should inform the Town Clerk" happens to "{cllr}", who "intends to arrange a public meeting".
enum Circumstance {
    /// What the person is doing when the rule applies, in words ready to follow their name; nil when the sentence opens
    /// with no condition about one councillor or officer.
    static func of(_ sentence: String, person: Person, councilKind: String) -> String? {
        let lower = sentence.lowercased()
        guard let keyword = openers.first(where: { lower.hasPrefix($0) }), let comma = sentence.firstIndex(of: ",") else { return nil }
        let words = sentence[sentence.index(sentence.startIndex, offsetBy: keyword.count)..<comma].split(separator: " ").map(String.init)
        // "a local member intends …": one person, then a verb in the third person that can follow a name.
        guard let noun = words.prefix(4).firstIndex(where: { persons.contains($0.lowercased()) }),
              words[..<noun].allSatisfy({ determiners.contains($0.lowercased()) }), noun + 3 < words.count,
              let verb = words[noun + 1].first, verb.isLowercase, words[noun + 1].hasSuffix("s"),
              !["was", "has"].contains(words[noun + 1]),
              // "is dissatisfied with …" tells a situation; "is contacted by, or contacts, …" is left to the checks below.
              words[noun + 1] != "is" || states.contains(words[noun + 2].lowercased()) else { return nil }
        let situation = words[(noun + 1)...].joined(separator: " ")
        // "is contacted by, or contacts, the media": a comma inside the condition leaves it unfinished.
        guard let last = words.last?.lowercased(), !stranded.contains(last),
              !ActionPhrase.anaphora.contains(where: (" " + situation.lowercased() + " ").contains),
              let short = ActionPhrase.shortened(situation, against: sentence) else { return nil }
        return ActionPhrase.ownPronouns(Paraphrase.plain(short, councilKind: councilKind), person: person)
    }

    /// True when the sentence opens with a condition set off by a comma: "When requested to do so, …".
    static func opensWithCondition(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        return openers.contains(where: lower.hasPrefix) && sentence.contains(",")
    }

    private static let openers = ["if ", "when ", "where ", "whenever ", "unless "]
    private static let persons: Set<String> = ["member", "councillor", "officer", "employee"]
    private static let states: Set<String> = [
        "dissatisfied", "unhappy", "concerned", "aware", "unsure", "uncertain", "worried", "asked", "approached", "invited",
    ]
    private static let determiners: Set<String> = ["a", "an", "any", "local", "individual", "ward"]
    private static let stranded: Set<String> = ["by", "to", "of", "on", "in", "for", "with", "from", "at", "and", "or", "the", "a"]
}
