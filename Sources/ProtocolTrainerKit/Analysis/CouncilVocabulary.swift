import Foundation

/// How a council's text names its people: "Town Clerk" or "Parish Clerk" or "Chief Executive"; its chair; the senior
/// officers it mentions. Questions use only these titles, so a county council's questions never speak of a Clerk.
public struct CouncilVocabulary: Sendable, Equatable {
    /// The head of staff's title as the text names it, e.g. "Town Clerk"; "senior officer" where it names none.
    public var clerk: String
    /// "the Town Council", "the Parish Council" or "the council".
    public var councilKind: String
    /// Title slots the protocol gives a value for ("chair" → "Town Mayor", "monitoringOfficer" → "Monitoring Officer").
    /// A question that needs a title missing here is not asked.
    public var titles: [String: String]

    public init(clerk: String, councilKind: String, titles: [String: String] = [:]) {
        self.clerk = clerk
        self.councilKind = councilKind
        self.titles = titles
        self.titles["clerk"] = clerk
        self.titles["seniorOfficer"] = "a senior officer"
    }

    /// Titles, most specific first, as a protocol may print them; the first that the text uses most is the council's.
    /// Slot, the ways a protocol prints the title, and how a question writes a printed form where it differs.
    static let titleLexicon: [(slot: String, printed: [String], written: [String: String])] = [
        ("clerk", ["Town Clerk", "Parish Clerk", "City Clerk", "Clerk to the Council", "Chief Executive", "Head of Paid Service",
                   "Managing Director", "Proper Officer", "Clerk"], [:]),
        // "the Chair" alone could be a committee's; the council's chair is written in full.
        ("chair", ["Town Mayor", "Mayor", "Chairman", "Chair"], ["Chair": "Chair of the council", "Chairman": "Chairman of the council"]),
        ("monitoringOfficer", ["Monitoring Officer"], [:]),
        ("headOfPaidService", ["Chief Executive", "Head of Paid Service", "Managing Director"], [:]),
        ("director", ["Corporate Director", "Strategic Director", "Director", "Head of Service", "Chief Officer"], [:]),
        ("groupLeader", ["Group Leader", "group leader", "Leader of the group", "leader of the group"],
         ["Group Leader": "group leader", "Leader of the group": "group leader", "leader of the group": "group leader"]),
        ("cabinetMember", ["Cabinet Member", "Executive Member", "Portfolio Holder"], [:]),
    ]

    /// Reads the titles off the protocol's title and clauses.
    public init(_ document: CouncilProtocol) {
        let text = ([document.title ?? ""] + document.clauses.map { ([$0.text] + $0.items.map(\.text)).joined(separator: " ") })
            .joined(separator: " ")
        var titles: [String: String] = [:]
        for entry in Self.titleLexicon {
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
        let name = document.council ?? ""
        let kind: String
        if name.contains("Town Council") { kind = "the town council" }
        else if name.contains("Parish Council") { kind = "the parish council" }
        else if name.contains("District Council") { kind = "the district council" }
        else { kind = "the council" }
        self.init(clerk: titles["clerk"] ?? "senior officer", councilKind: kind, titles: titles)
    }

    /// Whole-word occurrences, so "Chair" is not counted inside "Chairman" or "Vice-Chair" and "Director" not inside
    /// "Corporate Director" when that is counted on its own.
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
