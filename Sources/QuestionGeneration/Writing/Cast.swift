import RuleAnalysis
/// The fictional people and places of scenarios: varied, realistic, and never real councillors or parties.
struct Person {
    var first: String
    var last: String
    /// "she" or "he".
    var pronoun: String

    var they: String { pronoun }
    var them: String { pronoun == "she" ? "her" : "him" }
    var their: String { pronoun == "she" ? "her" : "his" }
    var theirs: String { pronoun == "she" ? "hers" : "his" }
    var full: String { "\(first) \(last)" }
}

/// The names, jobs and places scenarios draw on; `BankCast` casts one bank's people from them.
enum Cast {
    static let women: [(String, String)] = [
        ("Priya", "Shah"), ("Helen", "Ford"), ("Aisha", "Begum"), ("Joanne", "Whitlock"), ("Siân", "Powell"),
        ("Grace", "Adeyemi"), ("Margaret", "Ellis"), ("Chloe", "Marsh"), ("Nadia", "Kowalska"), ("Ruth", "Osei"),
        ("Fiona", "McLeod"), ("Hannah", "Greaves"), ("Lucy", "Tran"), ("Kerry", "Dawson"), ("Amira", "Haddad"),
        ("Beth", "Llewellyn"), ("Sarah", "Okonjo"), ("Yvonne", "Carter"), ("Mei", "Wong"), ("Rachel", "Finch"),
    ]
    static let men: [(String, String)] = [
        ("Ben", "Okafor"), ("Amir", "Khan"), ("Dan", "Hughes"), ("Mark", "Reynolds"), ("Tom", "Barker"),
        ("Graham", "Pike"), ("Raj", "Patel"), ("Callum", "Reid"), ("Kwame", "Mensah"), ("Peter", "Lawson"),
        ("Oliver", "Nash"), ("Tariq", "Aziz"), ("Steve", "Holloway"), ("Jonathan", "Price"), ("Marek", "Nowak"),
        ("Gareth", "Evans"), ("Luke", "Chambers"), ("Ibrahim", "Sesay"), ("Martin", "Quinn"), ("Alan", "Webb"),
    ]

    /// Staff roles of a town or parish council. Office roles only: a scenario's task is a report, an email, a booking
    /// or a meeting, and readers noticed a Grounds Officer logging residents' emails.
    static let staffRoles = [
        "Assistant Clerk", "Deputy Clerk", "Administration Officer", "Finance Officer", "Office Manager",
        "Projects Officer", "Community Officer", "Facilities Officer", "Administrative Assistant", "Bookings Officer",
    ]

    /// Staff roles of a principal council (one whose head of staff is a Chief Executive or the like): general office
    /// roles that fit any of the scenarios' tasks.
    static let principalStaffRoles = [
        "Policy Officer", "Project Officer", "Performance Officer", "Business Support Officer", "Finance Officer",
        "Community Officer", "Customer Services Officer", "Corporate Support Officer", "Projects Manager", "Research Officer",
    ]

    /// Staff roles of a parish or community council that names no post besides its clerk: the plainest office roles.
    static let parishStaffRoles = ["Administration Officer", "Finance Officer", "Administrative Assistant"]

