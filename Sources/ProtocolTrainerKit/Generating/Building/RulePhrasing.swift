/// A rule split into its subject, modal and action, for restating it and its misreadings.
struct RulePhrasing {
    /// "Members", "A Councillor acting as an individual".
    let subject: String
    /// "must not", "should".
    let modal: String
    /// The action without its exception or aside.
    let coreAction: String
    /// The rule as one sentence (the clause's own words).
    let sentence: String
    let binds: Party

    init?(_ statement: RuleStatement, leadIn: RuleStatement?) {
        // An item with a modal of its own ("That Officers will not use …") is a sentence in itself.
        let itemStandsAlone = statement.itemIndex != nil && Self.hasModal(statement.quote)
        let isItem = statement.itemIndex != nil && !itemStandsAlone
        var source = isItem ? (leadIn?.quote ?? "") : statement.quote
        if itemStandsAlone, source.lowercased().hasPrefix("that ") { source = String(source.dropFirst(5)).capitalisedFirst }
        let words = source.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased().trimmingCharacters(in: ".,;:") }
        guard let modalStart = lower.firstIndex(where: { Self.modals.contains($0) }) else { return nil }
        var modalEnd = modalStart + 1
        while modalEnd < lower.count, ["not", "never", "normally"].contains(lower[modalEnd]) { modalEnd += 1 }
        var subjectWords = Array(words[..<modalStart])
        if let comma = subjectWords.lastIndex(where: { $0.hasSuffix(",") }) { subjectWords = Array(subjectWords[(comma + 1)...]) }
        // "Only the Mayor may …" restricts who, which "must never" or "may decide for themselves" cannot misread.
        guard subjectWords.first?.lowercased() != "only" else { return nil }
        // The misreadings ("may decide for themselves …") need a person as subject.
        guard !subjectWords.isEmpty, subjectWords.count <= 8, Party.subject(of: subjectWords.joined(separator: " ")) != nil else { return nil }
        subject = subjectWords.joined(separator: " ").capitalisedFirst
        modal = words[modalStart..<modalEnd].joined(separator: " ").lowercased()
        var action = isItem ? statement.quote : words[modalEnd...].joined(separator: " ")
        // A second rule joined on ("must serve the council as a whole and must not favour …") is not this rule's action.
        for marker in [" other than", " unless", " except", " save where", " without the consent", ", provided", " provided that",
                       " (", ";", " e.g.", " – ", " and must ", " and should ", " and shall ", " and will ", " and may ", " but must ", " but should ",
                       " but shall ", " but will ", " but may "] {
            if let range = action.range(of: marker) { action = String(action[..<range.lowerBound]) }
        }
        action = action.trimmingCharacters(in: " .,:;")
        if isItem {
            // "never canvass support" under "members should:" → "canvass support", the modal taking the "never".
            let itemWords = action.split(separator: " ")
            if let first = itemWords.first?.lowercased(), first == "never" || first == "not" {
                action = itemWords.dropFirst().joined(separator: " ")
            }
            action = action.lowercasedFirstWordIfCommon
            // "whenever practicable, notify …" cannot take "may decide whether to" in front of it.
            if action.split(separator: " ").prefix(3).contains(where: { $0.hasSuffix(",") }) { return nil }
        }
        // A passive rule ("must be treated with respect") has no doer to misread.
        guard action.split(separator: " ").count >= 2, !["be", "been", "only"].contains(action.split(separator: " ").first!.lowercased())
        else { return nil }
        // "indicate that this is the case" cannot be read without the sentence around it.
        guard !ActionPhrase.anaphora.contains(where: (" " + action.lowercased() + " ").contains) else { return nil }
        coreAction = action
        if itemStandsAlone {
            sentence = source.trimmingCharacters(in: " .;,") + "."
        } else if isItem {
            let lead = (leadIn?.quote ?? "").trimmingCharacters(in: " :")
            sentence = "\(lead) \(statement.quote.lowercasedFirstWordIfCommon.trimmingCharacters(in: " .;,"))."
        } else {
            sentence = statement.quote
        }
        binds = statement.binds
    }

    private static let modals: Set<String> = ["must", "should", "shall", "may", "cannot", "will", "can"]

    private static func hasModal(_ text: String) -> Bool {
        text.lowercased().split(separator: " ").contains { modals.contains(String($0)) }
    }

    /// The same sentence said of the other side: "Officers must …" for "Members must …".
    func withOtherParty() -> (text: String, party: Party, original: String, replacement: String)? {
        let swaps: [(String, String, Party)] = [
            ("Councillors", "Officers", .officers), ("Members", "Officers", .officers), ("Officers", "Councillors", .councillors),
            ("Employees", "Councillors", .councillors), ("A Councillor", "An Officer", .officers), ("A member", "An officer", .officers),
            ("A Member", "An Officer", .officers), ("An Officer", "A Councillor", .councillors), ("An officer", "A councillor", .councillors),
        ]
        let actionLower = coreAction.lowercased()
        for (from, to, party) in swaps where subject == from || subject.hasPrefix(from + " ") {
            // "Officers must not lobby Councillors" turned round would be nonsense.
            if Party.named(in: actionLower) == party || actionLower.contains(to.lowercased().split(separator: " ").last!.dropLast()) { return nil }
            let rest = subject.dropFirst(from.count)
            return ("\(to)\(rest) \(modal) \(coreAction).", party, from.lowercased(), to.lowercased())
        }
        return nil
    }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }

    /// "To determine council policy" → "to determine council policy", leaving names and acronyms alone.
    var lowercasedFirstWordIfCommon: String {
        guard let first = split(separator: " ").first else { return self }
        let isCommon = first.count > 1 && first.dropFirst().allSatisfy { $0.isLowercase }
            && !["Council", "Councillors", "Councillor", "Officers", "Officer", "Members", "Member", "Chair", "Mayor", "Town", "Clerk"].contains(String(first))
        return isCommon ? prefix(1).lowercased() + dropFirst() : self
    }
}
