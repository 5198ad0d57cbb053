import Foundation
import Testing
@testable import BankKeeping
@testable import TestSupport
@testable import TrainerModel

/// The `$EDITOR` form: written, read back, and refused line by line.
struct QuestionFormTests {
    static let bank = try! Banks.committed("iminster")
    static let document = try! Seeds.read("iminster")

    @Test func theFormReadsBackAsTheSameQuestion() throws {
        for question in Self.bank.questions.prefix(20) {
            let form = QuestionForm.render(question)
            #expect(form.hasPrefix("# "), "the header explains the format")
            let read = try QuestionForm.read(form, into: question).get()
            #expect(read == question)
        }
    }

    @Test func changedWordsAndMarksAreRead() throws {
        let question = Self.bank.questions.first { $0.type == .oneAnswer }!
        var form = QuestionForm.render(question)
        form = form.replacingOccurrences(of: "Question: \(question.stem)", with: "Question:   What should the Clerk do?  ")
        let read = try QuestionForm.read(form, into: question).get()
        #expect(read.stem == "What should the Clerk do?")
        #expect(read.options.map(\.id) == question.options.map(\.id), "options keep their ids")
    }

    private func problem(_ form: String, into question: Question) -> QuestionForm.Problem? {
        if case .failure(let problem) = QuestionForm.read(form, into: question) { return problem }
        return nil
    }

    @Test func malformedLinesAreRefusedWithTheirNumber() throws {
        let question = Self.bank.questions[0]
        let lines = QuestionForm.render(question).components(separatedBy: "\n")
        let stemLine = lines.firstIndex { $0.hasPrefix("Question:") }! + 1
        var bad = lines
        bad.insert("A stray line", at: stemLine)   // becomes line stemLine + 1
        let stray = try #require(problem(bad.joined(separator: "\n"), into: question))
        #expect(stray.line == stemLine + 1 && stray.message.hasPrefix("Line \(stemLine + 1): "))

        var twice = lines
        twice.insert("Feedback: again", at: stemLine + 2)
        #expect(problem(twice.joined(separator: "\n"), into: question)?.line == stemLine + 3)

        var early = lines
        early.insert("Feedback: orphan", at: stemLine - 1)
        #expect(problem(early.joined(separator: "\n"), into: question)?.line == stemLine)

        let noStem = lines.filter { !$0.hasPrefix("Question:") }.joined(separator: "\n")
        #expect(problem(noStem, into: question)?.line == nil)

        let fewer = lines.dropLast(3).joined(separator: "\n")   // the last option and its feedback gone
        #expect(problem(fewer, into: question)?.reason.contains("keep the question's \(question.options.count)") == true)
    }

    @Test func theReviewSavesAGoodFormAndRefusesOneTheLintFaults() throws {
        var session = ReviewSession(bank: Self.bank, document: Self.document)
        let question = try #require(session.current)
        #expect(session.handle("editor") == .openEditor)
        #expect(session.handle("edit in editor") == .openEditor)
        let changed = QuestionForm.render(question).replacingOccurrences(of: "Question: \(question.stem)", with: "Question: What should the Clerk tell the member?")
        #expect(session.saveForm(changed).isEmpty)
        let saved = try #require(session.bank.question(id: question.id))
        #expect(saved.stem == "What should the Clerk tell the member?" && saved.isEditedByClerk)

        // Every option marked right: refused by the lint, and the question is as it was.
        let allRight = QuestionForm.render(saved).replacingOccurrences(of: "[ ] ", with: "[x] ")
        let problems = session.saveForm(allRight)
        #expect(!problems.isEmpty)
        #expect(session.bank.question(id: question.id) == saved)
        // A malformed line: refused with its number.
        #expect(session.saveForm("Question: x\nnonsense\n").first?.hasPrefix("Line 2: ") == true)
    }
}
