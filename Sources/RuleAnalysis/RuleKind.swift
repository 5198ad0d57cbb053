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

    /// The same rule turned round by a negating subject ("No member will …", "Neither party should …") or by
    /// "avoid" ("should avoid X" forbids X); nil where it has no opposite of that kind.
    var negated: RuleKind? {
        switch self {
        case .must: return .mustNot
        case .should: return .shouldNot
        case .may: return .mayNot
        default: return nil
        }
    }
}

/// Why a sentence states no rule, for reports and for the tests that pin readings down.
public enum NotARule: String, Sendable, Codable, CaseIterable {
    /// Says how things are: how the council is organised ("Members sit on committees", "The Council will appoint a
    /// Clerk"), what the protocol is ("This protocol should be read with the Code of Conduct").
    case description
    /// Commends without requiring: "Members are encouraged to …", "it is good practice to …", "should feel free to".
    case encouragement
    /// What might happen or be so: "this may lead to …", "the meeting may be held …", "officers may not be able to …".
    case possibility
    /// A right or a duty of the public ("Members of the public may …", "Residents are entitled to …"), which no
    /// councillor or officer holds.
    case thePublic = "the-public"
}
