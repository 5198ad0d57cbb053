import Foundation
import Testing
@testable import ProtocolTrainerKit

/// The generator on protocols written for these tests in other councils' words and layouts (not the seeds, and not
/// the model text the catalogue knows best), held to the seeds' quality bar.
struct UnseenProtocolTests {
    static func path(_ name: String) -> String {
        Seeds.repositoryRoot.appendingPathComponent("Tests/ProtocolTrainerKitTests/Golden/unseen/\(name).txt").path
    }

    private func bank(_ name: String) throws -> (bank: QuestionBank, document: CouncilProtocol, sha: String) {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.path(name)))
        let document = try ProtocolReader().read(data: data, source: Self.path(name))
        let sha = ProtocolFingerprint.sha256(of: data)
        return (QuestionGenerator(seed: 0).generate(document, protocolSHA256: sha).bank, document, sha)
    }

    /// Little Harbour: plain numbered clauses in other words. Oakford: a title block in capitals, a dotted contents list,
    /// a page header, "can expect" lists. Brookside: no numbers at all, one sentence a line, bullets, a clerk-only council.
    @Test(arguments: ["little-harbour", "oakford", "brookside"])
    func anUnseenProtocolGetsASoundBankOfAcceptedKinds(name: String) throws {
        let (bank, document, sha) = try bank(name)
        #expect(BankCheck(bank: bank, document: document, protocolSHA256: sha).problems.isEmpty)
        // Only accepted kinds of question, as on the seeds (BankQualityTests).
        #expect(!bank.questions.isEmpty)
        #expect(bank.questions.allSatisfy(BankQualityTests.isOfAnAcceptedKind), "\(bank.questions.filter { !BankQualityTests.isOfAnAcceptedKind($0) }.map(\.origin))")
    }

    @Test func whoDoesWhatIsAskedWithTheProtocolsOwnAnswers() throws {
        // Little Harbour's routes and responsibilities, and Oakford's "only the Mayor or the Clerk may speak to the press".
        let who = try bank("little-harbour").bank.questions.filter { $0.type == .who }
        let answers = Set(who.compactMap { question in question.options.first { $0.correct }?.text })
        #expect(answers.isSuperset(of: [
            "The Chairman of the Personnel Committee.", "The Clerk.", "Councillors.",
        ]), "\(who.map(\.stem))")
        let oakford = try bank("oakford")
        #expect(oakford.document.council == "Oakford Town Council")
        let press = try #require(oakford.bank.questions.first { $0.origin == "only-who" })
        #expect(press.stem == "Under the protocol, who may speak to the press on behalf of the Town Council?")
        #expect(press.options.filter(\.correct).map(\.text) == ["Only the Town Mayor or the Town Clerk."])
        // Brookside's complaint about the clerk goes to the Chairman, and the scenario is about the clerk.
        let brookside = try #require(try bank("brookside").bank.questions.first { $0.origin.hasPrefix("route:") })
        #expect(brookside.stem.contains("the council's Parish Clerk"))
        #expect(brookside.options.filter(\.correct).map(\.text) == ["The Chairman."])
        #expect(!brookside.options.contains { !$0.correct && $0.text.contains("Chair") })
    }
}
