import Foundation
import Testing
@testable import BankKeeping
@testable import TrainerModel

/// `bank check` flags the shapes blind readers rejected, by the question's words, in any bank: the rejected questions of
/// the seed review (`../shared/review/turn2-seeds/`) and questions written here in other words. The questions readers
/// accepted pass.
struct RejectedShapesTests {
    /// Each shape's rule, and the generator forms of the review that had that shape.
    static let shapes: [(rule: String, forms: [String])] = [
        ("asks-for-the-wording", ["rule:true-or-false", "rule:which-is-right", "rule:recall-"]),
        ("judges-a-quoted-rule", ["rule:true-or-false"]),
        ("near-copy-options", ["rule:which-is-right", "rule:recall-"]),
        ("clause-as-action", ["rule:yes-no-", "rule:whether-"]),
        ("stock-setting", ["rule:yes-no-", "rule:whether-"]),
    ]

    /// The questions readers rated acceptable (median 4 or 5), from the catalogue and a list.
    static let accepted = ["Q2", "Q12", "Q14", "Q20", "Q25", "Q11"]

    private static func findings(_ rule: String, _ rated: ReviewSeeds.Rated) -> [String] {
        LintRules.all.first { $0.id == rule }?.findings(in: rated.question, document: rated.document) ?? ["no rule \(rule)"]
    }

    @Test(.enabled(if: ReviewSeeds.available, "../shared/review is not here"), arguments: shapes.map(\.rule))
    func eachRejectedQuestionOfTheShapeIsFlagged(rule: String) throws {
        let forms = try #require(Self.shapes.first { $0.rule == rule }).forms
        let rated = try ReviewSeeds.all().filter { rated in forms.contains(where: rated.origin.hasPrefix) }
        #expect(!rated.isEmpty)
        for question in rated {
            #expect(!Self.findings(rule, question).isEmpty, "\(rule) missed \(question.number): \(question.question.stem)")
        }
    }

    @Test(.enabled(if: ReviewSeeds.available, "../shared/review is not here"))
    func everyRejectedGeneralFormIsFlaggedByBankCheck() throws {
        let all = try ReviewSeeds.all()
        #expect(all.count == 25)
        for rated in all where rated.origin.hasPrefix("rule:") {
            let bank = QuestionBank(council: nil, source: ProtocolSourceInfo(title: nil, sha256: "x"), generator: GeneratorInfo(seed: 0), questions: [rated.question])
            let check = BankCheck(bank: bank, document: rated.document, protocolSHA256: "x")
            #expect(check.problems.contains { problem in Self.shapes.contains { problem.message.hasSuffix("[\($0.rule)]") } },
                    "\(rated.number) (\(rated.origin)) is not flagged")
        }
    }

    @Test(.enabled(if: ReviewSeeds.available, "../shared/review is not here"))
    func theAcceptedQuestionsAreNotFlagged() throws {
        let all = try ReviewSeeds.all()
        let accepted = all.filter { Self.accepted.contains($0.number) }
        #expect(accepted.count == Self.accepted.count)
        for rated in accepted {
            for shape in Self.shapes {
                #expect(Self.findings(shape.rule, rated).isEmpty, "\(shape.rule) flagged \(rated.number): \(Self.findings(shape.rule, rated))")
            }
        }
    }
}
