/// What each staff job title plausibly does, so that a scenario's officer has a job that fits its task: readers
/// noticed a Finance Officer cutting the grass and a Performance Officer keeping the allotment list.
enum StaffDuties {
    /// Kinds of work a scenario may give its officer, each recognised by words of the scenario.
    enum Work: CaseIterable {
        case bookings, money, grounds, events, reports, publicEnquiries, allotments

        var cues: [String] {
            switch self {
            case .bookings: return ["booking", "hire", "hirer", "lettings", "let the hall"]
            case .money: return ["budget", "invoice", "accounts", "precept", "payment", "figures", "costings", "quotes", "reserves"]
            case .grounds: return ["grass", "verge", "play area", "play equipment", "bench", "repair", "toilets", "caretaker", "bins", "fence", "noticeboard", "maintenance", "footpath", "relaid", "resurfac"]
            case .events: return ["fete", "festival", "event", "fun day", "christmas lights", "newsletter", "volunteer", "litter pick"]
            case .reports: return ["report", "recommend", "consultation", "briefing", "options", "research", "draft", "sites", "site for", "plans for"]
            case .publicEnquiries: return ["counter", "phone call", "rang the office", "enquiry", "enquiries", "front desk"]
            case .allotments: return ["allotment"]
            }
        }
    }

    /// The work each title does; a title missing here (an Administration Officer, a Deputy Clerk) may do any.
    static let work: [String: Set<Work>] = [
        "Finance Officer": [.money],
        "Bookings Officer": [.bookings, .publicEnquiries],
        "Facilities Officer": [.grounds, .bookings],
        "Community Officer": [.events, .publicEnquiries, .allotments],
        "Projects Officer": [.reports, .grounds, .events],
        "Project Officer": [.reports, .grounds, .events],
        "Projects Manager": [.reports, .grounds, .money],
        "Policy Officer": [.reports],
        "Research Officer": [.reports],
        "Performance Officer": [.reports, .money],
        "Customer Services Officer": [.publicEnquiries, .bookings, .allotments],
        "Administrative Assistant": [.bookings, .publicEnquiries, .allotments, .events],
    ]

    /// The kinds of work a scenario's words give its officer.
    static func work(in text: String) -> Set<Work> {
        let lower = text.lowercased()
        return Set(Work.allCases.filter { work in work.cues.contains { lower.contains($0) } })
    }

    /// The work a title the table does not hold does, by its words: a council's own "Grounds Supervisor" or "Markets
    /// Officer". Empty for an office title that may do any work ("Deputy Town Clerk", "Office Administrator").
    static let workByWord: [(word: String, work: Set<Work>)] = [
        ("grounds", [.grounds]), ("maintenance", [.grounds]), ("caretaker", [.bookings]), ("warden", [.grounds]),
        ("facilities", [.grounds, .bookings]), ("operative", [.grounds]), ("estates", [.grounds]),
        ("amenities", [.grounds, .bookings]), ("parks", [.grounds]), ("open spaces", [.grounds]), ("cemetery", [.grounds]),
        ("outdoor", [.grounds]), ("groundsman", [.grounds]), ("supervisor", [.grounds]), ("lengthsman", [.grounds]),
        ("foreman", [.grounds]), ("ranger", [.grounds]), ("handy", [.grounds]), ("gardener", [.grounds]), ("cleaner", [.grounds]),
        ("finance", [.money]), ("accounts", [.money]), ("financial", [.money]),
        ("events", [.events]), ("communications", [.events, .publicEnquiries]), ("markets", [.events, .bookings]),
        ("marketing", [.events]), ("bookings", [.bookings, .publicEnquiries]), ("centre", [.bookings, .events, .publicEnquiries]),
        ("hall", [.bookings, .events]), ("allotment", [.allotments]), ("policy", [.reports]), ("project", [.reports, .events]),
        ("customer", [.publicEnquiries, .bookings]), ("reception", [.publicEnquiries, .bookings]), ("community", [.events, .publicEnquiries]),
    ]

    /// What someone with `title` does: the table's entry, or else what the title's words say.
    static func duties(of title: String) -> Set<Work>? {
        if let does = work[title] { return does }
        let lower = title.lowercased()
        let byWord = workByWord.filter { lower.contains($0.word) }.reduce(into: Set<Work>()) { $0.formUnion($1.work) }
        return byWord.isEmpty ? nil : byWord
    }

    /// Whether `title` is an outdoor or manual post, not an office one: a caretaker, a lengthsman, a groundsman.
    static func isManual(_ title: String) -> Bool {
        let lower = title.lowercased()
        return ["caretaker", "lengths", "grounds", "handy", "cleaner", "gardener", "warden", "litter", "operative", "ranger"]
            .contains { lower.contains($0) }
    }

    /// Whether `title` is an office job that may do any work.
    static func isGeneral(_ title: String) -> Bool { duties(of: title) == nil }

    /// Whether `title` is an office post (an Administrative Assistant, an Office Manager) that may do a scenario's
    /// work when it names none, an email or a phone call, though not every kind it names: a parish whose only post
    /// besides its clerk was an Administrative Assistant had 2 questions.
    static func isOfficeWork(_ title: String) -> Bool {
        if isGeneral(title) { return true }
        let lower = title.lowercased()
        return ["administrat", "clerical", "secretar", "office manager", "office assistant"].contains { lower.contains($0) }
    }

    /// Whether someone with `title` could be doing `work`: any title fits a scenario that names no kind of work.
    static func fits(_ title: String, _ work: Set<Work>) -> Bool {
        guard !work.isEmpty, let does = duties(of: title) else { return true }
        return !does.isDisjoint(with: work)
    }
}
