import TrainerModel

/// One sentence of a clause, or one list item, read as a rule: who it binds, what kind of rule, the action, its conditions.
public struct RuleStatement: Sendable, Equatable {
    /// The clause's citation id.
    public var clauseID: String
    /// The item's position in the clause's list, or nil for the clause's own text.
    public var itemIndex: Int?
    /// The exact words quoted when citing this statement.
    public var quote: String
    /// The clause's heading, for context.
    public var heading: String?
    public var binds: Party
    public var kind: RuleKind
    /// What the rule is about doing, from the modal verb to the end ("give instructions to a Council employee").
    public var action: String
    /// Conditions and exceptions: "other than where properly appointed to a selection panel", "unless required by law".
    public var conditions: [String]
    /// Where a concern or dispute is to be taken ("the Town Clerk"), when the rule says.
    public var route: String?
    public var topic: Topic
    /// Why the statement states no rule; nil when it does.
    public var notARule: NotARule?

    /// True when the statement requires, forbids, permits or routes something.
    public var statesRule: Bool { kind != .statement }

    public init(clauseID: String, itemIndex: Int?, quote: String, heading: String?, binds: Party, kind: RuleKind,
                action: String, conditions: [String], route: String?, topic: Topic, notARule: NotARule? = nil) {
        self.clauseID = clauseID
        self.itemIndex = itemIndex
        self.quote = quote
        self.heading = heading
        self.binds = binds
        self.kind = kind
        self.action = action
        self.conditions = conditions
        self.route = route
        self.topic = topic
        self.notARule = kind == .statement ? (notARule ?? .description) : nil
    }
}
