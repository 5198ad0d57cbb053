import Foundation

/// Who a rule binds.
public enum Party: String, Sendable, Codable, CaseIterable {
    case councillors
    case officers
    case clerk
    case chairs
    case partyGroups = "party-groups"
    case both
    case council

    /// The trainee roles a question about this party suits.
    public var roles: [TraineeRole] {
        switch self {
        case .councillors, .chairs, .partyGroups: return [.councillor]
        case .officers, .clerk: return [.officer]
        case .both, .council: return [.councillor, .officer]
        }
    }

    /// Finds the party a phrase names: "A Councillor acting as an individual" → councillors.
    static func named(in phrase: String) -> Party? {
        let words = phrase.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        let text = " " + words.joined(separator: " ") + " "
        let mentionsCouncillors = words.contains { councillorWords.contains($0) }
        // "the Proper Officer" is the clerk, not officers in general.
        let withoutProperOfficer = text.replacingOccurrences(of: " proper officer ", with: " ")
        let mentionsOfficers = withoutProperOfficer.split(separator: " ").contains { officerWords.contains(String($0)) }
        if text.contains(" party group") || text.contains(" political group") || text.contains(" party political group") {
            return .partyGroups
        }
        if mentionsCouncillors && mentionsOfficers { return .both }
        if text.contains(" neither party ") || text.contains(" both parties ") || text.contains(" each other ") { return .both }
        if text.contains(" clerk ") || text.contains(" proper officer ") || text.contains(" chief executive ") { return .clerk }
        if words.contains(where: { ["chair", "chairs", "chairman", "chairmen", "vice-chair", "vice-chairs", "mayor"].contains($0) }) {
            return .chairs
        }
        if mentionsCouncillors { return .councillors }
        if mentionsOfficers { return .officers }
        if text.contains(" council ") && !text.contains(" council's ") { return .council }
        return nil
    }

    /// The party a sentence is about: the first one it names, or both where it pairs them ("Members and Officers",
    /// "if an Officer is concerned …, or if a Councillor is concerned …").
    /// True when the phrase's head word is a person or body that can be permitted something ("Elected members",
    /// "The Town Clerk", "he/she"), not a thing that merely might happen ("The relationship … may break down").
    static func isPersonHead(_ phrase: String) -> Bool {
        let words = phrase.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "/" && $0 != "-" }).map(String.init)
        guard var position = words.firstIndex(where: { !leadingModifiers.contains($0) }) else { return true }
        // "To ensure high standards of conduct members …", "In their dealings with officers, members …": past an opening
        // phrase, the subject is the last party named that is not the object of a preposition.
        if ["to", "in", "for", "with", "as", "at", "on", "during", "under", "when", "where", "if"].contains(words[position]),
           let last = words.indices.last(where: { index in
               index > position && (councillorWords.contains(words[index]) || officerWords.contains(words[index]))
                   && !["by", "of", "from", "with", "to", "for"].contains(words[index - 1])
           }) {
            position = last
        }
        let head = words[position]
        // "Officer support", "member training": a party word used as an adjective names a thing.
        if position + 1 < words.count, thingsOfAParty.contains(words[position + 1]) { return false }
        return councillorWords.contains(head) || officerWords.contains(head) || personHeads.contains(head)
    }

    private static let leadingModifiers: Set<String> = [
        "the", "a", "an", "all", "any", "each", "every", "individual", "elected", "such", "some", "both", "other", "ward", "local",
        "relevant", "senior", "however", "equally", "also", "then", "only", "new", "former", "their", "this", "that", "these",
    ]
    private static let thingsOfAParty: Set<String> = [
        "support", "time", "advice", "report", "reports", "briefing", "briefings", "attendance", "involvement", "work", "resources",
        "role", "roles", "code", "conduct", "training", "allowance", "allowances", "contact", "correspondence", "requests",
    ]
    private static let personHeads: Set<String> = [
        "clerk", "town", "parish", "proper", "deputy", "assistant", "chair", "chairs", "chairman", "vice-chair", "mayor", "leader",
        "leaders", "group", "groups", "party", "political", "he", "she", "he/she", "they", "you", "we", "anyone", "everyone",
        "nobody", "person", "persons", "people", "someone", "cllr", "cllrs", "committee", "committees", "panel", "council",
    ]

    static func subject(of phrase: String) -> Party? {
        let words = phrase.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        func party(at index: Int) -> Party? {
            guard index < words.count else { return nil }
            if index + 1 < words.count, words[index] == "proper", words[index + 1] == "officer" { return .clerk }
            if councillorWords.contains(words[index]) { return .councillors }
            if officerWords.contains(words[index]) { return index > 0 && words[index - 1] == "proper" ? .clerk : .officers }
            if words[index] == "clerk" { return .clerk }
            if ["chair", "chairs", "chairman", "chairmen", "mayor", "vice-chair", "vice-chairs"].contains(words[index]) { return .chairs }
            if words[index] == "group" || words[index] == "groups", index > 0, ["party", "political"].contains(words[index - 1]) { return .partyGroups }
            return nil
        }
        guard let first = words.indices.first(where: { party(at: $0) != nil }), let found = party(at: first) else { return nil }
        let conditionals = words.indices.filter { words[$0] == "if" }.compactMap { index in
            // Half-open, so an "if" that ends the phrase ("… sought from the Clerk if:") gives an empty range.
            ((index + 1)..<min(index + 4, words.count)).lazy.compactMap(party(at:)).first
        }
        if Set(conditionals).isSuperset(of: [.councillors, .officers]) { return .both }
        for offset in 1...3 where first + offset + 1 < words.count && ["and", "or"].contains(words[first + offset]) {
            if let other = party(at: first + offset + 1) ?? party(at: first + offset + 2), other != found,
               Set([found, other]).isSubset(of: [.councillors, .officers]) {
                return .both
            }
        }
        return found
    }

    static let councillorWords: Set<String> = ["councillor", "councillors", "member", "members", "cllr", "cllrs"]
    static let officerWords: Set<String> = ["officer", "officers", "employee", "employees", "staff"]
}

/// The trainee a question is meant for.
public enum TraineeRole: String, Sendable, Codable, CaseIterable, Comparable {
    case councillor
    case officer

    public static func < (lhs: TraineeRole, rhs: TraineeRole) -> Bool { lhs.rawValue < rhs.rawValue }
}
