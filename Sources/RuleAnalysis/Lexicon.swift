import Foundation
/// The one list of the words a protocol's rules are read by: the phrases that give a sentence its force (and the ones
/// that make it no rule at all), the words that carry a condition, the words that name each party and the public, the
/// council's titles, and the leads that send a concern somewhere. `ClauseAnalyser`, `Party`, `ConditionFinder` and
/// `RouteFinder` take their words from here and from nowhere else, so a word is added once and read the same way
/// everywhere.
///
/// Every list is lower case and matched word by word, after punctuation is trimmed from each word.
enum Lexicon {
    // MARK: - Force

    /// What a phrase does to the sentence it governs.
    enum Force: Equatable, Sendable {
        /// A rule of this kind: "must not" forbids, "is entitled to" gives a right.
        case rule(RuleKind)
        /// Advice the protocol commends without requiring it: "are encouraged to", "it is good practice to".
        case encouragement
        /// What might happen or might be so: "may be able to", "it is hoped".
        case possibility
        /// How things are or will be: "will not be bound by".
        case description
    }

    struct Phrase: Sendable {
        let words: [String]
        let force: Force
    }

    /// Every phrase that gives or takes away a sentence's force, longest first, so "must not" wins over "must" and
    /// "should feel free" over "should". The first phrase in a sentence (outside brackets, relative clauses and a
    /// leading "If …," clause) governs it.
    static let phrases: [Phrase] = {
        let rules: [(String, RuleKind)] = [
            // Where a concern goes.
            ("should be brought to the attention of", .concernGoesTo), ("should be raised with", .concernGoesTo),
            ("should raise their concern with", .concernGoesTo), ("should raise with", .concernGoesTo),
            ("should seek guidance of", .concernGoesTo), ("should seek guidance from", .concernGoesTo),
            ("will be determined by", .concernGoesTo), ("should be referred to", .concernGoesTo),
            // Not allowed.
            ("are not authorised to", .mayNot), ("is not authorised to", .mayNot), ("are not permitted to", .mayNot),
            ("is not permitted to", .mayNot), ("have no power to", .mayNot), ("has no power to", .mayNot),
            ("has no legal power to", .mayNot), ("have no legal power to", .mayNot), ("has no authority to", .mayNot),
            ("have no authority to", .mayNot), ("is not entitled to", .mayNot), ("are not entitled to", .mayNot),
            ("has no right to", .mayNot), ("have no right to", .mayNot), ("may not", .mayNot), ("cannot", .mayNot),
            ("can not", .mayNot),
            // Forbidden.
            ("is not acceptable", .mustNot), ("are not acceptable", .mustNot), ("will not be tolerated", .mustNot),
            ("will not be accepted", .mustNot), ("will not be permitted", .mustNot), ("will not be allowed", .mustNot),
            ("must not", .mustNot), ("must never", .mustNot), ("shall not", .mustNot), ("shall never", .mustNot),
            ("will not", .mustNot), ("will never", .mustNot), ("prohibits", .mustNot),
            ("should not", .shouldNot), ("should never", .shouldNot), ("ought not to", .shouldNot), ("ought never to", .shouldNot),
            // Entitled.
            ("can expect", .canExpect), ("have the right", .hasRight), ("has the right", .hasRight),
            ("have a right", .hasRight), ("has a right", .hasRight), ("is entitled to", .hasRight), ("are entitled to", .hasRight),
            ("will be entitled to", .hasRight), ("shall be entitled to", .hasRight), ("can legitimately", .hasRight),
            // Responsible.
            ("is the responsibility of", .isResponsible), ("is responsible for", .isResponsible),
            ("are responsible for", .isResponsible), ("responsibility of the", .isResponsible),
            // Required.
            ("are required to", .must), ("is required to", .must), ("will be required to", .must), ("shall be required to", .must),
            ("are expected to", .must), ("is expected to", .must), ("will be expected to", .must), ("are obliged to", .must),
            ("is obliged to", .must), ("have a duty", .must), ("has a duty", .must), ("have an obligation", .must),
            ("has an obligation", .must), ("need to", .must), ("needs to", .must),
            ("must", .must), ("shall", .must), ("will", .must),
            ("ought to", .should), ("should", .should),
            // Allowed.
            ("may have access", .may), ("may", .may),
        ]
        // Not required: "Officers need not attend" gives them the right not to, as "Officers have the right not to
        // support members …" does. The analyser reads the action as "not to attend".
        let notRequired = [
            "need not", "needs not", "are not required to", "is not required to", "are not obliged to", "is not obliged to",
            "is under no obligation to", "are under no obligation to", "do not have to", "does not have to",
        ]
        let encouragements = [
            "are encouraged to", "is encouraged to", "are encouraged", "is encouraged", "are strongly encouraged",
            "is strongly encouraged", "are discouraged", "is discouraged", "is good practice", "is best practice",
            "would be good practice", "should feel free", "feel free to", "are welcome to", "is welcome to",
            "is recommended", "are recommended", "is not recommended", "are not recommended", "is advisable",
            "it is helpful", "would be helpful", "it is desirable", "would be sensible", "it is sensible", "are urged to",
            "is urged to", "recommends that", "recommend that",
        ]
        let possibilities = [
            "is hoped", "it is hoped", "may be able", "may not be able", "may not be possible", "may not be appropriate",
            "may not be aware", "may not always", "may not have", "may well",
        ]
        let descriptions = [
            "will not be bound", "will not be covered", "will not be subject", "are not bound", "is not bound",
            "will not necessarily", "will not always",
        ]
        let all = rules.map { Phrase(words: split($0.0), force: .rule($0.1)) }
            + notRequired.map { Phrase(words: split($0), force: .rule(.hasRight)) }
            + encouragements.map { Phrase(words: split($0), force: .encouragement) }
            + possibilities.map { Phrase(words: split($0), force: .possibility) }
            + descriptions.map { Phrase(words: split($0), force: .description) }
        // Stable: among phrases of one length, the order above.
        return all.enumerated().sorted { ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset) }.map(\.element)
    }()

    /// A modal these words come straight after is in a relative clause ("a Clerk who will manage the staff"), which
    /// describes rather than rules.
    static let relativePronouns: Set<String> = ["who", "which", "that", "whom", "whose"]
    /// "It may", "this may", "there may": what might happen, not what anyone may do.
    static let impersonalBeforeMay: Set<String> = ["it", "this", "there", "which", "that"]
    /// Words that make "need to" a noun: "a reasonable need to see the documents".
    static let beforeNounNeed: Set<String> = [
        "a", "an", "the", "no", "any", "reasonable", "genuine", "legitimate", "clear", "real", "particular", "specific",
        "their", "his", "her", "its", "our", "such", "every", "some", "demonstrable", "obvious",
    ]

    /// Words that open a subordinate clause. A modal inside "If the matter cannot be resolved informally, …" is the
    /// condition's, not the rule's.
    static let subordinators: Set<String> = [
        "if", "when", "whenever", "where", "wherever", "whilst", "while", "although", "though", "unless", "once", "until",
        "because", "since",
    ]

    /// Pronouns that begin a main clause: where one stands inside an "If …" clause, the comma before it is missing.
    static let subjectPronouns: Set<String> = ["they", "he", "she", "he/she", "we", "you"]
    /// Adverbs between a modal and its verb that do not change the reading: "will always be", "should also be".
    static let adverbs: Set<String> = ["always", "also", "still", "normally", "usually", "only", "properly", "fully"]

    /// Words before a rule's subject that only set the scene: "In general, councillors …", "If asked, officers …".
    static let sceneSetters: Set<String> = [
        "if", "when", "whenever", "where", "wherever", "whilst", "while", "in", "unless", "although", "though", "once",
        "before", "after",
    ]

    /// After "will" or "shall", these describe how the council is organised rather than bind anyone: "Members will sit
    /// on committees", "The Council shall appoint a Clerk", "The Clerk will act as the Proper Officer".
    static let organisationActions: [[String]] = [
        "sit on", "serve on", "be appointed", "be elected", "be employed", "be made up", "be chaired", "be supported by",
        "be managed by", "be line managed", "be accountable", "be answerable", "be responsible to", "be based", "report to",
        "appoint", "employ", "elect", "comprise", "consist", "meet", "hold office", "form part", "act as", "work under",
        "normally be", "usually be", "represent", "be the", "be a", "be an", "be part of", "be members of", "be one of",
    ].map(split)

    /// After "must", "should" or "shall" and "be", what others do to the sentence's party, so the duty is theirs:
    /// "officers must not be asked to …" binds those who would ask, "Councillors should be treated equally" those who
    /// treat them.
    static let doneToAParty: Set<String> = [
        "treated", "left", "asked", "expected", "put", "placed", "pressured", "pressurised", "subjected", "bullied",
        "harassed", "required", "instructed", "directed", "prevented", "criticised", "victimised", "approached",
    ]
    /// After "must", "should" or "shall" and "be", what the sentence's party is to receive, so it is the party's right:
    /// "Councillors shall be provided with the necessary information", "members need to be kept informed".
    static let givenToAParty: Set<String> = [
        "provided", "given", "informed", "kept", "told", "consulted", "invited", "offered", "shown", "afforded", "sent",
        "copied", "briefed", "supported", "protected", "allowed", "enabled", "notified", "advised", "updated", "helped",
        "assisted", "permitted", "entitled",
    ]

    /// Participles that make "may not be …" and "cannot be …" forbid something done to a thing ("Council equipment may
    /// not be used for …"), where "may not be able" or "may not be appropriate" only says what might be so.
    static let irregularParticiples: Set<String> = [
        "held", "made", "sent", "kept", "told", "paid", "put", "shown", "left", "read", "set", "brought", "sought", "bound",
        "done", "met", "heard", "found", "spent", "lent", "given", "taken", "written", "seen", "spoken", "chosen", "forbidden",
        "drawn", "shared", "known", "built", "run", "won", "sold", "bought", "thought", "taught",
    ]

    static func isParticiple(_ word: String) -> Bool {
        irregularParticiples.contains(word) || (word.count > 4 && word.hasSuffix("ed"))
    }

    /// What the protocol is, when it is the subject: "This protocol should be read with …" describes the document.
    static let documentWords: Set<String> = ["protocol", "guidance", "guide", "framework", "document", "guidelines"]
    /// "This protocol should be read / is to be noted / observed …": what a document subject may be said to require
    /// of its readers, which is a rule ("This protocol must be observed by all members").
    static let documentObeyed: Set<String> = ["observed", "followed", "complied", "adhered", "obeyed", "respected"]
    /// "It should be noted that …", "It must be remembered that …": a remark, not a rule.
    static let remarks: [[String]] = ["be noted", "be remembered", "be recognised", "be recognized", "be emphasised", "be stressed"].map(split)
    /// A subject that says what the protocol is about: "This protocol sets out how councillors … should work".
    static let aboutHow: [[String]] = ["how", "way in which", "ways in which", "manner in which"].map(split)
    static let describingVerbs: Set<String> = [
        "sets", "set", "outlines", "outline", "describes", "describe", "explains", "explain", "covers", "shows", "summarises",
        "considers", "deals", "about", "on",
    ]

    /// A subject that opens with one of these asks or names a topic ("How councillors and staff should work
    /// together", "Where/who a member should go to …"), as a contents list or a heading does.
    static let questionWords: Set<String> = ["who", "what", "how", "which", "whom", "whether", "where/who", "who/where", "when/where"]

    /// "No member will …", "Neither party should …": the rule's subject negates it.
    static let negatingSubjects: Set<String> = ["no", "neither", "none", "nobody", "no-one"]

    // MARK: - Conditions

    /// Words that begin a condition or an exception anywhere in a sentence: "other than where …", "unless …".
    static let conditionMarkers = [
        "other than", "unless", "except", "provided that", "provided the", "provided it", "provided they", "save where",
        "without the consent", "subject to",
    ]
    /// The condition word a list's lead-in ends on ("… provided that:", "… unless:"), whose items are conditions.
    static func conditionLeadIn(_ leadIn: String) -> String? {
        let words = self.words(leadIn)
        guard leadIn.trimmingCharacters(in: .whitespaces).hasSuffix(":"), let last = words.last else { return nil }
        if words.count >= 2, ["provided", "providing"].contains(words[words.count - 2]), last == "that" {
            return words[words.count - 2] + " that"
        }
        return ["provided", "providing", "unless", "if", "where", "when", "except"].contains(last) ? last : nil
    }
    /// Words that begin a condition only at the head of a sentence: "Where a member has an interest, …".
    static let leadingConditions: Set<String> = ["if", "where", "when", "whenever", "wherever", "unless", "provided", "once"]
    /// Words before "if" that make it "whether": "ask if", "as if", "see if".
    static let ifMeaningWhether: Set<String> = ["as", "ask", "asks", "asked", "see", "know", "wonder", "check", "whether"]
    /// Where, between `lower` positions `range`, a main clause begins whose comma is missing: a pronoun or a party
    /// straight before a modal ("If a Councillor wishes to object they should …", "When performing their duties
    /// Officers must …"), from the party's determiner ("the Town Clerk will").
    static func mainClauseStart(in lower: [String], within range: Range<Int>) -> Int? {
        for index in range where index + 1 < lower.count && modalWords.contains(lower[index + 1]) {
            let word = lower[index]
            guard subjectPronouns.contains(word) || councillorWords.contains(word) || officerWords.contains(word)
                || chairWords.contains(word) || word == "clerk" else { continue }
            var start = index
            while start > range.lowerBound, nounPhraseOpeners.contains(lower[start - 1]) { start -= 1 }
            return start
        }
        return nil
    }
    /// Words that can open a party's noun phrase: "the Town Clerk", "all elected members".
    static let nounPhraseOpeners: Set<String> = [
        "the", "a", "an", "all", "any", "each", "every", "elected", "individual", "town", "parish", "proper", "deputy",
        "assistant", "ward", "other", "such", "senior",
    ]

    /// The modal words a condition runs up to where no comma ends it.
    static let modalWords: Set<String> = ["must", "should", "shall", "will", "may", "cannot", "ought", "need", "needs", "can"]
    /// Qualifiers that soften a rule; quoted as they stand.
    static let qualifiers = ["if necessary", "where practicable", "whenever practicable", "in most cases", "in general", "normally"]

    // MARK: - People

    /// Who a phrase names: one of the parties a rule can bind, or the public, whom no rule of this protocol trains.
    enum Person: Equatable, Sendable {
        case party(Party)
        /// Members of the public, residents, electors: their rights and duties are not a councillor's or an officer's.
        case thePublic

        var party: Party? {
            if case .party(let party) = self { return party }
            return nil
        }
    }

    /// The phrases that name people, longest first ("members of the public" before "members", "proper officer" before
    /// "officer").
    static let people: [(words: [String], who: Person)] = {
        let table: [(String, Person)] = [
            // The public, before "members" and "member" take them for councillors.
            ("members of the public", .thePublic), ("member of the public", .thePublic), ("the public", .thePublic),
            ("general public", .thePublic), ("press and public", .thePublic), ("residents", .thePublic), ("resident", .thePublic),
            ("parishioners", .thePublic), ("parishioner", .thePublic), ("electors", .thePublic), ("elector", .thePublic),
            ("constituents", .thePublic), ("constituent", .thePublic), ("local people", .thePublic), ("citizens", .thePublic),
            ("taxpayers", .thePublic), ("any person", .thePublic), ("members of the community", .thePublic),
            ("electorate", .thePublic), ("voters", .thePublic), ("service users", .thePublic),
            // Staff, before "member" and "members".
            ("members of staff", .party(.officers)), ("member of staff", .party(.officers)),
            ("staff members", .party(.officers)), ("staff member", .party(.officers)),
            // The clerk and the titles that stand for the clerk.
            ("proper officer", .party(.clerk)), ("chief executive", .party(.clerk)), ("head of paid service", .party(.clerk)),
            ("clerk", .party(.clerk)), ("clerks", .party(.clerk)),
            // Party groups.
            ("party political groups", .party(.partyGroups)), ("party political group", .party(.partyGroups)),
            ("party-political groups", .party(.partyGroups)), ("party-political group", .party(.partyGroups)),
            ("party groups", .party(.partyGroups)), ("party group", .party(.partyGroups)),
            ("political groups", .party(.partyGroups)), ("political group", .party(.partyGroups)),
        ]
        let single = councillorWords.map { ($0, Person.party(.councillors)) } + officerWords.map { ($0, .party(.officers)) }
            + chairWords.map { ($0, .party(.chairs)) } + [("council", .party(.council))]
        let all = (table + single).map { (words: split($0.0), who: $0.1) }
        return all.enumerated().sorted { ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset) }.map(\.element)
    }()

    static let councillorWords: Set<String> = ["councillor", "councillors", "member", "members", "cllr", "cllrs"]
    static let officerWords: Set<String> = ["officer", "officers", "employee", "employees", "staff", "officials"]
    static let chairWords: Set<String> = [
        "chair", "chairs", "chairman", "chairmen", "chairperson", "chairwoman", "vice-chair", "vice-chairs", "vice-chairman",
        "mayor", "mayors",
    ]
    /// Words for the public that can head a subject ("Residents may …").
    static let publicWords: Set<String> = [
        "public", "residents", "resident", "parishioners", "parishioner", "electors", "elector", "constituents", "constituent",
        "citizens", "taxpayers",
    ]

    /// A phrase naming someone, by word positions.
    struct Mention: Equatable, Sendable {
        let start: Int
        /// One past the last word.
        let end: Int
        let who: Person
    }

    /// Everyone `words` names, in order, each word in at most one mention. `words` are lower case and bare
    /// (see `words(_:)`).
    static func mentions(in words: [String]) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < words.count {
            if let match = people.first(where: { entry in
                index + entry.words.count <= words.count && words[index..<(index + entry.words.count)].elementsEqual(entry.words)
            }) {
                found.append(Mention(start: index, end: index + match.words.count, who: match.who))
                index += match.words.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Lower-case words of a phrase with everything but letters and hyphens taken as a break: "officer's" gives
    /// "officer" and "s", "and/or" gives "and" and "or".
    static func words(_ phrase: String) -> [String] {
        phrase.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
    }

    // MARK: - Routes

    /// Leads after which a sentence names where a concern, a complaint or a question goes: "raised with the Town Clerk".
    static let routeLeads = [
        "brought to the attention of", "raised with", "raise it with", "raise their concern with", "raise with",
        "raise the matter with", "take up the concern with", "seek guidance of", "seek guidance from", "seek the guidance of",
        "obtain advice from", "seek advice from", "determined by", "referred to", "refer the matter to",
        "declare any prejudicial interests relating to their work to", "reported to", "report it to", "directed to",
        "addressed to", "should contact", "go to", "in writing to", "complaint to", "complain to", "concern to", "sent to",
        "made to", "passed to", "forwarded to", "should tell", "must tell", "taken to",
    ]
    /// Words that end a route's name: "the Town Clerk in the first instance".
    static let routeStops: Set<String> = [
        "in", "who", "which", "and", "any", "if", "before", "for", "as", "about", "to", "on", "at", "where", "unless", "within",
    ]
    /// A sentence about one of these is about a concern.
    static let concernWords = [
        "concern", "complain", "dispute", "dissatisfied", "unhappy", "grievance", "questions about", "breach", "interest",
    ]

    // MARK: -

    static func split(_ phrase: String) -> [String] {
        phrase.split(separator: " ").map(String.init)
    }
}
