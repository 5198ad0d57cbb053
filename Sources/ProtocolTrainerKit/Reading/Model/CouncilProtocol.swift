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
    public var clauses: [Clause]
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
    }

    /// The clauses that carry a printed number.
    public var numberedClauses: [Clause] { clauses.filter { $0.number != nil } }

    /// The clause with this citation id, if any.
    public func clause(id: String) -> Clause? { clauses.first { $0.id == id } }
}
