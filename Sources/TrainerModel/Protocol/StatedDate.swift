/// A date the protocol states about itself, e.g. "Approved by Council 04 December 2012".
public struct StatedDate: Sendable, Equatable {
    /// What happened on the date.
    public enum Kind: String, Sendable, CaseIterable {
        case approved, reviewed, published
    }

    public var kind: Kind
    /// The date as printed ("04 December 2012", "09.08.16", "April 2022").
    public var text: String
    /// The same date as ISO 8601 ("2012-12-04", or "2022-04" when no day is given), when it can be read.
    public var iso: String?
    /// The source line the date is on (1-based).
    public var line: Int

    public init(kind: Kind, text: String, iso: String?, line: Int) {
        self.kind = kind
        self.text = text
        self.iso = iso
        self.line = line
    }
}
