/// What kind of rule a sentence states.
public enum RuleKind: String, Sendable, Codable, CaseIterable {
    case must
    case mustNot = "must-not"
    case should
    case shouldNot = "should-not"
    case may
    case mayNot = "may-not"
    case canExpect = "can-expect"
    case hasRight = "has-right"
    case isResponsible = "is-responsible"
    case concernGoesTo = "concern-goes-to"
    /// Describes without requiring anything.
    case statement

    /// True for rules that forbid something.
    public var forbids: Bool { self == .mustNot || self == .shouldNot || self == .mayNot }
    /// True for rules that permit or entitle.
    public var permits: Bool { self == .may || self == .hasRight || self == .canExpect }

    /// Modal phrases, longest first so "must not" wins over "must".
    static let phrases: [(words: [String], kind: RuleKind)] = {
        let table: [(String, RuleKind)] = [
            ("should be brought to the attention of", .concernGoesTo), ("should be raised with", .concernGoesTo),
            ("should raise their concern with", .concernGoesTo), ("should raise with", .concernGoesTo),
            ("should seek guidance of", .concernGoesTo), ("should seek guidance from", .concernGoesTo),
            ("will be determined by", .concernGoesTo), ("should be referred to", .concernGoesTo),
            ("are not authorised to", .mayNot), ("is not authorised to", .mayNot), ("are not permitted to", .mayNot),
            ("is not permitted to", .mayNot), ("have no power to", .mayNot), ("has no power to", .mayNot), ("has no legal power to", .mayNot), ("have no legal power to", .mayNot),
            ("has no authority to", .mayNot), ("have no authority to", .mayNot), ("is not entitled to", .mayNot),
            ("are not entitled to", .mayNot), ("has no right to", .mayNot), ("have no right to", .mayNot),
            ("is not acceptable", .mustNot), ("will not be tolerated", .mustNot),
            ("must not", .mustNot), ("must never", .mustNot), ("shall not", .mustNot), ("will not", .mustNot),
            ("will never", .mustNot), ("should not", .shouldNot), ("should never", .shouldNot), ("may not", .mayNot),
            ("cannot", .mayNot), ("can not", .mayNot), ("prohibits", .mustNot),
            ("can expect", .canExpect), ("have the right", .hasRight), ("has the right", .hasRight),
            ("have a right", .hasRight), ("has a right", .hasRight), ("is entitled to", .hasRight), ("are entitled to", .hasRight),
            ("can legitimately", .hasRight),
            ("is the responsibility of", .isResponsible), ("is responsible for", .isResponsible),
            ("are responsible for", .isResponsible), ("responsibility of the", .isResponsible),
            ("are required to", .must), ("is required to", .must), ("are expected to", .must), ("is expected to", .must),
            ("have a duty", .must), ("has a duty", .must), ("need to", .must), ("needs to", .must),
            ("must", .must), ("shall", .must), ("should", .should), ("will", .must), ("may", .may),
            ("is encouraged", .should), ("are encouraged", .should),
        ]
        return table.map { (phrase, kind) in (phrase.split(separator: " ").map(String.init), kind) }
    }()
}
