/// One clause of a protocol: a numbered paragraph, or an unnumbered one under a heading.
public struct Clause: Sendable, Equatable {
    /// Unique in the document and used for citations: the printed number where that is unique.
    public var id: String
    /// The printed number without a trailing dot ("2.2.3", "7.13", "9"), or nil for an unnumbered paragraph.
    public var number: String?
    /// The heading the clause sits under (its own title where it has one).
    public var heading: String?
    /// The clause's words as one paragraph, hard line-wraps joined.
    public var text: String
    /// The clause's list, in order.
    public var items: [ClauseItem]
    /// The line of the source text the clause starts on (1-based).
    public var line: Int

    public init(id: String, number: String?, heading: String?, text: String, items: [ClauseItem], line: Int) {
        self.id = id
        self.number = number
        self.heading = heading
        self.text = text
        self.items = items
        self.line = line
    }
}

/// One entry of a clause's list: a lettered, numbered or bulleted item.
public struct ClauseItem: Sendable, Equatable {
    /// The printed label without its punctuation ("a", "ii", "1.1"), or nil for a bullet.
    public var label: String?
    /// The item's words, hard line-wraps joined.
    public var text: String
    /// The line of the source text the item starts on (1-based).
    public var line: Int

    public init(label: String?, text: String, line: Int) {
        self.label = label
        self.text = text
        self.line = line
    }
}
