import Foundation
import TrainerModel

/// Counts of a bank's questions by type, kind, role, topic and status, for `bank stats`.
public struct BankStats: Sendable {
    public let bank: QuestionBank
    public let coverage: RuleCoverage?

    public init(bank: QuestionBank, document: CouncilProtocol?) {
        self.bank = bank
        self.coverage = document.map { RuleCoverage(bank: bank, document: $0) }
    }

    public func render() -> String {
        var out: [String] = []
        let questions = bank.questions
        out.append("\(bank.council ?? "Council not named"): \(questions.count) question\(questions.count == 1 ? "" : "s").")
        func line(_ title: String, _ counts: [(String, Int)]) {
            out.append("\(title): " + counts.filter { $0.1 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        }
        line("By type", QuestionType.allCases.map { type in (type.rawValue, questions.filter { $0.type == type }.count) })
        line("By kind", QuestionKind.allCases.map { kind in (kind.rawValue, questions.filter { $0.kind == kind }.count) })
        line("By role", TraineeRole.allCases.map { role in ("for \(role.rawValue)s", questions.filter { $0.roles.contains(role) }.count) })
        line("By status", QuestionStatus.allCases.map { status in (status.rawValue, questions.filter { $0.status == status }.count) })
        out.append("By topic:")
        for topic in Topic.allCases {
            let count = questions.filter { $0.topic == topic }.count
            if count > 0 { out.append("  \(topic.title): \(count)") }
        }
        if let coverage {
            let percent = (coverage.coveredShare * 1000).rounded() / 10
            out.append("")
            out.append("\(coverage.units.count - coverage.uncovered.count) of \(coverage.units.count) rule-stating clauses and list items have a question (\(percent)%).")
            if coverage.uncovered.isEmpty {
                out.append("Every rule-stating clause and item has a question.")
            } else {
                out.append("Rule-stating clauses and items with no question, and why (write questions for those that matter):")
                for unit in coverage.uncovered {
                    out.append("  \(unit.name): \(unit.text.count > 90 ? String(unit.text.prefix(89)) + "…" : unit.text)")
                    out.append("      why: \(unit.whyUncovered ?? "")")
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
