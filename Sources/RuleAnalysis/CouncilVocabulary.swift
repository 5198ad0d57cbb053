import Foundation
import TrainerModel

/// How a council's text names its people: "Town Clerk" or "Parish Clerk" or "Chief Executive"; its chair; the senior
/// officers, committees and leaders it mentions. Questions use only these titles, so a county council's questions never
/// speak of a Clerk. The phrase tables are the `Lexicon`'s.
public struct CouncilVocabulary: Sendable, Equatable {
    /// The head of staff's title as the text names it, e.g. "Town Clerk"; "head of the council's staff" where it names none.
    public var clerk: String
    /// "the Town Council", "the Parish Council" or "the council".
    public var councilKind: String
    /// Title slots the protocol gives a value for ("chair" → "Town Mayor", "monitoringOfficer" → "Monitoring Officer").
    /// A question that needs a title missing here is not asked.
    public var titles: [String: String]
    /// The council's other roles, each as the protocol prints it, where it names them.
    public var roles: Roles
    /// Staff posts besides the head of staff that the protocol names ("Assistant Clerk", "Deputy Clerk").
    public var staffPosts: Set<String> = []
    /// Every job title of a member of staff the protocol names, besides the head of staff and the statutory officers
    /// ("Deputy Town Clerk", "Events Officer", "Grounds Supervisor"), in the order they first appear.
    public var namedPosts: [String] = []
    /// Whether the protocol says the head of staff is the council's only employee ("The Clerk is the Council's only
    /// employee", "the Council employs one member of staff").
    public var saysClerkIsOnlyStaff = false
    /// Whether the council's members represent electoral divisions, not wards (a county council): readers noticed
    /// "ward" in a county's questions.
    public var hasDivisions = false
    /// Whether the protocol says the council has no wards ("the parish is not divided into wards"): readers met a
    /// councillor's "ward" there.
    public var hasNoWards = false
    /// Whether councillors reach the other staff only through the clerk, at a council headed by a clerk: a key that has
    /// a councillor go straight to another officer is then not the protocol's answer.
    public var staffReachedThroughClerk = false
    /// Whether councillors' requests go to another post and expressly not to the head of staff ("to the Deputy Town
    /// Clerk, and not to the Town Clerk"): a key that passes a request to the head of staff is then not the answer.
    public var requestsGoPastTheClerk = false
    /// Whether councillors' enquiries go through a channel (an enquiry service, a Head of Service), not straight to any
    /// officer: a key that has a councillor ring an officer directly is then not the protocol's answer.
    public var enquiriesGoThroughAChannel = false
    /// Whether the protocol speaks of its staff ("officers", "employees", "staff") at least as often as of its clerk: a
    /// parish that names no post but speaks of staff throughout has more than a clerk; one that speaks of the clerk
    /// throughout has only the clerk.
    public var speaksOfStaffMoreThanClerk = false
    /// Whether each ward or division has one councillor, so that no two councillors represent the same one.
    public var hasSingleMemberWards = false
    /// Whether the council has no office to call at: its clerk works from home.
    public var hasNoOffice = false
    /// Whether the protocol says its staff do not brief party groups at all.
    public var staffDoNotBriefGroups = false
    /// Whether the protocol says only its senior officers (the head of staff, directors) brief or attend party groups.
    public var onlySeniorStaffBriefGroups = false
    /// Whether this is an authority rather than a council (a fire and rescue, police or national park authority), whose
    /// members are appointed and which has no wards, grants or parks: readers met verges and youth-club grants at a fire
    /// authority.
    public var isAuthority: Bool { authorityKind != nil }
    /// What an authority looks after, from its name: fire stations, or a national park (whose authority also decides
    /// planning applications), so that its questions happen in its own places; nil for a council.
    public var authorityKind: AuthorityKind?
    /// Whether the protocol speaks of groups (party or political groups, group leaders) at all.
    public var mentionsGroups = false
    /// Whether the protocol names groups only to say there are none ("there are no political groups"): readers met
    /// party groups being briefed at a national park authority that has none.
    public var saysThereAreNoGroups = false
    /// Whether the protocol shows a principal council's structure (a cabinet, scrutiny) or name, whatever its officers'
    /// titles: a district's constitution may call its head of staff the Proper Officer.
    public var hasPrincipalStructure = false
    /// Whether the council's name says it is a town, parish or community council, whatever its protocol calls its staff.
    public var hasLocalName = false

