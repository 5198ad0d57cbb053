import Testing
@testable import BankKeeping
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import TestSupport

/// `bank stats` names every rule-stating clause with no question, and says why, so the clerk knows what to write.
struct CoverageGapTests {
    @Test func everyClauseWithNoQuestionIsListedWithItsReason() throws {
        let bank = try Banks.committed("wimborne-minster")
        let coverage = RuleCoverage(bank: bank, document: try Seeds.read("wimborne-minster"))
        #expect(!coverage.uncovered.isEmpty)
        #expect(coverage.uncovered.allSatisfy { !($0.whyUncovered ?? "").isEmpty })
        let stats = BankStats(bank: bank, document: try Seeds.read("wimborne-minster")).render()
        for unit in coverage.uncovered {
            #expect(stats.contains("  \(unit.name): ") && stats.contains("why: \(unit.whyUncovered ?? "-")"), "\(unit.name)")
        }
    }

    /// Our own protocol that states one provision twice: the fuller clause is asked, the other says where.
    @Test func aProvisionAskedUnderAnotherClauseSaysWhich() {
        let text = """
        Example Town Council

        1. Correspondence between an individual councillor and an officer should not be copied to another councillor without the writer's consent, and there should be no blind copies.
        2. Officers should not send blind copies of letters to other councillors.
        3. The office is open on weekdays and must be kept locked at night.
        """
        let document = ProtocolReader().read(text: text)
        let bank = QuestionGenerator().generate(document, protocolSHA256: "x").bank
        let why = Dictionary(RuleCoverage(bank: bank, document: document).uncovered.map { ($0.name, $0.whyUncovered ?? "") },
                             uniquingKeysWith: { first, _ in first })
        #expect(bank.questions.contains { $0.citations.contains { $0.clause == "1" } })
        #expect(why["2"]?.contains("asked under clause 1") == true, "\(why)")
        #expect(why["3"]?.contains("cannot be told as a situation") == true, "\(why)")
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
