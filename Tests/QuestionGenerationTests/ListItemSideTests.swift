import Testing
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import RuleAnalysis

/// An expectation list's items are asked without the side they come from, so that their words do not say which list
/// they are on; an item that still names a side is not asked.
struct ListItemSideTests {
    @Test(arguments: [
        ("Prompt replies from Officers to questions from residents", "Prompt replies to questions from residents"),
        ("Officers to keep councillors informed", "Officers to keep councillors informed"),
        ("Support by Members for the staff's training", "Support for the staff's training"),
        ("Leadership and direction", "Leadership and direction"),
        ("Respect for the limits of officers' working hours", "Respect for the limits of officers' working hours"),
    ])
    func theSideIsTakenOut(item: String, asked: String) {
        #expect(ListQuestionBuilder.withoutSide(item) == asked)
    }

    @Test func anItemThatStillNamesASideIsNotAsked() {
        #expect(ListQuestionBuilder.namesASide("Councillors will follow the council's code of conduct"))
        #expect(ListQuestionBuilder.namesASide("Officers to understand the pressures on councillors"))
        #expect(!ListQuestionBuilder.namesASide("A timely response from Officers to enquiries"))
        #expect(!ListQuestionBuilder.namesASide("Respect and courtesy at all times"))
    }

    /// An item that points to another part of the protocol is not asked, nor offered as a wrong item.
    @Test(arguments: [
        ("Answers to enquiries within the times set out in section 7", true),
        ("Replies within the periods in paragraph 4.2", true),
        ("Help as described in Appendix B", true),
        ("Advice in accordance with Part iii of the constitution", true),
        ("A timely response to enquiries", false),
        ("Respect for the part each plays in the council's work", false),
    ])
    func anItemPointingElsewhereIsLeftOut(item: String, refers: Bool) {
        #expect(ListQuestionBuilder.refersElsewhere(item) == refers, "\(item)")
    }

    /// Our own protocol with both lists: every option of its "choose all" questions names neither side.
    @Test func theQuestionsOptionsNameNeitherSide() {
        let text = """
        Example Town Council

        1. Councillors can expect from officers:
        a. prompt replies from officers to their questions;
        b. officers to keep them informed of matters in their ward;
        c. respect and courtesy;
        d. officers will follow the staff code of conduct.

        2. Officers can expect from councillors:
        a. leadership and direction;
        b. support for their training;
        c. not to be put under undue pressure;
        d. councillors will respect their professional advice.
        """
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        let lists = bank.questions.filter { $0.origin == "list:expectations" }
        #expect(!lists.isEmpty)
        for question in lists {
            for option in question.options {
                #expect(Party.named(in: option.text) == nil, "\(option.text)")
            }
        }
    }

    /// An item that a situation already asks is not asked again in a list: readers took list recall for quote-spotting.
    @Test func anItemASituationAsksIsLeftOutOfTheList() {
        let text = """
        Example Town Council

        1. Councillors can expect from officers:
        a. prompt replies to their questions;
        b. news of matters in their ward;
        c. help in finding their way round the council's papers;
        d. a commitment to the council as a whole, and not to any one political group.

        2. Officers can expect from councillors:
        a. leadership and direction;
        b. support for their training;
        c. not to be bullied or put under undue pressure;
        d. an understanding of the pressures of their work.
        """
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        let situations = Set(bank.questions.filter { !$0.origin.hasPrefix("list:") }.flatMap(\.citations))
        let listed = bank.questions.filter { $0.origin == "list:expectations" }.flatMap(\.citations)
        #expect(!situations.isEmpty && !listed.isEmpty)
        #expect(situations.isDisjoint(with: listed), "\(situations.intersection(listed))")
    }

    @Test(arguments: [
        ("Respect the council's procedures", ListQuestionBuilder.ItemShape.action),
        ("To be kept informed of matters in their ward", .action),
        ("Not to be put under undue pressure", .action),
        ("A prompt reply to their questions", .thing),
        ("Political neutrality", .thing),
    ])
    func anItemsShapeIsWhatItBeginsWith(item: String, shape: ListQuestionBuilder.ItemShape) {
        #expect(ListQuestionBuilder.ItemShape(of: item) == shape)
    }

    /// Where one list is all things and the other all actions, no question mixes the two shapes: readers picked out
    /// the items that did not fit.
    @Test func aChunksWrongItemsHaveItsShape() {
        let text = """
        Example Town Council

        1. Councillors can expect from officers:
        a. a prompt reply to their questions;
        b. news of matters in their ward;
        c. political neutrality;
        d. clear advice on the council's procedures.

        2. Officers can expect from councillors:
        a. respect the limits of their role;
        b. treat them with courtesy;
        c. give them time to prepare reports;
        d. recognise that they answer to the council as a whole;
        e. a clear brief for any new project;
        f. a fair hearing before any criticism.
        """
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        let lists = bank.questions.filter { $0.origin == "list:expectations" }
        #expect(!lists.isEmpty)
        for question in lists {
            let right = Set(question.options.filter(\.correct).map { ListQuestionBuilder.ItemShape(of: $0.text) })
            let wrong = Set(question.options.filter { !$0.correct }.map { ListQuestionBuilder.ItemShape(of: $0.text) })
            #expect(right.count > 1 || wrong == right, "\(question.options.map(\.text))")
        }
    }
}
