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
            case .grounds: return ["grass", "verge", "play area", "play equipment", "bench", "repair", "toilets", "caretaker", "bins", "fence", "noticeboard", "maintenance"]
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

    /// Whether someone with `title` could be doing `work`: any title fits a scenario that names no kind of work.
    static func fits(_ title: String, _ work: Set<Work>) -> Bool {
        guard !work.isEmpty, let does = self.work[title] else { return true }
        return !does.isDisjoint(with: work)
    }
}
