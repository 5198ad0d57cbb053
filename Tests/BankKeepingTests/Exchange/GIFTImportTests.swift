import Foundation
import Testing
@testable import BankKeeping
@testable import TrainerModel

/// `bank import FILE.gift`: the round trip, the clause marker, refusals with their line, and regeneration keeping
/// the clerk's questions.
struct GIFTImportTests {
    static func importing(_ text: String, into bank: QuestionBank = ExchangeFixture.emptyBank) throws(BankError) -> [Question] {
        try GIFTImport.questions(from: text, path: "ours.gift", for: bank, document: ExchangeFixture.document)
    }

    @Test func exportedGIFTImportedIntoAnEmptyBankGivesTheSameQuestions() throws {
        let text = try BankExport.render(ExchangeFixture.bank, format: .gift)
        var bank = ExchangeFixture.emptyBank
        GIFTImport.merge(try Self.importing(text), into: &bank)
        let expected = Topic.allCases.flatMap { topic in ExchangeFixture.exported.filter { $0.topic == topic } }
        #expect(bank.questions.map(\.id) == expected.map(\.id))
        for (read, original) in zip(bank.questions, expected) {
            #expect(read.type == original.type)
            #expect(read.topic == original.topic)
            #expect(read.stem == original.stem)
            #expect(read.citations == original.citations)
            let sameOrder = original.type == .yesNo ? original.options.sorted { $0.text > $1.text } : original.options
            #expect(read.options.map(\.text) == sameOrder.map(\.text))
            #expect(read.options.map(\.correct) == sameOrder.map(\.correct))
            #expect(read.options.map(\.feedback) == sameOrder.map(\.feedback))
            #expect(read.status == .draft)
            #expect(read.isClerkWritten)
        }
        // And exported again, the same file.
        bank.questions = bank.questions.map { var question = $0; question.status = .approved; return question }
        #expect(try BankExport.render(bank, format: .gift) == text)
    }

    @Test func aClerksQuestionCitesItsClauseInTheTitle() throws {
        let text = """
        // Written by the clerk.
        $CATEGORY: $course$/top/Little Fenwick/interests

        ::Gifts book [clause 2.2]::A resident leaves a cake for the office. Must it go in the gifts book? {TRUE#No: it is offered, so it goes in the book (2.2).#Yes (2.2).}

        ::Wine [clauses 2.1 and 2.2]:: Cllr Ede offers a bottle worth twelve pounds. What does Fay do? {
          =Refuse it and write the offer in the book.#Right (2.1, 2.2).
          ~Accept it.#No (2.1).
        }
        """
        let questions = try Self.importing(text)
        #expect(questions.count == 2)
        #expect(questions[0].type == .yesNo && questions[0].topic == .interests)
        #expect(questions[0].options.map(\.text) == ["Yes", "No"] && questions[0].options[0].correct)
        #expect(questions[0].options[0].feedback == "Yes (2.2).")
        #expect(questions[0].citations == [Citation(clause: "2.2", quote: "Any gift offered must be written in the gifts book by the end of the week.")])
        #expect(questions[0].origin == "written by the clerk (imported from ours.gift, line 4)")
        #expect(questions[1].citations.map(\.clause) == ["2.1", "2.2"])
        #expect(questions[1].type == .oneAnswer && questions[1].options.count == 2)
        #expect(questions[1].stem == "Cllr Ede offers a bottle worth twelve pounds. What does Fay do?")
        #expect(questions[1].origin.hasSuffix("line 6)"))
        #expect(questions[0].id != questions[1].id && questions[0].id.hasPrefix("q-"))
    }

    @Test func aClauseTheProtocolLacksIsRefusedWithItsLine() {
        let text = "::Fine [clause 1.1]::A? {=a ~b}\n\n\n::Missing [clause 9.9]::B? {=a ~b}\n"
        #expect(throws: BankError.unknownClause(path: "ours.gift", line: 4, clause: "9.9")) { try Self.importing(text) }
        #expect(BankError.unknownClause(path: "ours.gift", line: 4, clause: "9.9").description.hasPrefix("ours.gift, line 4: the question cites clause 9.9"))
    }

