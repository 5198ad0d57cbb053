import BankKeeping
import Foundation
import ProtocolReading
import QuestionGeneration
import RuleAnalysis
import TrainerModel

/// One protocol text taken through every stage the commands use — reading, the outline and check, rule analysis,
/// generation, `bank check` and `bank stats`, the bank's JSON — with what the stages promise one another checked.
struct PipelineRun {
    /// The reader refused the text (a reading error is an answer, not a failure).
    var refused: ProtocolReadingError?
    var document: CouncilProtocol?
    var bank: QuestionBank?
    /// Broken promises, each a sentence; empty when every stage kept them.
    var failures: [String] = []

    init(bytes: [UInt8], seed: UInt64 = 0) {
        let data = Data(bytes)
        let document: CouncilProtocol
        do {
            document = try ProtocolReader().read(data: data, source: "input.txt")
        } catch {
            refused = error
            return
        }
        self.document = document
        check(document, sha256: ProtocolFingerprint.sha256(of: data), seed: seed)
    }

    init(text: String, seed: UInt64 = 0) {
        let document = ProtocolReader().read(text: text)
        self.document = document
        check(document, sha256: ProtocolFingerprint.sha256(of: Data(text.utf8)), seed: seed)
    }

    private mutating func check(_ document: CouncilProtocol, sha256: String, seed: UInt64) {
        let ids = document.clauses.map(\.id)
        if Set(ids).count != ids.count { failures.append("Clause ids repeat.") }
        if (try? document.jsonData()).flatMap({ try? JSONSerialization.jsonObject(with: $0) }) == nil {
            failures.append("The protocol's JSON could not be written or read back.")
        }
        _ = ProtocolOutline.render(document)
        _ = ProtocolCheck(document).render(source: "input.txt")
        for statement in ClauseAnalyser.analyse(document) where document.clause(id: statement.clauseID) == nil {
            failures.append("A rule names clause \(statement.clauseID), which the protocol does not have.")
        }

        let bank = QuestionGenerator(seed: seed).generate(document, protocolSHA256: sha256).bank
        self.bank = bank
        for question in bank.questions {
            if question.citations.isEmpty { failures.append("\(question.id) cites no clause.") }
            for citation in question.citations {
                guard let clause = document.clause(id: citation.clause) else {
                    failures.append("\(question.id) cites clause \(citation.clause), which the protocol does not have.")
                    continue
                }
                // As the citation-quote lint rule has it: word for word in the clause's text or one of its items.
                if !([clause.text] + clause.items.map(\.text)).contains(where: { $0.contains(citation.quote) }) {
                    failures.append("\(question.id) quotes words clause \(citation.clause) does not have: \(citation.quote.prefix(80))")
                }
            }
            if !question.options.contains(where: \.correct) { failures.append("\(question.id) has no right answer.") }
        }
        let questionIDs = bank.questions.map(\.id)
        if Set(questionIDs).count != questionIDs.count { failures.append("Question ids repeat.") }

        let check = BankCheck(bank: bank, document: document, protocolSHA256: sha256)
        for problem in check.problems where problem.message.contains("stale") || problem.message.contains("used by more than one") {
            failures.append("bank check on a fresh bank: \(problem.message)")
        }
        _ = check.render(path: "bank.json")
        _ = BankStats(bank: bank, document: document).render()

        do {
            let decoded = try BankStore.decode(try bank.jsonData(), path: "bank.json")
            if decoded != bank { failures.append("The bank is not the same after a round trip through its JSON.") }
        } catch {
            failures.append("The bank's JSON could not be written or read back: \(error)")
        }
    }
}
