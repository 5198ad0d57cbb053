import QuestionGeneration
import RuleAnalysis
import TrainerModel

/// Which of a protocol's rule-stating clauses and list items a bank asks about.
public struct RuleCoverage: Sendable {
    /// A clause, or one item of a clause's list, that states a rule.
    public struct Unit: Sendable, Equatable {
        public var clauseID: String
        /// nil for the clause's own text.
        public var itemIndex: Int?
        public var text: String

        /// For a clause or item with no question: why, said so that the clerk knows what to write.
        public var whyUncovered: String?

        /// "4.1" or "4.1 item 3".
        public var name: String { clauseID + (itemIndex.map { " item \($0 + 1)" } ?? "") }
    }

    public let units: [Unit]
    public let uncovered: [Unit]
    /// Clauses that state a rule in their text or in any item.
    public let ruleClauses: [String]

    public init(bank: QuestionBank, document: CouncilProtocol) {
        let context = GenerationContext(document: document, seed: bank.generator.seed)
        // Every rule, including any too long to ask about: the clerk should hear of those too.
        let statements = ClauseAnalyser.analyse(document).filter(\.statesRule)
        var units: [Unit] = []
        for statement in statements {
            let unit = Unit(clauseID: statement.clauseID, itemIndex: statement.itemIndex, text: statement.quote)
            // A clause counts once, however many of its sentences state rules.
            if statement.itemIndex == nil, units.contains(where: { $0.clauseID == unit.clauseID && $0.itemIndex == nil }) { continue }
            units.append(unit)
        }
        let live = bank.questions.filter { $0.status != .retired }
        let citations = live.flatMap(\.citations)
        func isCovered(_ unit: Unit) -> Bool {
            if unit.itemIndex == nil { return citations.contains { $0.clause == unit.clauseID } }
            return citations.contains { $0.clause == unit.clauseID && $0.quote == unit.text }
        }
        for index in units.indices where !isCovered(units[index]) {
            let unit = units[index]
            // A clause's reason looks at all its rule-stating sentences; an item's at the item.
            let own = statements.filter { $0.clauseID == unit.clauseID && (unit.itemIndex == nil ? $0.itemIndex == nil : $0.quote == unit.text && $0.itemIndex != nil) }
            units[index].whyUncovered = CoverageGap.reason(for: own, bank: bank, context: context)
        }
        self.units = units
        uncovered = units.filter { $0.whyUncovered != nil }
        var seen: Set<String> = []
        ruleClauses = units.map(\.clauseID).filter { seen.insert($0).inserted }
    }

    /// Share of rule-stating clauses and items with at least one question citing them.
    public var coveredShare: Double {
        units.isEmpty ? 1 : Double(units.count - uncovered.count) / Double(units.count)
    }
}
