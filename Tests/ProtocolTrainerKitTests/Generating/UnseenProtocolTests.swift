import Foundation
import Testing
@testable import ProtocolTrainerKit

/// The generator on a protocol written for these tests in another council's words (not one of the seeds, and not the
/// model text the catalogue knows best), held to the seeds' quality bar.
struct UnseenProtocolTests {
    static let path = Seeds.repositoryRoot.appendingPathComponent("Tests/ProtocolTrainerKitTests/Golden/unseen/little-harbour.txt").path

    @Test func anUnseenProtocolGetsASoundBankThatCoversItsRules() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.path))
        let document = try ProtocolReader().read(data: data, source: Self.path)
        let sha = ProtocolFingerprint.sha256(of: data)
        let bank = QuestionGenerator(seed: 0).generate(document, protocolSHA256: sha).bank
        #expect(BankCheck(bank: bank, document: document, protocolSHA256: sha).problems.isEmpty)
        let coverage = RuleCoverage(bank: bank, document: document)
        #expect(coverage.coveredShare >= 0.9, "uncovered: \(coverage.uncovered.map(\.name))")
        let scenarios = bank.questions.filter { $0.kind == .scenario }.count
        #expect(Double(scenarios) >= 0.6 * Double(bank.questions.count))
        #expect(bank.questions.contains { $0.roles.contains(.councillor) } && bank.questions.contains { $0.roles.contains(.officer) })
        // Its routes and responsibilities are asked as "who" questions, with the protocol's own answers.
        let who = bank.questions.filter { $0.type == .who }
        let answers = Set(who.compactMap { question in question.options.first { $0.correct }?.text })
        #expect(answers.isSuperset(of: [
            "The Chairman of the Personnel Committee.", "The Clerk.", "Councillors.",
        ]), "\(who.map(\.stem))")
    }
}
