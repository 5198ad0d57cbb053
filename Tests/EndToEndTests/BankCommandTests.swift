import Foundation
import Testing

/// `bank generate`, `check`, `stats`, `show` and `set-status`, run as the real program.
struct BankCommandTests {
    @Test func generatingTwiceWithTheSameSeedWritesTheSameBytes() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let protocolFile = ProgramRunner.repositoryRoot.appendingPathComponent("QuestionBanks/rayleigh/protocol.txt").path
        let first = folder.appendingPathComponent("one.json"), second = folder.appendingPathComponent("two.json")
        let a = try ProgramRunner.run(["bank", "generate", protocolFile, "--out", first.path, "--seed", "5"])
        let b = try ProgramRunner.run(["bank", "generate", protocolFile, "--out", second.path, "--seed", "5"])
        #expect(a.status == 0 && b.status == 0)
        #expect(a.output.contains("Wrote") && a.output.contains("questions to"))
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test func checkPassesTheCommittedBankAndCatchesAStaleOne() throws {
        let clean = try ProgramRunner.run(["bank", "check", "iminster"])
        #expect(clean.status == 0)
        #expect(clean.output.contains("no problems found"))
        let folder = try ProgramRunner.copyOfIminster()
        let protocolFile = folder.appendingPathComponent("protocol.txt")
        try (String(contentsOf: protocolFile, encoding: .utf8) + "\n4.3 Officers must keep the office tidy.\n").write(to: protocolFile, atomically: true, encoding: .utf8)
        let stale = try ProgramRunner.run(["bank", "check", folder.appendingPathComponent("bank.json").path])
        #expect(stale.status != 0)
        #expect(stale.output.contains("The bank is stale"))
    }

    /// A question edited by hand into a shape readers reject is caught by its words, whatever its origin says.
    @Test func checkCatchesAHandEditedQuoteSpottingQuestion() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bank = folder.appendingPathComponent("bank.json")
        var json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: bank)) as? [String: Any])
        var questions = try #require(json["questions"] as? [[String: Any]])
        let index = try #require(questions.firstIndex { $0["type"] as? String == "one-answer" })
        questions[index]["stem"] = "Which of these matches what the protocol says about staff?"
        let id = try #require(questions[index]["id"] as? String)
        json["questions"] = questions
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys]).write(to: bank)
        let result = try ProgramRunner.run(["bank", "check", bank.path])
        #expect(result.status == 1)
        #expect(result.output.contains("\(id): The stem asks what the protocol's words are"), "\(result.output)")
        #expect(result.output.contains("[asks-for-the-wording]"))
    }

    @Test func aMalformedBankIsRefusedWithItsPathAndField() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bank = folder.appendingPathComponent("bank.json")
        let text = try String(contentsOf: bank, encoding: .utf8).replacingOccurrences(of: "\"difficulty\" : \"easy\"", with: "\"difficulty\" : 3")
        try text.write(to: bank, atomically: true, encoding: .utf8)
        let result = try ProgramRunner.run(["bank", "check", bank.path])
        #expect(result.status != 0)
        #expect(result.errors.contains(bank.path))
        #expect(result.errors.contains(".difficulty has the wrong type"))
    }

    @Test func statsListsCountsAndCoverage() throws {
        let result = try ProgramRunner.run(["bank", "stats", "northampton"])
        #expect(result.status == 0)
        #expect(result.output.contains("By type:") && result.output.contains("By topic:"))
        #expect(result.output.contains("rule-stating clauses and list items have a question"))
        // Each clause with no question, and why, so that the clerk knows what to write.
        #expect(result.output.contains("Rule-stating clauses and items with no question, and why") && result.output.contains("      why: "), "\(result.output)")
    }

    @Test func theClerkCanReviewAndRegeneratingKeepsTheReview() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bank = folder.appendingPathComponent("bank.json").path
        let data = try Data(contentsOf: URL(fileURLWithPath: bank))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let questions = try #require(object["questions"] as? [[String: Any]])
        let id = try #require(questions.first?["id"] as? String)
        let shown = try ProgramRunner.run(["bank", "show", id, "--bank", bank])
        #expect(shown.status == 0 && shown.output.contains(id) && shown.output.contains("← right") && shown.output.contains("Cites"))
        let approved = try ProgramRunner.run(["bank", "set-status", id, "approved", "--bank", bank])
        #expect(approved.status == 0 && approved.output.contains("is now approved"))
        let regenerated = try ProgramRunner.run(["bank", "generate", folder.appendingPathComponent("protocol.txt").path, "--out", bank])
        #expect(regenerated.status == 0)
        #expect(try ProgramRunner.run(["bank", "show", id, "--bank", bank]).output.contains("[approved]"))
        let unknown = try ProgramRunner.run(["bank", "show", "q-000000000000", "--bank", bank])
        #expect(unknown.status != 0 && unknown.errors.contains("There is no question 'q-000000000000'"))
    }
}
