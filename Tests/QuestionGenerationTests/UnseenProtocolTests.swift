import Foundation
import Testing
@testable import BankKeeping
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import TestSupport
@testable import TrainerModel

/// The generator on protocols written for these tests in other councils' words and layouts (not the seeds, and not
/// the model text the catalogue knows best), held to the seeds' quality bar.
struct UnseenProtocolTests {
    static func path(_ name: String) -> String {
        Seeds.repositoryRoot.appendingPathComponent("Tests/QuestionGenerationTests/Golden/unseen/\(name).txt").path
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
        // Little Harbour's routes. ("Who is responsible for …?" and "Who may …?" with no situation were recitals to
        // blind readers, 0 of 2 accepted, so they are no longer asked.)
        let who = try bank("little-harbour").bank.questions.filter { $0.type == .who }
        let answers = Set(who.compactMap { question in question.options.first { $0.correct }?.text })
        #expect(answers.contains("The Chairman of the Personnel Committee."), "\(who.map(\.stem))")
        // Its concern about an officer goes to the Clerk, and every other role it names is a route of its own, so only
        // ordinary wrong turns would be left beside "The Clerk.": readers picked that key by its form.
        #expect(!answers.contains("The Clerk."), "\(who.map(\.stem))")
        #expect(who.allSatisfy { $0.origin.hasPrefix("route:") || $0.origin.hasPrefix("catalogue:") }, "\(who.map(\.origin))")
        // Brookside's complaint about the clerk goes to the Chairman, and the scenario is about the clerk.
        let brookside = try #require(try bank("brookside").bank.questions.first { $0.origin.hasPrefix("route:") })
        #expect(brookside.stem.contains("the council's Parish Clerk"))
        #expect(brookside.options.filter(\.correct).map(\.text) == ["The Chairman."])
        #expect(!brookside.options.contains { !$0.correct && $0.text.contains("Chair") })
    }
}
