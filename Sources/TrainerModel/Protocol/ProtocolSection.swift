/// A heading of the protocol and the clauses printed under it.
public struct ProtocolSection: Sendable, Equatable {
    /// The heading's printed number ("3", "2.2"), or nil for an unnumbered heading.
    public var number: String?
    /// The heading's words.
    public var heading: String
    /// 1 for a top-level heading, 2 for a sub-heading, and so on.
    public var level: Int
    /// Ids of the clauses under this heading, in order.
    public var clauseIDs: [String]
    /// The source line of the heading (1-based).
    public var line: Int

    public init(number: String?, heading: String, level: Int, clauseIDs: [String], line: Int) {
        self.number = number
        self.heading = heading
        self.level = level
        self.clauseIDs = clauseIDs
        self.line = line
    }
}