    @Test func aQuestionWithNoClauseMarkerIsRefused() {
        #expect(throws: BankError.noClauseMarker(path: "ours.gift", line: 1, title: "Gifts")) { try Self.importing("::Gifts::A? {=a ~b}") }
    }

    @Test(arguments: [
        ("::T [clause 1.1]::A? {=a ~b\n", 1),
        ("\n\n::T [clause 1.1]::A? {=a =b}", 3),
        ("::T [clause 1.1]::A? {=a}", 1),
        ("::T [clause 1.1]::A? {~a ~b}", 1),
        ("::T [clause 1.1]::A? {=a ~b} and more", 1),
        ("A question with no title {=a ~b}", 1),
        ("::T [clause 1.1]::A? {~%abc%a ~b}", 1),
        ("::T [clause 1.1]::A? {a -> b}", 1),
    ])
    func unreadableGIFTIsRefusedWithItsLine(text: String, line: Int) {
        do {
            _ = try Self.importing(text)
            Issue.record("accepted: \(text)")
        } catch {
            guard case .badGIFT(_, let reported, _) = error else { Issue.record("\(error)"); return }
            #expect(reported == line)
            #expect(error.description.contains("ours.gift, line \(line): this question cannot be imported"))
        }
    }

    @Test func escapedCharactersAreRead() throws {
        let questions = try Self.importing("::T [clause 1.1]::Is 2 \\= 1 + 1 \\{really\\}\\? \\#\\~\\: {=Yes\\: it is#Right \\~ quite ~No#Wrong}")
        #expect(questions[0].stem == "Is 2 = 1 + 1 {really}\\? #~:")
        #expect(questions[0].options[0].text == "Yes: it is" && questions[0].options[0].feedback == "Right ~ quite")
    }

    @Test func regenerationKeepsTheClerksQuestions() throws {
        var old = ExchangeFixture.bank
        let clerks = try Self.importing("::Mine [clause 1.2]::Where do requests for work go? {=To the Clerk#Yes (1.2). ~To any officer#No (1.2).}")
        GIFTImport.merge(clerks, into: &old)
        old.questions[0].status = .retired
        var new = ExchangeFixture.bank
        new.questions.removeLast()
        BankStore.carryOverStatuses(from: old, into: &new)
        #expect(new.questions.first?.status == .retired)
        #expect(new.questions.last == clerks[0])
        #expect(!new.questions.contains { $0.id == "q-000000000006" })
        // Imported twice, it is still there once.
        BankStore.carryOverStatuses(from: new, into: &new)
        #expect(new.questions.filter { $0.id == clerks[0].id }.count == 1)
    }
}

extension GIFTImportTests {
    @Test func windowsLineEndsAndAByteOrderMarkAreRead() throws {
        let questions = try Self.importing("\u{FEFF}// mine\r\n::A [clause 1.1]::A?\r\n{=a#yes\r\n~b#no\r\n}\r\n\r\n::B [clause 1.2]::B? {=a ~b}\r\n")
        #expect(questions.count == 2 && questions[1].origin.hasSuffix("line 7)"))
        #expect(questions[0].options.map(\.feedback) == ["yes", "no"])
    }
}

extension GIFTImportTests {
    /// A bank's own export imported back into it changes nothing: the questions keep their review and origin.
    @Test func importingABanksOwnExportKeepsItsReview() throws {
        var bank = ExchangeFixture.bank
        let before = bank
        GIFTImport.merge(try Self.importing(try BankExport.render(bank, format: .gift), into: bank), into: &bank)
        #expect(bank == before)
        // Changed words make it the clerk's question.
        let edited = try BankExport.render(bank, format: .gift).replacingOccurrences(of: "May Cal keep it?", with: "Can Cal keep it?")
        GIFTImport.merge(try Self.importing(edited, into: bank), into: &bank)
        let question = try #require(bank.question(id: "q-000000000002"))
        #expect(question.isClerkWritten && question.stem.hasSuffix("Can Cal keep it?"))
        #expect(bank.questions.filter { !$0.isClerkWritten }.count == before.questions.count - 1)
    }
}
