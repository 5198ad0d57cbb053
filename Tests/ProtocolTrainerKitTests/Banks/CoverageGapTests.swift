import Testing
@testable import ProtocolTrainerKit

/// `bank stats` names every rule-stating clause with no question, and says why, so the clerk knows what to write.
struct CoverageGapTests {
    @Test func everyClauseWithNoQuestionIsListedWithItsReason() throws {
        let bank = try Banks.committed("wimborne-minster")
        let coverage = RuleCoverage(bank: bank, document: try Seeds.read("wimborne-minster"))
        let why = Dictionary(coverage.uncovered.map { ($0.name, $0.whyUncovered ?? "") }, uniquingKeysWith: { first, _ in first })
        // A provision the catalogue asks under another clause that states it more fully.
        #expect(why["13.4"]?.contains("asked under clause 13.2") == true, "\(why["13.4"] ?? "covered")")
        // A rule of a thing, not of a person.
        #expect(why["12.1"]?.contains("cannot be told as a situation") == true, "\(why["12.1"] ?? "covered")")
        // A rule no provision knows.
        #expect(why["9.12"]?.hasPrefix("no provision in the catalogue matched") == true, "\(why["9.12"] ?? "covered")")
        let stats = BankStats(bank: bank, document: try Seeds.read("wimborne-minster")).render()
        for unit in coverage.uncovered {
            #expect(stats.contains("  \(unit.name): ") && stats.contains("why: \(unit.whyUncovered ?? "-")"), "\(unit.name)")
        }
    }

    @Test func aClauseWhoseQuestionsAreRetiredSaysSo() throws {
        var bank = try Banks.committed("rayleigh")
        let document = try Seeds.read("rayleigh")
        let question = try #require(bank.questions.first { $0.citations.count == 1 && $0.citations[0].clause != "" })
        let clause = question.citations[0].clause
        for index in bank.questions.indices where bank.questions[index].citations.contains(where: { $0.clause == clause }) {
            bank.questions[index].status = .retired
        }
        let coverage = RuleCoverage(bank: bank, document: document)
        let unit = try #require(coverage.uncovered.first { $0.clauseID == clause && $0.itemIndex == nil })
        #expect(unit.whyUncovered?.contains("retired") == true, "\(unit.whyUncovered ?? "")")
    }

    @Test func aProtocolTheCatalogueDoesNotKnowIsListedForTheClerk() {
        let document = ProtocolReader().read(text: "1. Councillors must not shout at the verger.\n2. The vestry is locked at dusk.\n3. It must be kept tidy.\n")
        let bank = QuestionGenerator().generate(document, protocolSHA256: "x").bank
        let coverage = RuleCoverage(bank: bank, document: document)
        #expect(bank.questions.isEmpty)
        #expect(coverage.uncovered.map(\.name) == ["1", "3"])
        #expect(coverage.uncovered.first?.whyUncovered == "no provision in the catalogue matched: write a situation in which a councillor is tempted to do what it forbids, with the wrong answers people really give.")
        #expect(coverage.uncovered.last?.whyUncovered?.contains("cannot be told as a situation") == true, "\(coverage.uncovered.last?.whyUncovered ?? "")")
    }
}
