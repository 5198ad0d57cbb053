import Foundation
import Testing
@testable import BankKeeping
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import TestSupport

struct ReviewSessionTests {
    static let bank = try! Banks.committed("iminster")
    static let document = try! Seeds.read("iminster")

    @Test func draftsComeFirstInClauseOrder() {
        var bank = Self.bank
        bank.questions[0].status = .approved
        let session = ReviewSession(bank: bank, all: true)
        let shown = session.order.map { bank.question(id: $0)! }
        let drafts = shown.prefix { $0.status == .draft }
        #expect(drafts.count == bank.questions.count - 1 && shown.last?.id == bank.questions[0].id)
        let clauses = drafts.map { $0.citations.first!.clause }
        #expect(clauses == clauses.sorted { ClauseOrder.compare($0, $1) < 0 })
        #expect(ClauseOrder.compare("3.2", "3.10") < 0 && ClauseOrder.compare("10", "9") > 0 && ClauseOrder.compare("2.1", "2.1") == 0)
        // Without --all only drafts are shown.
        #expect(!ReviewSession(bank: bank).order.contains(bank.questions[0].id))
    }

    @Test func clauseAndTopicNarrowTheChoice() {
        let byClause = ReviewSession(bank: Self.bank, clause: "1")
        #expect(!byClause.order.isEmpty)
        #expect(byClause.order.allSatisfy { id in Self.bank.question(id: id)!.citations.contains { $0.clause == "1" || $0.clause.hasPrefix("1.") } })
        let topic = Self.bank.questions[0].topic
        let byTopic = ReviewSession(bank: Self.bank, topic: topic)
        #expect(!byTopic.order.isEmpty && byTopic.order.allSatisfy { Self.bank.question(id: $0)!.topic == topic })
    }