    /// The staff roles for a council whose head of staff is `clerk`, whose protocol names the staff `posts` among its
    /// titles and the job titles `named`: nobody but the clerk (an empty list) where the protocol says the clerk is the
    /// only employee (readers noticed a Project Officer at such a parish); at a town or parish council that names
    /// posts, only those (readers noticed posts missing from a town's staff list); at a parish that names none, a clerk's
    /// deputy or assistant where the protocol names one, else a few plain roles if it speaks of its staff throughout
    /// (`speaksOfStaff`) and only the clerk if it speaks of the clerk (readers flagged an Administration Officer at three
    /// such parishes); office roles for a principal council.
    ///
    /// A deputy clerk acts for the clerk, so where the protocol names another post for office work the scenes' officer is
    /// one of those:
    /// readers found "ask the Deputy Clerk directly" as right as "ask the Clerk" where requests go to either. A town that
    /// names no post in capitals has only the plain roles its text speaks of (`mentions`, given a lower-case role), or
    /// the plainest office roles: readers met an Office Manager and a Facilities Officer at a town with neither.
    static func staffRoles(clerk: String, posts: Set<String>, named: [String] = [], clerkOnly: Bool = false, local: Bool,
                           parish: Bool = false, speaksOfStaff: Bool = true, mentions: (String) -> Bool = { _ in true }) -> [String] {
        guard local else { return principalStaffRoles }
        if clerkOnly { return [] }
        if !named.isEmpty {
            // Only where another post does general office work: a Communications Officer alone cannot write the reports.
            let others = named.filter { !isDeputyClerk($0) }
            return others.contains(where: StaffDuties.isGeneral) ? others : named
        }
        let clerks = staffRoles.filter { $0.contains("Clerk") && $0 != clerk && posts.contains($0) }
        // A parish that names nobody but its clerk (and perhaps an assistant clerk) has no Administration Officer:
        // readers flagged one at three such parishes, so its office scenes have the clerk.
        if parish { return clerks.isEmpty && speaksOfStaff ? parishStaffRoles : clerks }
        let spoken = staffRoles.filter { !$0.contains("Clerk") && mentions($0.lowercased()) }
        let plain = spoken.isEmpty ? parishStaffRoles : spoken
        let assistants = clerks.filter { !isDeputyClerk($0) }
        return assistants + plain
    }

    /// "Deputy Clerk", "Deputy Town Clerk": the clerk's deputy.
    static func isDeputyClerk(_ post: String) -> Bool {
        post.contains("Deputy") && post.contains("Clerk")
    }

    static let places = [
        "the community centre", "the market square", "the recreation ground", "the allotments", "the library",
        "the council office", "the town hall", "the sports pavilion", "the skate park", "the leisure centre",
        "the youth centre", "the village hall", "the bowls club", "the farmers' market", "the museum",
    ]

    /// A parish's places: it has no town hall or leisure centre of its own.
    static let parishPlaces = places.filter { $0 != "the town hall" && $0 != "the leisure centre" }

    /// A principal council's places: a district, borough or city has no village hall of its own.
    static let principalPlaces = places.filter { $0 != "the village hall" }

    /// An authority's places: it has no parks, halls or markets of a council's kind.
    static func authorityPlaces(_ kind: AuthorityKind?) -> [String] {
        switch kind {
        case .fireAndRescue: ["the headquarters", "the training centre", "the main fire station", "the control room"]
        case .nationalPark: ["the visitor centre", "the headquarters", "the reservoir car park", "the ranger base"]
        default: ["the headquarters", "the main office", "the depot", "the training centre"]
        }
    }

    /// Words of a council's life that an authority of appointed members does not have: wards and elections, grants,
    /// parks, halls, markets and residents' streets.
    static let councilLife = [
        "ward", "grant", "verge", "grass", "allotment", "election", "manifesto", "village", "parish", "town",
        "youth", "bowls", "market", "skate", "play ", "the park", "parks", "leaflet", "newsletter", " hall", "library",
        "museum", "festival", "fete", "christmas", "litter", "bins", "bench", "noticeboard", "toilets", "constituent",
        "surgery", "surgeries", "campaign", "cemetery", "homes", "houses", "housing", "elected", "footpath", " land ",
        "chapel", "bandstand", "kiosk", "railings", "bus ", "café", "parking", "dog ",
    ]
    /// What only a planning authority decides: a fire and rescue authority has no planning applications.
    static let planningLife = ["planning"]

    /// Whether `words` (lower-case) tell of a council's life that an authority of `kind` does not have.
    static func isCouncilLife(_ words: String, at kind: AuthorityKind?) -> Bool {
        councilLife.contains { words.contains($0) } || (kind != .nationalPark && planningLife.contains { words.contains($0) })
    }

    /// Weekdays: councils meet and offices open on them.
    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
}
