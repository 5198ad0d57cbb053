import Foundation
import Testing
@testable import BankKeeping
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import TestSupport

/// Determinism, stable ids and plain warnings.
struct GeneratorBehaviourTests {
    @Test func sameInputAndSeedGiveTheSameBytes() throws {
        let first = try Banks.generated("iminster", seed: 7).jsonData()
        let second = try Banks.generated("iminster", seed: 7).jsonData()
        #expect(first == second)
    }

    @Test func theSeedVariesTheCastButNotTheIDs() throws {
        let zero = try Banks.generated("northampton", seed: 0)
        let one = try Banks.generated("northampton", seed: 1)
        #expect(zero.questions.map(\.id) == one.questions.map(\.id))
        #expect(zero.questions.map(\.stem) != one.questions.map(\.stem))
    }

    /// The seed may change names, places and order, never which questions there are: a question, and the clerk's review
    /// of it, must not come and go with `--seed`.
    @Test(arguments: Seeds.councils)
    func theSeedNeverChangesWhichQuestionsThereAre(council: String) throws {
        let zero = Set(try Banks.generated(council, seed: 0).questions.map { "\($0.id) \($0.origin)" })
        #expect(!zero.isEmpty)
        for seed: UInt64 in [1, 2, 99] {
            #expect(Set(try Banks.generated(council, seed: seed).questions.map { "\($0.id) \($0.origin)" }) == zero, "seed \(seed)")
        }
    }

    @Test func idsSurviveChangesToOtherClauses() throws {
        let original = try Seeds.text("wimborne-minster")
        let edited = original.replacingOccurrences(of: "Members will endeavour to give timely responses to enquiries from officers.",
                                                   with: "Members will always reply to officers within five working days.")
        #expect(edited != original)
        let before = QuestionGenerator().generate(ProtocolReader().read(text: original), protocolSHA256: "a").bank
        let after = QuestionGenerator().generate(ProtocolReader().read(text: edited), protocolSHA256: "b").bank
        let untouched = before.questions.filter { $0.citations.allSatisfy { $0.clause != "5.8" } }
        let afterIDs = Set(after.questions.map(\.id))
        #expect(untouched.allSatisfy { afterIDs.contains($0.id) })
        #expect(before.questions.filter { $0.citations.contains { $0.clause == "5.8" } }.allSatisfy { !afterIDs.contains($0.id) })
    }

    @Test func aProtocolWithNoRulesGivesAnEmptyBankAndAWarning() {
        let document = ProtocolReader().read(text: "Introduction\n\nThis document describes the history of the council.\n\n1. The council was founded in 1894.\n")
        let result = QuestionGenerator().generate(document, protocolSHA256: "x")
        #expect(result.bank.questions.isEmpty)
        #expect(result.warnings.first?.contains("No rules were found") == true)
    }

    @Test func regeneratingKeepsTheClerksReview() throws {
        var old = try Banks.generated("rayleigh")
        old.questions[0].status = .approved
        old.questions[1].status = .retired
        var fresh = try Banks.generated("rayleigh")
        BankStore.carryOverStatuses(from: old, into: &fresh)
        #expect(fresh.questions[0].status == .approved)
        #expect(fresh.questions[1].status == .retired)
        #expect(fresh.questions[2].status == .draft)
    }
}