    /// Roles beyond the title slots, for the options of "who" questions.
    public struct Roles: Sendable, Equatable {
        /// The clerk's title where the protocol itself uses it (not the "head of the council's staff" stand-in).
        public var clerk: String?
        /// Who chairs the council, as printed ("Town Mayor", "Chairman of the Council", "Chair").
        public var chair: String?
        public var monitoringOfficer: String?
        public var leader: String?
        public var hasGroupLeaders = false
        public var lineManager: String?
        /// A committee that deals with staff ("Personnel Committee").
        public var staffCommittee: String?

        public init() {}
    }

    public init(clerk: String, councilKind: String, titles: [String: String] = [:], roles: Roles = Roles()) {
        self.clerk = clerk
        self.councilKind = councilKind
        self.titles = titles
        self.roles = roles
        self.titles["clerk"] = clerk
        self.titles["seniorOfficer"] = "a senior officer"
    }

    /// Whether this is a town, parish or community council (its head of staff a Clerk or Proper Officer, no Chief
    /// Executive or Monitoring Officer, no cabinet or scrutiny in its protocol) rather than a principal council.
    public var isLocalCouncil: Bool {
        // The name decides: a parish's protocol may speak of the district's Monitoring Officer, who hears complaints.
        if hasLocalName { return true }
        // A Monitoring Officer is no sign of a principal council where the head of staff is a clerk: a city council of
        // parish rank names the district's, who hears complaints about its councillors.
        let clerkHeaded = clerk.contains("Clerk")
        return (clerkHeaded || ((clerk == "Proper Officer") && titles["monitoringOfficer"] == nil))
            && titles["headOfPaidService"] == nil && !hasPrincipalStructure && !isAuthority
    }

    /// Whether this is a parish or community council, whose staff are usually the clerk and one or two others: readers
    /// noticed a "Bookings Officer" and her manager at a parish whose protocol names only a Clerk and an Assistant Clerk.
    public var isParishCouncil: Bool {
        isLocalCouncil && (clerk == "Parish Clerk" || ["the parish council", "the community council"].contains(councilKind))
    }

