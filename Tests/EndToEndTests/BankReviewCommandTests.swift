import Foundation
import Testing
@testable import ProtocolTrainerKit

/// `bank review` run as the real program on a pipe, and what `train` then asks and records.
struct BankReviewCommandTests {
    @Test func aReviewOnAPipeSavesEachDecisionAndTheNextRunCarriesOn() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bank = folder.appendingPathComponent("bank.json").path
        let order = ReviewSession(bank: try BankStore.load(bank)).order
        let first = try ProgramRunner.run(["bank", "review", bank], input: "help\nmaybe\na\nr\nb\ne\nstem\n\nWhat should the Clerk tell Cllr Price?\nq\n")
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Question 1 of \(order.count)") && first.output.contains("← right"))
        #expect(first.output.contains("Clause ") && first.output.contains(" says: "), "the cited clause's words are shown")
        #expect(first.output.contains("edit (e)") && first.output.contains("'maybe' is not one of the choices"))
        #expect(first.output.contains("Type the new words on one line, or cancel"))
        #expect(first.output.contains("1 approved, 1 retired") && first.output.contains("run the same command again"))
        #expect(!first.output.contains("\u{1B}["), "no escape codes on a pipe")
        let saved = try BankStore.load(bank)
        #expect(saved.question(id: order[0])?.status == .approved)
        #expect(saved.question(id: order[1])?.status == .retired)
        #expect(saved.question(id: order[1])?.stem == "What should the Clerk tell Cllr Price?")
        #expect(saved.question(id: order[1])?.isEditedByClerk == true)
        #expect(try ProgramRunner.run(["bank", "check", bank]).status == 0, "the saved bank passes bank check")

        // Coming back: the two reviewed are no longer drafts, so the third is first.
        let second = try ProgramRunner.run(["bank", "review", bank], input: "q\n")
        #expect(second.output.contains("Question 1 of \(order.count - 2)\n\(order[2])"), "\(second.output.prefix(300))")
        // End of input is the same as quit.
        #expect(try ProgramRunner.run(["bank", "review", bank], input: "").status == 0)
        let missing = try ProgramRunner.run(["bank", "review", folder.appendingPathComponent("nope.json").path])
        #expect(missing.status != 0 && !missing.errors.isEmpty)
    }

    @Test func trainingSaysWhenQuestionsAreUnreviewedAndRecordsWhatWasAsked() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bankPath = folder.appendingPathComponent("bank.json").path
        let records = folder.appendingPathComponent("records")
        let arguments = ["train", "--bank", bankPath, "--name", "Ann Lee", "--role", "councillor", "--questions", "3", "--seed", "5", "--records", records.path]
        let unreviewed = try ProgramRunner.run(arguments, input: "quit\n")
        #expect(unreviewed.output.contains("questions not yet reviewed by the clerk"), "\(unreviewed.output.prefix(300))")
        let record = try #require(RecordStore(folder: records.path).all().records.first?.record)
        #expect(record.unreviewedQuestions == true)
        let bank = try BankStore.load(bankPath)
        #expect(record.questionVersions == Dictionary(uniqueKeysWithValues: record.questionOrder.map { ($0, bank.question(id: $0)!.wordingVersion) }))
        let json = try String(contentsOfFile: RecordStore(folder: records.path).path(for: record.attemptId), encoding: .utf8)
        #expect(json.contains("\"questionVersions\"") && json.contains("\"unreviewedQuestions\" : true"))

        // Once the clerk approves some, an induction asks those only, and the header says nothing of unreviewed ones.
        var approved = bank
        let chosen = approved.questions.indices.filter { approved.questions[$0].roles.contains(.councillor) }.prefix(5)
        for index in chosen { approved.questions[index].status = .approved }
        try BankStore.save(approved, to: bankPath)
        let reviewed = try ProgramRunner.run(arguments + ["--new"], input: "quit\n")
        #expect(!reviewed.output.contains("not yet reviewed"), "\(reviewed.output.prefix(300))")
        let latest = try #require(RecordStore(folder: records.path).all().records.map(\.record).first { $0.status == .inProgress })
        #expect(latest.unreviewedQuestions == false)
        #expect(latest.questionOrder.allSatisfy { approved.question(id: $0)?.status == .approved })
    }
}
