import Foundation

/// How a council's text names its people: "Town Clerk" or "Parish Clerk" or "Proper Officer"; "Members" or "Councillors".
public struct CouncilVocabulary: Sendable, Equatable {
    /// The clerk's title as the text names it, e.g. "Town Clerk".
    public var clerk: String
    /// "the Town Council", "the Parish Council" or "the council".
    public var councilKind: String

    public init(clerk: String, councilKind: String) {
        self.clerk = clerk
        self.councilKind = councilKind
    }

    /// Reads the titles off the protocol's clauses.
    public init(_ document: CouncilProtocol) {
        let text = document.clauses.map { ([$0.text] + $0.items.map(\.text)).joined(separator: " ") }.joined(separator: " ")
        let specific = ["Town Clerk", "Parish Clerk", "City Clerk", "Clerk to the Council", "Chief Executive", "Proper Officer"]
        let counts = specific.map { title in (title, text.components(separatedBy: title).count - 1) }
        if let best = counts.filter({ $0.1 > 0 }).max(by: { $0.1 < $1.1 }) {
            clerk = best.0
        } else {
            clerk = "Clerk"
        }
        let name = document.council ?? ""
        if name.contains("Town Council") { councilKind = "the town council" }
        else if name.contains("Parish Council") { councilKind = "the parish council" }
        else if name.contains("District Council") { councilKind = "the district council" }
        else { councilKind = "the council" }
    }
}
