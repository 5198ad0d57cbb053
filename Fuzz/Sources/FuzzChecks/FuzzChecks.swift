import BankKeeping
import Foundation
import ProtocolReading
import QuestionGeneration
import RuleAnalysis
import TrainerModel

/// The promises the library makes about any input, checked on one input; a broken one stops the run with a message
/// libFuzzer keeps beside the input (a crash, as far as libFuzzer is concerned).
public enum FuzzChecks {
    /// Reads `bytes` as a protocol; nil when the reader refuses them with one of its own errors, as it may.
    public static func read(_ bytes: UnsafeRawBufferPointer) -> (CouncilProtocol, Data)? {
        let data = Data(bytes)
        guard let document = try? ProtocolReader().read(data: data, source: "fuzz.txt") else { return nil }
        let ids = document.clauses.map(\.id)
        require(Set(ids).count == ids.count, "clause ids repeat")
        require(!document.clauses.isEmpty, "a protocol was read with no clauses")
        return (document, data)
    }

    /// What `protocol show`, `protocol show --json` and `protocol check` make of the protocol.
    public static func present(_ document: CouncilProtocol) {
        _ = ProtocolOutline.render(document)
        _ = ProtocolCheck(document).render(source: "fuzz.txt")
        guard let json = try? document.jsonData(), (try? JSONSerialization.jsonObject(with: json)) != nil else {
            fail("the protocol's JSON could not be written or read back")
        }
    }

    /// Generation, `bank check`, `bank stats` and the bank's JSON, as the commands run them.
    public static func generate(_ document: CouncilProtocol, data: Data) {
        let sha = ProtocolFingerprint.sha256(of: data)
        for statement in ClauseAnalyser.analyse(document) {
            require(document.clause(id: statement.clauseID) != nil, "a rule names a clause the protocol does not have")
        }
        let bank = QuestionGenerator(seed: 0).generate(document, protocolSHA256: sha).bank
        var questionIDs: Set<String> = []
        for question in bank.questions {
            require(questionIDs.insert(question.id).inserted, "question id \(question.id) repeats")
            require(!question.citations.isEmpty, "\(question.id) cites no clause")
            require(question.options.contains(where: \.correct), "\(question.id) has no right answer")
            for citation in question.citations {
                guard let clause = document.clause(id: citation.clause) else { fail("\(question.id) cites a missing clause \(citation.clause)") }
                require(([clause.text] + clause.items.map(\.text)).contains { $0.contains(citation.quote) },
                        "\(question.id) quotes words clause \(citation.clause) does not have")
            }
        }
        let check = BankCheck(bank: bank, document: document, protocolSHA256: sha)
        require(!check.problems.contains { $0.message.contains("stale") }, "a fresh bank is stale")
        _ = check.render(path: "bank.json")
        _ = BankStats(bank: bank, document: document).render()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("protocol-trainer-fuzz-\(getpid()).json")
        do {
            try BankStore.save(bank, to: url.path)
            let loaded = try BankStore.load(url.path)
            require(loaded == bank, "the bank is not the same after a round trip through its JSON")
        } catch {
            fail("the bank's JSON could not be written or read back: \(error)")
        }
    }

    public static func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        if !condition() { fail(message()) }
    }

    public static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("FUZZ CHECK FAILED: \(message)\n".utf8))
        abort()
    }
}