    /// Reads the titles off the protocol's title and clauses.
    public init(_ document: CouncilProtocol) {
        // A list item too long to be read as a rule (ClauseAnalyser.longestReadable) names nobody's title either.
        let clauses = document.clauses.map { ([$0.text] + $0.items.map(\.text).filter(ClauseAnalyser.isReadable)).joined(separator: " ") }
            .joined(separator: " ")
        let text = (document.title ?? "") + " " + clauses
        var titles: [String: String] = [:]
        for entry in Lexicon.titleSlots {
            let raw = entry.printed.map { Self.occurrences(of: $0, in: text) }
            // "Clerk" inside "Town Clerk" is the Town Clerk: a title counts only where no longer one of the list holds it.
            let counts = entry.printed.enumerated().map { index, title in
                (title, raw[index] - entry.printed.enumerated().filter { $0.element != title && $0.element.contains(title) }.map { raw[$0.offset] }.reduce(0, +))
            }.filter { $0.1 > 0 }
            // Ties go to the more specific title, listed first.
            if let best = counts.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && entry.printed.firstIndex(of: $0.0)! > entry.printed.firstIndex(of: $1.0)!) }) {
                titles[entry.slot] = entry.written[best.0] ?? best.0
            }
        }
        var roles = Roles()
        roles.clerk = titles["clerk"].flatMap { clauses.lowercased().contains($0.lowercased()) ? $0 : nil }
        roles.chair = Self.first(Lexicon.chairPatterns, in: clauses)
        roles.monitoringOfficer = Self.first(Lexicon.monitoringOfficerPatterns, in: clauses)
        roles.leader = Self.first(Lexicon.leaderPatterns, in: clauses)
        roles.hasGroupLeaders = Self.first(Lexicon.groupLeaderPatterns, in: clauses) != nil
        roles.lineManager = Self.first(Lexicon.lineManagerPatterns, in: clauses).map { $0.lowercased() }
        roles.staffCommittee = Self.first(Lexicon.staffCommitteePatterns, in: clauses)
        // "the Chair" alone could be a committee's; the council's chair is written in full.
        if let chair = roles.chair { titles["chair"] = ["Chair", "Chairman"].contains(chair) ? "\(chair) of the council" : chair }
        if let officer = roles.monitoringOfficer { titles["monitoringOfficer"] = officer }
        if roles.hasGroupLeaders { titles["groupLeader"] = "group leader" }
        let officerTitles = Set(Lexicon.officerTitles)
        let name = document.council ?? ""
        let kind: String
        if name.contains("Town Council") { kind = "the town council" }
        else if name.contains("Parish Council") { kind = "the parish council" }
        else if name.contains("Community Council") { kind = "the community council" }
        else if name.contains("District Council") { kind = "the district council" }
        else { kind = "the council" }
        self.init(clerk: titles["clerk"] ?? "head of the council's staff", councilKind: kind, titles: titles, roles: roles)
        staffPosts = Set(Lexicon.titles(in: clauses)).intersection(officerTitles)
        // The head of staff under any of the clerk's titles is not another member of staff.
        let headTitles = Set(Lexicon.titleSlots.first { $0.slot == "clerk" }?.printed ?? []).union([self.clerk])
        namedPosts = Lexicon.staffPosts(in: clauses).filter { !headTitles.contains($0) }
        // "the Clerk and Financial Officer" is one post, the clerk's: a post printed only after "Clerk and" is no one else.
        namedPosts.removeAll { post in
            let alone = clauses.components(separatedBy: post).count - 1
            let joined = ["Clerk and ", "Clerk & "].map { clauses.components(separatedBy: $0 + post).count - 1 }.reduce(0, +)
            return alone > 0 && alone == joined
        }
        // A local council's lower-case "caretaker" or "lengthsman" is a post too, unless a title already holds it.
        if Lexicon.localCouncilNames.contains(where: name.contains) || titles["clerk"]?.contains("Clerk") == true {
            for post in Lexicon.manualPosts(in: clauses) where !namedPosts.contains(where: { $0.lowercased().contains(post.lowercased()) }) {
                namedPosts.append(post)
            }
        }
        saysClerkIsOnlyStaff = Self.first(Lexicon.onlyEmployeePatterns, in: text) != nil
        let lowerText = text.lowercased()
        hasDivisions = Self.first([#"\b(electoral|their|his|her|each|a|the) divisions?\b"#, #"\bdivisional members?\b"#], in: lowerText) != nil
            && Self.first([#"\bwards?\b"#], in: lowerText) == nil
        hasNoWards = Self.first(Lexicon.noWardsPatterns, in: lowerText) != nil
        staffReachedThroughClerk = Self.first(Lexicon.throughClerkPatterns, in: clauses) != nil
        staffDoNotBriefGroups = Self.first(Lexicon.noGroupBriefingPatterns, in: clauses) != nil
        onlySeniorStaffBriefGroups = Self.first(Lexicon.seniorGroupBriefingPatterns, in: clauses) != nil
        enquiriesGoThroughAChannel = Self.first(Lexicon.throughChannelPatterns, in: clauses) != nil
        requestsGoPastTheClerk = Self.first(Lexicon.pastTheClerkPatterns, in: clauses) != nil
        hasSingleMemberWards = Self.first(Lexicon.singleMemberWardPatterns, in: lowerText) != nil
        hasNoOffice = Self.first(Lexicon.noOfficePatterns, in: lowerText) != nil
        speaksOfStaffMoreThanClerk = ["officers", "employees", "staff"].map { Self.occurrences(of: $0, in: lowerText) }.reduce(0, +)
            >= Self.occurrences(of: "clerk", in: lowerText)
        // Party or political groups, not a village Facebook group or a working group.
        mentionsGroups = Self.first(Lexicon.partyGroupPatterns, in: clauses) != nil
        saysThereAreNoGroups = Self.first(Lexicon.noPartyGroupsPatterns, in: clauses) != nil
        hasPrincipalStructure = Lexicon.principalCouncilStructures.contains { text.lowercased().contains($0) }
            || Lexicon.principalCouncilNames.contains { name.contains($0) }
        hasLocalName = Lexicon.localCouncilNames.contains { name.contains($0) }
        if name.contains("Authority"), !name.contains("Council") {
            authorityKind = name.contains("Fire") ? .fireAndRescue : name.contains("National Park") || name.contains("Broads") ? .nationalPark : .other
        }
    }

    /// The first match of the first pattern that matches.
    static func first(_ patterns: [String], in text: String) -> String? {
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern),
                  let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range, in: text) else { continue }
            return String(text[range])
        }
        return nil
    }

    /// Whole-word occurrences, so "Chair" is not counted inside "Chairman" or "Vice-Chair".
    static func occurrences(of title: String, in text: String) -> Int {
        var count = 0
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: title, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let boundaryBefore = before.map { !$0.isLetter && $0 != "-" } ?? true
            let boundaryAfter = after.map { !$0.isLetter } ?? true
            if boundaryBefore && boundaryAfter { count += 1 }
            searchRange = found.upperBound..<text.endIndex
        }
        return count
    }
}

/// The kinds of authority whose places and work differ.
public enum AuthorityKind: Sendable {
    case fireAndRescue, nationalPark, other
}
