import Testing
@testable import BankKeeping
@testable import ProtocolReading
@testable import TrainerModel

/// The rejected shapes written here in words of our own, on a protocol of our own: each rule catches its shape however
/// it is worded, and passes questions that only look like it.
struct RejectedShapesInOtherWordsTests {
    static let document = ProtocolReader().read(text: """
        1. Members must declare any gift or hospitality worth more than £25 to the Clerk within 28 days of receiving it.
        2. Officers must keep their political views to themselves while at work.
        3. Members should keep their dealings with contractors on a professional footing.
        4. A councillor must not ask an officer to do work for the councillor's own business or club.
        """)

    struct Case: CustomTestStringConvertible, Sendable {
        let rule: String
        let flagged: Bool
        let stem: String
        var type: QuestionType = .oneAnswer
        var options: [String] = ["Tell the Clerk about it.", "Do nothing.", "Ask the Chair."]
        let clause: String

        var testDescription: String { "\(rule) \(flagged ? "flags" : "passes"): \(stem.prefix(60))" }

        func question() -> Question {
            let quote = RejectedShapesInOtherWordsTests.document.clause(id: clause)?.text ?? ""
            let texts = type == .yesNo ? ["Yes", "No"] : options
            return Question(id: "q-own", type: type, kind: .scenario, roles: [.councillor], topic: .interests, stem: stem,
                            options: texts.enumerated().map { QuestionOption(id: "o\($0.offset)", text: $0.element, correct: $0.offset == 0, feedback: "See clause \(clause).") },
                            citations: [Citation(clause: clause, quote: quote)], difficulty: .medium, origin: "hand-written")
        }
    }

    static let cases: [Case] = [
        // Quote-spotting, asked in other words.
        Case(rule: "asks-for-the-wording", flagged: true, stem: "Does the code say that members must declare gifts?", type: .yesNo, clause: "1"),
        Case(rule: "asks-for-the-wording", flagged: true, stem: "True or false: officers may share their political views at work.", type: .yesNo, clause: "2"),
        Case(rule: "asks-for-the-wording", flagged: true, stem: "Which statement sums up the protocol on dealings with contractors?", clause: "3"),
        Case(rule: "asks-for-the-wording", flagged: true, stem: "Which of the following is what this protocol states about gifts?", clause: "1"),
        Case(rule: "asks-for-the-wording", flagged: false, stem: "A contractor offers Cllr Ruth Osei two tickets to a rugby international. What should she do?", clause: "1"),
        Case(rule: "asks-for-the-wording", flagged: false, stem: "Cllr Ruth Osei keeps the tickets and tells nobody. Is that what the protocol asks of her?", type: .yesNo, clause: "1"),
        Case(rule: "judges-a-quoted-rule", flagged: true, stem: "Under the protocol, is it right that “officers may share their political views while at work”?", type: .yesNo, clause: "2"),
        Case(rule: "judges-a-quoted-rule", flagged: true, stem: "Members must declare any gift worth more than £25 to the Clerk within 28 days. Is that so?", type: .yesNo, clause: "1"),
        Case(rule: "judges-a-quoted-rule", flagged: false, stem: "At the bus stop, Dan Hughes tells a resident: “Between you and me, I'd vote for the other lot.” Was that all right?", type: .yesNo, clause: "2"),
        Case(rule: "near-copy-options", flagged: true, stem: "What should Cllr Osei do about the tickets?", options: [
            "Declare them to the Clerk within 28 days of receiving them.",
            "Declare them to the Clerk within 28 days of receiving them, if the Mayor asks her to.",
            "Keep them, as they are worth less than a weekend away.",
        ], clause: "1"),
        Case(rule: "near-copy-options", flagged: true, stem: "What should Cllr Osei do?", options: [
            "Members should keep their dealings with contractors on a professional footing.",
            "Members need not keep their dealings with contractors on a professional footing unless the Clerk agrees.",
            "Invite the contractor to dinner to talk it over.",
        ], clause: "3"),
        Case(rule: "near-copy-options", flagged: false, stem: "A contractor offers Cllr Ruth Osei two tickets to a rugby international. What should she do?", options: [
            "Nothing different, as long as she goes in her own time.",
            "Nothing different, as long as she pays for her own train fare to the match.",
            "Declare the offer to the Clerk, whether or not she accepts it.",
        ], clause: "1"),
        // A clause with a name in front, in other words.
        Case(rule: "clause-as-action", flagged: true, stem: "Cllr Ruth Osei chose to keep her dealings with contractors on a professional footing. Was she right?", type: .yesNo, clause: "3"),
        Case(rule: "clause-as-action", flagged: true, stem: "Graham Pike, the Deputy Clerk, wonders if he should keep his political views to himself. What should he do?", clause: "2"),
        Case(rule: "clause-as-action", flagged: false, stem: "The firm mending the pavilion roof invites Cllr Ruth Osei, who chairs the buildings committee, to its staff barbecue. What should she do?", clause: "3"),
        Case(rule: "stock-setting", flagged: true, stem: "While walking her dog in the park, Cllr Ruth Osei forgot about declaring the present. Was that in line with the protocol?", type: .yesNo, clause: "1"),
        Case(rule: "stock-setting", flagged: true, stem: "On a wet Friday afternoon, Dan Hughes, the council's Grounds Officer, ended up voicing opinions. What does the protocol expect?", clause: "2"),
        Case(rule: "stock-setting", flagged: false, stem: "While walking her dog in the park, Cllr Ruth Osei is handed an envelope of cash by a developer whose plans go before the planning committee next week. What should she do?", clause: "1"),
    ]

    @Test(arguments: cases)
    func theShapeIsFoundByItsWords(_ example: Case) throws {
        let rule = try #require(LintRules.all.first { $0.id == example.rule })
        let findings = rule.findings(in: example.question(), document: Self.document)
        #expect(findings.isEmpty != example.flagged, "\(example.rule): \(findings)")
    }
}
