import Testing
@testable import RuleAnalysis
@testable import TrainerModel

/// What kind of rule a sentence states, as the question builders rely on it.
struct ClauseAnalyserTests {
    private func kind(_ sentence: String) -> RuleKind {
        let clause = Clause(id: "1.1", number: "1.1", heading: "Relations", text: sentence, items: [], line: 1)
        return ClauseAnalyser.statement(for: sentence, clause: clause, itemIndex: nil, context: nil).kind
    }

    @Test(arguments: [
        ("Members may request the Town Clerk to provide them with such information as they may reasonably need.", RuleKind.may),
        ("Elected members may express the values of the party political groups to which they belong.", .may),
        ("An officer may leave at any time.", .may),
        ("Where such conflicts are likely, members may wish to seek the advice of the Town Clerk.", .may),
        // "may" of a thing is what might happen, not what someone is allowed to do.
        ("A serious breach of this protocol by an officer may lead to an investigation.", .statement),
        ("The relationship between Councillors and the Town Clerk may break down or become strained.", .statement),
        ("More serious complaints may involve alleged breaches of the code of conduct.", .statement),
        ("Members should avoid disrupting officers' work.", .shouldNot),
        ("An individual councillor has no authority to instruct the Clerk or any other employee.", .mayNot),
        // A modal inside "how …" describes what the protocol is about.
        ("This protocol sets out how councillors and employees should work together.", .statement),
    ])
    func kindOfRule(sentence: String, expected: RuleKind) {
        #expect(kind(sentence) == expected, "\(sentence)")
    }

    @Test(arguments: [
        ("Members must not instruct staff.", true),
        ("To ensure high standards of conduct members must abide by the Code of Conduct.", true),
        ("Press releases or statements made by officers must promote or give information on Council policy.", false),
        ("Officer support in these circumstances must not extend beyond providing information.", false),
        ("The Town Clerk will advise party groups on council business.", true),
    ])
    func aScenarioNeedsAPersonAsTheRulesSubject(sentence: String, person: Bool) throws {
        let subject = try #require(ClauseAnalyser.subject(of: sentence))
        #expect(Party.isPersonHead(subject) == person, "\(subject)")
    }

    /// A run of text far longer than any sentence (pasted or damaged, with no full stop) is not read as a rule; the
    /// sentences and items around it still are.
    @Test func aRunLongerThanAnySentenceIsNotARule() {
        let run = String(repeating: "Councillors must not ", count: 400)
        let clause = Clause(id: "4.2", number: "4.2", heading: "Contact", text: "Councillors must not instruct staff. " + run,
                            items: [ClauseItem(label: "a", text: run, line: 3),
                                    ClauseItem(label: "b", text: "officers must stay politically neutral", line: 4)], line: 2)
        let statements = ClauseAnalyser.analyse(clause)
        #expect(statements.map(\.quote).allSatisfy { $0.utf8.count <= ClauseAnalyser.longestReadable })
        #expect(statements.contains { $0.quote.hasPrefix("Councillors must not instruct staff") })
        #expect(statements.contains { $0.itemIndex == 1 })
        #expect(!statements.contains { $0.itemIndex == 0 })
    }
}
