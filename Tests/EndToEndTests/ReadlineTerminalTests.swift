import Foundation
import Testing
@testable import TestSupport
@testable import TrainingRecords

/// The readline path, on a pseudo-terminal: Tab completion, Ctrl-C, Ctrl-D, and resuming.
@Suite(.serialized, ExternalTool.script.required)
struct ReadlineTerminalTests {
    private func arguments(_ folder: URL, name: String) -> [String] {
        ["train", "--council", "iminster", "--name", name, "--role", "councillor", "--questions", "3", "--seed", "4", "--records", folder.path]
    }

    @Test func tabCompletesCommands() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let terminal = try TerminalSession(arguments(folder, name: "Tab Test"), environment: ["HOME": folder.path])
        #expect(terminal.waitFor("Your answer"))
        terminal.type("he\t\r")
        #expect(terminal.waitFor("Type the letter of your answer and press Enter."), "help was not completed: \(terminal.screen)")
        terminal.type("qu\t\r")
        #expect(terminal.waitFor("saved"))
        #expect(terminal.waitForExit() == 0)
    }

    @Test func ctrlCClearsTheLineThenASecondSavesAndTheAttemptResumes() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let answers = TrainCommandTests.rightAnswers(role: .councillor, mode: .induction, count: 3, seed: 4)
        let terminal = try TerminalSession(arguments(folder, name: "Ctrl C"), environment: ["HOME": folder.path])
        #expect(terminal.waitFor("Question 1 of 3"))
        terminal.type(answers[0] + "\r")
        #expect(terminal.waitFor("Question 2 of 3"))
        terminal.type("B")
        Thread.sleep(forTimeInterval: 0.2)
        terminal.type("\u{3}")
        #expect(terminal.waitFor("Line cleared"), "first Ctrl-C: \(terminal.screen)")
        terminal.type("\u{3}")
        #expect(terminal.waitFor("To carry on, run the same command again."), "second Ctrl-C: \(terminal.screen)")
        #expect(terminal.waitForExit() == 0)
        let saved = try #require(RecordStore(folder: folder.path).all().records.first?.record)
        #expect(saved.status == .inProgress && saved.answers.count == 1)

        let again = try TerminalSession(arguments(folder, name: "Ctrl C"), environment: ["HOME": folder.path])
        #expect(again.waitFor("Carry on with it? [Y/n]"))
        again.type("y\r")
        #expect(again.waitFor("Question 2 of 3"), "resume: \(again.screen)")
        again.type(answers[1] + "\r")
        #expect(again.waitFor("Question 3 of 3"))
        again.type(answers[2] + "\r")
        #expect(again.waitFor("Your training record was saved"))
        #expect(again.waitForExit() == 0)
        let finished = try #require(RecordStore(folder: folder.path).all().records.first?.record)
        #expect(finished.status == .completed && finished.result?.percent == 100)
    }

    @Test func ctrlDSavesAndStops() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let terminal = try TerminalSession(arguments(folder, name: "Ctrl D"), environment: ["HOME": folder.path])
        #expect(terminal.waitFor("Your answer"))
        terminal.type("\u{4}")
        #expect(terminal.waitFor("Your answers so far are saved"), "Ctrl-D: \(terminal.screen)")
        #expect(terminal.waitForExit() == 0)
        #expect(RecordStore(folder: folder.path).all().records.first?.record.status == .inProgress)
    }

    @Test func colourOnATerminalButNotWithNoColor() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let coloured = try TerminalSession(arguments(folder, name: "Colour"), environment: ["HOME": folder.path])
        #expect(coloured.waitFor("Your answer"))
        #expect(coloured.screen.contains("\u{1B}[1mQuestion 1 of 3"))
        coloured.type("quit\r")
        _ = coloured.waitForExit()
        let plain = try TerminalSession(arguments(folder, name: "No Colour"), environment: ["HOME": folder.path, "NO_COLOR": "1"])
        #expect(plain.waitFor("Your answer"))
        #expect(!plain.screen.contains("\u{1B}[1mQuestion"))
        plain.type("quit\r")
        _ = plain.waitForExit()
    }
}
