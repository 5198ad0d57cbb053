/// A council's protocol on member/officer relations, read into numbered clauses.
public struct CouncilProtocol: Sendable, Equatable {
    /// The council's name as the text gives it, or as the clerk supplied it; nil when neither.
    public var council: String?
    /// The document's title, e.g. "Protocol on Member / Officer Relations".
    public var title: String?
    /// Dates the text states: approved, reviewed, published.
    public var dates: [StatedDate]
    /// Headings in document order, each with the ids of the clauses under it.
    public var sections: [ProtocolSection]
    /// Every clause, numbered or not, in document order.
    public var clauses: [Clause] { didSet { positions = Self.positions(of: clauses) } }
    /// Where each citation id's first clause is, so that looking clauses up stays quick on a long protocol.
    private var positions: [String: Int]
    /// What the reader discarded or found doubtful, so nothing is dropped silently.
    public var report: ReadingReport

    public init(council: String?, title: String?, dates: [StatedDate], sections: [ProtocolSection],
                clauses: [Clause], report: ReadingReport) {
        self.council = council
        self.title = title
        self.dates = dates
        self.sections = sections
        self.clauses = clauses
        self.report = report
        positions = Self.positions(of: clauses)
    }

    private static func positions(of clauses: [Clause]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (position, clause) in clauses.enumerated() where positions[clause.id] == nil { positions[clause.id] = position }
        return positions
    }

    /// The clauses that carry a printed number.
    public var numberedClauses: [Clause] { clauses.filter { $0.number != nil } }

    /// The clause with this citation id, if any.
    public func clause(id: String) -> Clause? { positions[id].map { clauses[$0] } }
}
