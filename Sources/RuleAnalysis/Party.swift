import Foundation
import TrainerModel

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

    /// Finds the party a phrase names: "A Councillor acting as an individual" → councillors. Used of headings and
    /// actions, where any party named will do.
    package static func named(in phrase: String) -> Party? {
        let words = Lexicon.words(phrase)
        let mentions = Lexicon.mentions(in: words)
        let parties = Set(mentions.compactMap { mention -> Party? in
            // "the Council's equipment" names a thing of the council's, not the council.
            if mention.who == .party(.council), mention.end < words.count, words[mention.end] == "s" { return nil }
            return mention.who.party
        })
        let text = " " + words.joined(separator: " ") + " "
        if parties.contains(.partyGroups) { return .partyGroups }
        if parties.isSuperset(of: [.councillors, .officers]) { return .both }
        if text.contains(" neither party ") || text.contains(" both parties ") || text.contains(" each other ") { return .both }
        for party in [Party.clerk, .chairs, .councillors, .officers, .council] where parties.contains(party) { return party }
        return nil
    }

    /// True when the phrase's head word is a person or body that can be permitted something ("Elected members",
    /// "The Town Clerk", "he/she"), not a thing that merely might happen ("The relationship … may break down").
    package static func isPersonHead(_ phrase: String) -> Bool {
        let words = phrase.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "/" && $0 != "-" }).map(String.init)
        guard var position = words.firstIndex(where: { !leadingModifiers.contains($0) }) else { return true }
        // "To ensure high standards of conduct members …", "In their dealings with officers, members …": past an opening
        // phrase, the subject is the last party named that is not the object of a preposition.
        if openingWords.contains(words[position]),
           let last = words.indices.last(where: { index in
               index > position && isPartyWord(words[index]) && !prepositions.contains(words[index - 1])
           }) {
            position = last
        }
        let head = words[position]
        // "Officer support", "member training": a party word used as an adjective names a thing.
        if position + 1 < words.count, thingsOfAParty.contains(words[position + 1]) { return false }
        return isPartyWord(head) || personHeads.contains(head) || Lexicon.publicWords.contains(head)
    }

    private static func isPartyWord(_ word: String) -> Bool {
        Lexicon.councillorWords.contains(word) || Lexicon.officerWords.contains(word)
    }

    /// True when the person a subject is about is the public: "Members of the public may …", "… provides that the
    /// public is entitled to …" (the last person named that is not the object of a preposition).
    static func subjectIsThePublic(_ phrase: String) -> Bool {
        let words = Lexicon.words(phrase)
        let heads = Lexicon.mentions(in: words).filter { $0.start == 0 || !prepositions.contains(words[$0.start - 1]) }
        // "Councillors taking up a resident's complaint", "Officers who deal with residents": a person named and then
        // described is the head, whoever the description names.
        if let described = heads.first(where: { $0.end < words.count && startsADescription(words[$0.end]) }) {
            return described.who == .thePublic
        }
        return heads.last?.who == .thePublic
    }

    private static func startsADescription(_ word: String) -> Bool {
        ["who", "whom", "whose", "which"].contains(word) || (word.count > 4 && word.hasSuffix("ing"))
    }

    private static let openingWords: Set<String> = [
        "to", "in", "for", "with", "as", "at", "on", "during", "under", "when", "where", "if",
    ]
    private static let prepositions: Set<String> = ["by", "of", "from", "with", "to", "for", "towards", "on", "about", "against"]
    private static let leadingModifiers: Set<String> = [
        "the", "a", "an", "all", "any", "each", "every", "individual", "elected", "such", "some", "both", "other", "ward", "local",
        "relevant", "senior", "however", "equally", "also", "then", "only", "new", "former", "their", "this", "that", "these",
        "co-opted", "number", "of", "majority", "most", "many", "several", "few", "no", "neither", "none",
    ]
    private static let thingsOfAParty: Set<String> = [
        "support", "time", "advice", "report", "reports", "briefing", "briefings", "attendance", "involvement", "work", "resources",
        "role", "roles", "code", "conduct", "training", "allowance", "allowances", "contact", "correspondence", "requests",
    ]
    private static let personHeads: Set<String> = [
        "clerk", "town", "parish", "proper", "deputy", "assistant", "chair", "chairs", "chairman", "vice-chair", "mayor", "leader",
        "leaders", "group", "groups", "party", "political", "he", "she", "he/she", "they", "you", "we", "anyone", "everyone",
        "nobody", "person", "persons", "people", "someone", "cllr", "cllrs", "committee", "committees", "panel", "council",
        "chief", "head", "monitoring",
    ]

    /// The party a sentence is about: the first one it names, or both where it pairs them ("Members and Officers",
    /// "if an Officer is concerned …, or if a Councillor is concerned …"). The public and the council are not parties
    /// a sentence is about: "Members of the public may attend" is about no party.
    package static func subject(of phrase: String) -> Party? {
        let words = Lexicon.words(phrase)
        let found = Lexicon.mentions(in: words).compactMap { mention -> (start: Int, end: Int, party: Party)? in
            guard let party = mention.who.party, party != .council else { return nil }
            return (mention.start, mention.end, party)
        }
        guard let first = found.first else { return nil }
        // "if" with a party within the next three words: both sides' conditions make the sentence about both.
        let conditionals = words.indices.filter { words[$0] == "if" }.compactMap { index in
            found.first { $0.start > index && $0.start < index + 4 }?.party
        }
        if Set(conditionals).isSuperset(of: [.councillors, .officers]) { return .both }
        // "Members and Officers", "councillors or their staff", "neither members nor officers".
        for offset in 0...2 where first.end + offset + 1 < words.count && ["and", "or", "nor"].contains(words[first.end + offset]) {
            let next = first.end + offset + 1
            if let other = found.first(where: { $0.start == next || $0.start == next + 1 })?.party, other != first.party,
               Set([first.party, other]).isSubset(of: [.councillors, .officers]) {
                return .both
            }
        }
        return first.party
    }

    /// The other side of a rule done to this party: whoever provides for councillors is the officers, and for officers
    /// (or the clerk, or a chair's officers) the councillors.
    var otherSide: Party {
        switch self {
        case .councillors, .chairs, .partyGroups: return .officers
        case .officers, .clerk: return .councillors
        case .both, .council: return self
        }
    }

    static var councillorWords: Set<String> { Lexicon.councillorWords }
    static var officerWords: Set<String> { Lexicon.officerWords }
}
