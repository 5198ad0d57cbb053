import Foundation
import Testing
@testable import BankKeeping
@testable import TrainingRecords

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

    /// A fake editor: a shell script that runs `body` on the form file ($1).
    private func fakeEditor(in folder: URL, named name: String, _ body: String) throws -> String {
        let script = folder.appendingPathComponent(name)
        try "#!/bin/sh\n\(body)\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script.path
    }

    @Test func editorOpensTheFormInTheClerksEditorAndSavesWhatComesBack() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bank = folder.appendingPathComponent("bank.json").path
        let first = try #require(ReviewSession(bank: try BankStore.load(bank)).current)
        // EDITOR with an argument: split on spaces, the file comes last.
        let editor = try fakeEditor(in: folder, named: "fake-editor", "[ \"$1\" = --wait ] || exit 3\nsed -i 's/^Question: .*/Question: What should the Clerk tell the member?/' \"$2\"")
        let run = try ProgramRunner.run(["bank", "review", bank], input: "editor\nq\n", environment: ["EDITOR": editor + " --wait", "VISUAL": ""])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Saved."), "\(run.output)")
        let saved = try #require(try BankStore.load(bank).question(id: first.id))
        #expect(saved.stem == "What should the Clerk tell the member?" && saved.isEditedByClerk)
        #expect(saved.options == first.options)
        #expect(try ProgramRunner.run(["bank", "check", bank]).status == 0)
    }

    @Test func aMalformedFormIsRefusedWithItsLineNumberAndCanBeDiscarded() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bank = folder.appendingPathComponent("bank.json").path
        let before = try BankStore.load(bank)
        let editor = try fakeEditor(in: folder, named: "bad-editor", "printf 'Question: x\\nnonsense\\n' > \"$1\"")
        let run = try ProgramRunner.run(["bank", "review", bank], input: "editor\nmaybe\nedit\ndiscard\nq\n", environment: ["EDITOR": "", "VISUAL": editor])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.components(separatedBy: "Line 2: not a line the form knows").count == 3, "refused twice: \(run.output)")
        #expect(run.output.contains("Type edit to open the form again, or discard"))
        #expect(run.output.contains("Nothing was changed."))
        #expect(try BankStore.load(bank) == before)

        // Every option marked right: the lint's reason is given.
        let allRight = try fakeEditor(in: folder, named: "all-right", "sed -i 's/^\\[ \\]/[x]/' \"$1\"")
        let lint = try ProgramRunner.run(["bank", "review", bank], input: "editor\ndiscard\nq\n", environment: ["EDITOR": allRight])
        #expect(lint.output.contains("Not saved, because:"), "\(lint.output)")
        #expect(try BankStore.load(bank) == before)
    }

    @Test func withNoEditorSetTheReviewSaysSoAndCarriesOn() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bank = folder.appendingPathComponent("bank.json").path
        let run = try ProgramRunner.run(["bank", "review", bank], input: "editor\na\nq\n", environment: ["EDITOR": "", "VISUAL": ""])
        #expect(run.status == 0)
        #expect(run.output.contains("No text editor is set up"), "\(run.output)")
        #expect(run.output.contains("1 approved"))
    }

    @Test func bankAddOnAPipeWritesADraftThatRegenerationKeeps() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bank = folder.appendingPathComponent("bank.json").path
        let before = try BankStore.load(bank)
        let lines = ["9.9", "2.3", "one", "Cllr Price asks a council employee to repaint the hall this week. What should the employee do?",
                     "Repaint the hall as Cllr Price asks.", "Explain that one councillor alone cannot give staff instructions.", "",
                     "B", "Wrong: clause 2.3 says a Councillor acting as an individual cannot give instructions to a Council employee.",
                     "Right: clause 2.3 says a Councillor acting as an individual cannot give instructions to a Council employee.", "", "yes"]
        let run = try ProgramRunner.run(["bank", "add", bank], input: lines.joined(separator: "\n") + "\n")
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("The protocol has no clause 9.9") && run.output.contains("Clause 2.3 says: "))
        #expect(run.output.contains("← right") && run.output.contains("Saved q-"), "\(run.output)")
        #expect(!run.output.contains("\u{1B}["), "no escape codes on a pipe")
        let saved = try BankStore.load(bank)
        let added = try #require(saved.questions.first { $0.origin == AddQuestionDialogue.origin })
        #expect(saved.questions.count == before.questions.count + 1 && added.status == .draft)
        #expect(try ProgramRunner.run(["bank", "check", bank]).status == 0)
        let regenerated = try ProgramRunner.run(["bank", "generate", folder.appendingPathComponent("protocol.txt").path, "--out", bank])
        #expect(regenerated.status == 0, "\(regenerated.errors)")
        #expect(try BankStore.load(bank).question(id: added.id) != nil, "regeneration keeps the clerk's question")

        // End of input and cancel stop without saving.
        let count = try BankStore.load(bank).questions.count
        #expect(try ProgramRunner.run(["bank", "add", bank], input: "2.3\none\n").output.contains("Nothing was saved"))
        #expect(try ProgramRunner.run(["bank", "add", bank], input: "2.3\ncancel\n").output.contains("Cancelled. Nothing was saved."))
        #expect(try BankStore.load(bank).questions.count == count)
    }
}
