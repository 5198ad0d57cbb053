import RuleAnalysis
import TrainerModel

/// What every question builder needs to know about the council and its protocol.
package struct GenerationContext {
    let document: CouncilProtocol
    let statements: [RuleStatement]
    let vocabulary: CouncilVocabulary
    let seed: UInt64
    /// Look-ups over the whole protocol, shared by every builder.
    let index: ProtocolIndex
    /// The bank's people, each in one part throughout.
    let cast: BankCast
    /// Whether the protocol lists the council's staff (its posts, or the clerk alone), so that a situation needing
    /// staff it does not list is not told: readers met grounds staff at a town council whose staff are a Clerk, an
    /// Assistant Clerk and a caretaker.
    let staffAreListed: Bool
    /// Whether the staff the protocol names besides the clerk are all outdoor or manual posts (a caretaker, a
    /// lengthsman), so that the clerk is the council's only office worker.
    let manualStaffOnly: Bool
    /// Whether the council has party or political groups: a principal council (its head of staff no Clerk) has unless
    /// its protocol says there are none; a town, parish or community council only where its protocol speaks of them,
    /// so its questions never invent group leaders.
    let hasGroups: Bool

    /// The longest statement, in UTF-8 bytes, a question is made from: seven times the longest sentence of any protocol
    /// seen. No trainee could read a longer one as an option, and each question searches its words dozens of times,
    /// so a "sentence" of a megabyte (a paragraph with no full stop, pasted in error) would take minutes.
    package static let longestAskable = 2_000

    /// Deputy clerks the protocol names as a channel beside the clerk ("through the Town Clerk or the Deputy Town Clerk").
    let channelDeputies: Set<String>

    /// The context for generating from `document` with `seed`; the vocabulary is read from the document unless given.
    package init(document: CouncilProtocol, seed: UInt64, vocabulary: CouncilVocabulary? = nil) {
        self.document = document
        self.statements = ClauseAnalyser.analyse(document).filter { $0.quote.utf8.count <= Self.longestAskable }
        self.vocabulary = vocabulary ?? CouncilVocabulary(document)
        self.seed = seed
        self.index = ProtocolIndex(document: document, statements: statements)
        let clerk = self.vocabulary.clerk
        let local = self.vocabulary.isLocalCouncil
        let parish = self.vocabulary.isParishCouncil
        let named = self.vocabulary.namedPosts
        // A Clerk and a caretaker, or a Clerk and a lengthsman: the Clerk is the only one in the office, so a scenario's
        // officer is the Clerk, not an Administration Officer the council does not have.
        manualStaffOnly = local && !named.isEmpty && named.allSatisfy(StaffDuties.isManual)
        // "Requests go through the Town Clerk or the Deputy Town Clerk": the deputy is a channel as the clerk is.
        channelDeputies = Set(named.filter(Cast.isDeputyClerk).filter { [index = self.index] deputy in
            let (c, d) = (clerk.lowercased(), deputy.lowercased())
            return index.anyClauseSays([["\(c) or the \(d)"], ["\(c) or \(d)"], ["\(d) or the \(c)"], ["\(d) or \(c)"]])
        })
        let roles = Cast.staffRoles(clerk: clerk, posts: self.vocabulary.staffPosts, named: named,
                                    clerkOnly: self.vocabulary.saysClerkIsOnlyStaff || manualStaffOnly, local: local, parish: parish,
                                    speaksOfStaff: self.vocabulary.speaksOfStaffMoreThanClerk,
                                    mentions: { [index = self.index] role in index.anyClauseSays([[role]]) })
        // A parish, or a council that lists its posts, has one person in each; elsewhere a post may have several holders.
        let onePerPost = parish || (local && !named.isEmpty)
        staffAreListed = local && (!named.isEmpty || self.vocabulary.saysClerkIsOnlyStaff)
        self.cast = BankCast(seed: seed, council: document.council ?? document.title ?? "", staffRoles: roles,
                             staffCount: onePerPost ? max(1, roles.count) : BankCast.staffCount, clerkTitle: clerk)
        self.hasGroups = !self.vocabulary.saysThereAreNoGroups && (self.vocabulary.mentionsGroups || !local)
    }

    /// Whether the council has staff for the work a situation's `stem` gives them: any, unless it lists its staff and
    /// none of them does that work (grounds staff for the verges; someone in the office for a letter or a report).
    /// Readers met grounds staff at a council whose staff are a Clerk and a caretaker, and a lengthsman at a desk.
    func hasStaff(for stem: String) -> Bool {
        // The clerk does not cut the verges for a council whose grounds staff the scenes leave out.
        if manualStaffOnly, StaffDuties.work(in: stem).contains(.grounds) { return false }
        guard staffAreListed, !cast.clerkIsOnlyStaff else { return true }
        let work = StaffDuties.work(in: stem)
        if work.isEmpty { return cast.staff.contains { StaffDuties.isOfficeWork($0.role) } }
        return cast.staff.contains { StaffDuties.fits($0.role, work) && (!work.contains(.grounds) || StaffDuties.duties(of: $0.role)?.contains(.grounds) == true) }
    }

    /// Whether a frame's unrendered `texts` need a member of staff besides the clerk, at a council where the clerk is
    /// the only one: a second officer, or an officer beside the clerk ("{officer} asks the {clerk} …").
    func needsStaffBesidesClerk(_ texts: [String]) -> Bool {
        let all = texts.joined(separator: " ")
        let second = all.contains("{officer2") || all.contains("{Officer2")
        // One member of staff besides the clerk is both officers of a scene: readers met a worry "about a colleague,
        // Marek Nowak" told by Marek Nowak.
        if second, cast.staff.count < 2 { return true }
        guard cast.clerkIsOnlyStaff else { return false }
        let officer = all.contains("{officer") || all.contains("{Officer")
        let clerk = ["{clerk", "{Clerk"].contains { all.contains($0) }
        return second || (officer && clerk)
    }

    /// The statement that introduces a list item ("members should:"), or nil for a clause's own sentences.
    package func leadIn(of statement: RuleStatement) -> RuleStatement? {
        guard statement.itemIndex != nil else { return nil }
        return index.leadIn(ofClause: statement.clauseID)
    }

    /// How feedback cites the statement: "6.3 c" for a lettered item, the clause id otherwise.
    func reference(_ statement: RuleStatement) -> String {
        guard let index = statement.itemIndex, let clause = self.index.clause(id: statement.clauseID), index < clause.items.count,
              let label = clause.items[index].label else { return statement.clauseID }
        return "\(statement.clauseID) \(label)"
    }

    /// A generator for one question's choices, the same for the same seed and key.
    func random(_ key: String...) -> SeededRandom {
        SeededRandom(seed: StableID.number([String(seed)] + key))
    }

    /// Slots for a scenario: two councillors and two members of staff from the bank's cast, the clerk, a place, a day;
    /// the first member of staff with a job that fits the work the scenario's `stem` describes.
    func castTemplate(reference: String, key: String, stem: String = "", avoiding: Set<String> = []) -> TemplateText {
        var random = self.random("cast", key)
        let scene = cast.scene(random: &random, work: StaffDuties.work(in: stem), avoiding: avoiding)

        var template = TemplateText()
        template.add("cllr", scene.councillors[0], title: "Cllr")
        template.add("officer", scene.staff[0].person)
        template.add("cllr2", scene.councillors[1], title: "Cllr")
        template.add("officer2", scene.staff[1].person)
        template.add("clerkName", cast.clerk)
        template["officer.role"] = scene.staff[0].role
        template["officer2.role"] = scene.staff[1].role
        for (slot, title) in vocabulary.titles { template[slot] = title }
        template["council"] = vocabulary.councilKind
        let places = vocabulary.isAuthority ? Cast.authorityPlaces(vocabulary.authorityKind)
            : vocabulary.isParishCouncil ? Cast.parishPlaces : vocabulary.isLocalCouncil ? Cast.places : Cast.principalPlaces
        // Readers met the public toilets "at the council office" of a council that has none.
        template["place"] = random.pick(vocabulary.hasNoOffice ? places.filter { $0 != "the council office" } : places)
        template["day"] = random.pick(Cast.days)
        template["clause"] = reference
        return template
    }

}