    @Test func decisionsChangeTheBankAtOnceAndBackGoesToThePreviousQuestion() {
        var session = ReviewSession(bank: Self.bank)
        let first = session.order[0], second = session.order[1]
        #expect(session.handle("b") == .message("This is the first question; there is nothing to go back to."))
        #expect(session.handle("approve") == .next)
        #expect(session.bank.question(id: first)?.status == .approved)
        #expect(session.handle("r") == .next)
        #expect(session.bank.question(id: second)?.status == .retired)
        #expect(session.handle("back") == .next && session.current?.id == second)
        #expect(session.handle("s") == .next && session.current?.id == session.order[2])
        #expect(session.bank.question(id: second)?.status == .retired, "skip leaves a question as it is")
        if case .message(let text) = session.handle("maybe") { #expect(text.contains("'maybe' is not one of the choices")) } else { Issue.record("no message") }
        if case .message(let text) = session.handle("help") { #expect(text.contains("approve (a)") && text.contains("edit (e)")) } else { Issue.record("no help") }
        #expect(session.handle("q") == .finished && session.isOver)
    }

    @Test func quittingAndComingBackCarriesOnWithTheDraftsLeft() {
        var session = ReviewSession(bank: Self.bank)
        let order = session.order
        _ = session.handle("a")
        _ = session.handle("r")
        _ = session.handle("quit")
        let again = ReviewSession(bank: session.bank)
        #expect(again.current?.id == order[2])
        #expect(again.order == Array(order.dropFirst(2)))
    }

    @Test func anEditIsSavedAndMarkedAsTheClerksOwn() throws {
        var session = ReviewSession(bank: Self.bank, document: Self.document)
        let id = session.order[0]
        let original = session.current!
        #expect(session.handle("e") != .finished && session.stage == .choosingPart)
        if case .message(let text) = session.handle("stem") { #expect(text.contains(original.stem)) } else { Issue.record("current words not shown") }
        if case .message(let text) = session.handle("  ") { #expect(text.contains("Type the new words")) } else { Issue.record("empty edit taken") }
        #expect(session.handle("What should the Clerk do about Cllr Price's request?") == .next)
        let edited = try #require(session.bank.question(id: id))
        #expect(edited.stem == "What should the Clerk do about Cllr Price's request?")
        #expect(edited.isEditedByClerk && edited.isClerkWritten && edited.editedFrom == original.origin)
        #expect(session.current?.id == id, "the edited question is shown again")

        _ = session.handle("edit")
        _ = session.handle("b feedback")
        #expect(session.handle("No. That is not what the protocol says (1.2).") == .next)
        #expect(session.bank.question(id: id)?.options[1].feedback == "No. That is not what the protocol says (1.2).")
        #expect(session.bank.question(id: id)?.origin == edited.origin, "a second edit keeps the first origin")

        let right = original.options.firstIndex(where: \.correct)!
        let other = (right + 1) % original.options.count
        _ = session.handle("e")
        _ = session.handle("right")
        if case .message(let text) = session.handle("z") { #expect(text.contains("Type the letter")) } else { Issue.record("bad letter taken") }
        #expect(session.handle(ReviewSession.letter(other).lowercased()) == .next)
        #expect(session.bank.question(id: id)?.correctOptionIDs == [original.options[other].id])
    }

    @Test func anEditThatFailsTheLintIsRefusedWithTheReason() {
        var session = ReviewSession(bank: Self.bank, document: Self.document)
        let before = session.bank
        _ = session.handle("e")
        _ = session.handle("stem")
        guard case .message(let text) = session.handle("What should the the Clerk do") else { Issue.record("not refused"); return }
        #expect(text.contains("Not saved") && text.contains("repeats \"the\"") && text.contains("question mark"))
        #expect(session.bank == before && session.stage == .deciding)
        _ = session.handle("e")
        _ = session.handle("a")
        if case .message(let refused) = session.handle(session.current!.options[1].text) {
            #expect(refused.contains("Not saved"), "two options with the same words")
        } else { Issue.record("duplicate option taken") }
        #expect(session.bank == before)
        _ = session.handle("e")
        if case .message(let text) = session.handle("feedback") { #expect(text.contains("Type stem")) } else { Issue.record("bad part taken") }
        #expect(session.handle("cancel") == .message("Nothing was changed.") && session.stage == .deciding)
    }

    @Test func regenerationKeepsAnEditWhileItsClauseIsUnchangedAndPutsItBackToDraftWhenItChanges() throws {
        var session = ReviewSession(bank: Self.bank, document: Self.document)
        let id = session.order[0]
        let clause = session.current!.citations[0].clause
        _ = session.handle("e")
        _ = session.handle("stem")
        _ = session.handle("What should the Clerk tell Cllr Price?")
        _ = session.handle("back")
        _ = session.handle("approve")
        let reviewed = session.bank
        #expect(reviewed.question(id: id)?.status == .approved)

        var same = try Banks.generated("iminster")
        BankStore.carryOverStatuses(from: reviewed, into: &same)
        #expect(same.questions.count == Self.bank.questions.count)
        #expect(same.question(id: id) == reviewed.question(id: id), "kept as edited, still approved")

        let text = try Seeds.text("iminster")
        let words = Self.document.clause(id: clause)!.text
        let changedText = text.replacingOccurrences(of: words, with: words.dropLast() + ", in or out of work.")
        #expect(changedText != text)
        var changed = QuestionGenerator().generate(ProtocolReader().read(text: changedText), protocolSHA256: "b").bank
        BankStore.carryOverStatuses(from: reviewed, into: &changed)
        let back = try #require(changed.questions.first { $0.stem == "What should the Clerk tell Cllr Price?" })
        #expect(back.status == .draft && back.isEditedByClerk)
        #expect(back.note?.contains("clause \(clause) changed") == true)
        #expect(changed.questions.filter { $0.origin == reviewed.question(id: id)!.editedFrom }.isEmpty, "the edit takes the new question's place")

        // Generated again with the clause as it now is, the edit stays as the clerk left it.
        var approvedAgain = changed
        approvedAgain.questions[approvedAgain.questions.firstIndex(where: { $0.id == back.id })!].status = .approved
        var again = QuestionGenerator().generate(ProtocolReader().read(text: changedText), protocolSHA256: "b").bank
        BankStore.carryOverStatuses(from: approvedAgain, into: &again)
        #expect(again.question(id: back.id)?.status == .approved)
    }
}
