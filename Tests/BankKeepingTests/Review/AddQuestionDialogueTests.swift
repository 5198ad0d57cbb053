import Foundation
import Testing
@testable import BankKeeping
@testable import TestSupport

/// `bank add`'s steps, refusals included.
struct AddQuestionDialogueTests {
    static let bank = try! Banks.committed("iminster")
    static let document = try! Seeds.read("iminster")
    static let wrong = "Wrong: clause 2.3 says a Councillor acting as an individual cannot give instructions to a Council employee."
    static let right = "Right: clause 2.3 says a Councillor acting as an individual cannot give instructions to a Council employee."

    private func message(_ step: AddQuestionDialogue.Step) -> String {
        if case .ask(let text) = step { return text }
        Issue.record("expected a question to the clerk, got \(step)")
        return ""
    }

    @Test func everyStepInTurnWithItsRefusals() throws {
        var dialogue = AddQuestionDialogue(bank: Self.bank, document: Self.document)
        #expect(dialogue.stage == .clause)
        #expect(message(dialogue.handle("9.9")).contains("The protocol has no clause 9.9"))
        #expect(dialogue.stage == .clause, "asked again")
        #expect(message(dialogue.handle("clause 2.3")) == "Clause 2.3 says: A Councillor acting as an individual cannot give instructions to a Council employee")
        #expect(message(dialogue.handle("sometimes")) == "Type one, all or yesno.")
        _ = dialogue.handle("one")
        #expect(message(dialogue.handle("")).contains("question's words"))
        _ = dialogue.handle("Cllr Price asks a council employee to repaint the hall this week. What should the employee do?")
        #expect(dialogue.stage == .options)
        _ = dialogue.handle("Repaint the hall as Cllr Price asks.")
        #expect(message(dialogue.handle("")).contains("at least 2 options"), "one option is not enough")
        _ = dialogue.handle("Explain that one councillor alone cannot give staff instructions.")
        _ = dialogue.handle("")
        #expect(dialogue.stage == .right)
        #expect(message(dialogue.handle("C")).contains("(A to B)"))
        #expect(message(dialogue.handle("A B")).contains("Only one option may be right"))
        _ = dialogue.handle("b")
        #expect(dialogue.stage == .feedback(0))
        #expect(message(dialogue.handle("")).contains("why option A is wrong"))
        _ = dialogue.handle(Self.wrong)
        _ = dialogue.handle(Self.right)
        #expect(dialogue.stage == .topic && dialogue.prompt.contains("instructions-to-staff"), "the default is the topic of the bank's questions on 2.3")
        #expect(message(dialogue.handle("weather")).contains("There is no topic 'weather'"))
        let shown = message(dialogue.handle(""))
        #expect(shown.contains("← right") && shown.contains("Cites 2.3"), "shown as bank show would")
        #expect(message(dialogue.handle("perhaps")).contains("yes to save"))
        guard case .save(let question) = dialogue.handle("yes") else { Issue.record("not saved"); return }
        #expect(question.status == .draft && question.isClerkWritten && question.origin == AddQuestionDialogue.origin)
        #expect(question.topic == .instructions && question.type == .oneAnswer)
        #expect(question.options.map(\.correct) == [false, true] && question.options.map(\.feedback) == [Self.wrong, Self.right])
        #expect(question.citations.map(\.clause) == ["2.3"])
        #expect(QuestionEdit.problems(in: question, document: Self.document).isEmpty)
    }

    @Test func cancelStopsAtAnyStep() {
        for steps in [0, 1, 2, 3] {
            var dialogue = AddQuestionDialogue(bank: Self.bank, document: Self.document)
            for line in ["2.3", "all", "A question?"].prefix(steps) { _ = dialogue.handle(line) }
            #expect(dialogue.handle("Cancel") == .cancelled("Cancelled. Nothing was saved."))
        }
    }

    @Test func yesNoAndChooseAllAndTheMostOptions() {
        var yesNo = AddQuestionDialogue(bank: Self.bank, document: Self.document)
        for line in ["2.3", "yesno", "May Cllr Price tell a council employee to repaint the hall?"] { _ = yesNo.handle(line) }
        #expect(yesNo.stage == .right, "a yes/no question's options are Yes and No")
        _ = yesNo.handle("no")
        #expect(yesNo.stage == .feedback(0))

        var many = AddQuestionDialogue(bank: Self.bank, document: Self.document)
        for line in ["2.3", "all", "Which may the employee do?"] { _ = many.handle(line) }
        for index in 1...8 { _ = many.handle("Option \(index)") }
        #expect(many.stage == .right, "8 options end the list")
        #expect(message(many.handle("A B C D E F G H")).contains("At least one option must be wrong"))
        _ = many.handle("A C")
        #expect(many.stage == .feedback(0))
    }

    @Test func aQuestionTheLintFaultsIsNotOffered() {
        var dialogue = AddQuestionDialogue(bank: Self.bank, document: Self.document)
        for line in ["2.3", "one", "What?", "Yes", "No", "", "a", "ok", "ok", ""] { _ = dialogue.handle(line) }
        #expect(dialogue.stage == .done && dialogue.question == nil)
    }
}
