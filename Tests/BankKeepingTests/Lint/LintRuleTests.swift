import Testing
@testable import BankKeeping
@testable import ProtocolReading
@testable import TrainerModel

/// Each lint rule flags its faulty example and passes its clean one.
struct LintRuleTests {
    static let document = ProtocolReader().read(text: "2.3 A Councillor acting as an individual cannot give instructions to a Council employee\n")

    @Test(arguments: LintRules.all.map(\.id))
    func ruleFlagsItsFaultyExampleOnly(id: String) throws {
        let rule = try #require(LintRules.all.first { $0.id == id })
        #expect(!rule.findings(in: rule.faulty, document: Self.document).isEmpty, "\(id) missed its faulty example")
        #expect(rule.findings(in: rule.clean, document: Self.document).isEmpty, "\(id) flagged its clean example")
    }

    @Test func theCleanSampleIsCleanUnderEveryRule() {
        let bank = QuestionBank(council: nil, source: ProtocolSourceInfo(title: nil, sha256: ""), generator: GeneratorInfo(seed: 0),
                                questions: [LintRules.sample()])
        #expect(BankLint.findings(in: bank, document: Self.document).isEmpty)
    }
}
