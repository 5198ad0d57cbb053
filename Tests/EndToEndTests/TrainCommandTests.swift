import Foundation
import Testing
@testable import BankKeeping
@testable import TrainerModel
@testable import Training
@testable import TrainingRecords

/// `train` run as the real program: on a pipe (scripts) and on a terminal (readline).
struct TrainCommandTests {
    static let bank = try! BankStore.load(ProgramRunner.repositoryRoot.appendingPathComponent("QuestionBanks/iminster/bank.json").path)

    /// The right letters for every question of the attempt the program will make with this seed.
    static func rightAnswers(role: TraineeRole, mode: TrainingMode, count: Int, seed: UInt64) -> [String] {
        let selection = QuestionSelection(bank: bank, role: role, mode: mode, count: count, seed: seed)
        return selection.questions.map { question in
            selection.optionOrder[question.id]!.enumerated()
                .filter { _, id in question.options.first { $0.id == id }!.correct }
                .map { String(UnicodeScalar(UInt8(65 + $0.offset))) }.joined(separator: ",")
        }
    }

    private func records(_ folder: URL) -> [TrainingRecord] {
        RecordStore(folder: folder.path).all().records.map(\.record)
    }

    @Test func aScriptedInductionOnAPipeIsMarkedAgainstTheBanksKey() throws {
        let folder = try ProgramRunner.temporaryFolder()
        var answers = Self.rightAnswers(role: .councillor, mode: .induction, count: 8, seed: 11)
        answers[2] = "skip"
        let result = try ProgramRunner.run(
            ["train", "--council", "iminster", "--name", "Siân O'Brien", "--role", "councillor", "--questions", "8", "--seed", "11", "--records", folder.path],
            input: "Z\n" + answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Question 1 of 8"))
        // "Z" is queried and the same question asked again, so all eight answers still land.
        #expect(result.output.contains("> Z\n") && result.output.components(separatedBy: "Question 1 of 8").count == 2)
        #expect(result.output.contains("scored 87.5%"))
        #expect(result.output.contains("Passed"))
        #expect(result.output.contains("Your training record was saved as"))
        #expect(!result.output.contains("\u{1B}["), "no escape codes on a pipe")
        let saved = try #require(records(folder).first)
        #expect(saved.trainee == Trainee(name: "Siân O'Brien", role: .councillor))
        #expect(saved.status == .completed)
        #expect(saved.answers.count == 8)
        #expect(saved.result?.percent == 87.5 && saved.result?.passed == true && saved.result?.passMark == 80)
        for answer in saved.answers {
            let question = try #require(Self.bank.question(id: answer.questionId))
            #expect(answer.correct == (Set(answer.response) == Set(question.correctOptionIDs)))
        }
        #expect(saved.answers[2].skipped && saved.answers[2].response.isEmpty)
    }

    @Test func endOfInputSavesAndTheSameCommandCarriesOn() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let answers = Self.rightAnswers(role: .officer, mode: .practice, count: 4, seed: 3)
        let arguments = ["train", "--council", "iminster", "--name", "Mark Ellis", "--role", "officer", "--mode", "practice",
                         "--questions", "4", "--seed", "3", "--records", folder.path]
        let first = try ProgramRunner.run(arguments, input: answers[0] + "\n")
        #expect(first.status == 0)
        #expect(first.output.contains("Right."))
        #expect(first.output.contains("To carry on, run the same command again."))
        #expect(records(folder).first?.status == .inProgress)
        let second = try ProgramRunner.run(arguments, input: "y\n" + answers[1...].joined(separator: "\n") + "\n")
        #expect(second.output.contains("You have an unfinished practice"))
        #expect(second.output.contains("Question 2 of 4"))
        let saved = try #require(records(folder).first)
        #expect(records(folder).count == 1)
        #expect(saved.status == .completed && saved.result?.percent == 100 && saved.result?.passed == nil)
    }

    @Test func badOptionsGetAUsageMessage() throws {
        let noName = try ProgramRunner.run(["train", "--council", "iminster", "--name", "  ", "--role", "councillor"])
        #expect(noName.status == 64)
        #expect(noName.errors.contains("Give the trainee's name"))
        let badRole = try ProgramRunner.run(["train", "--council", "iminster", "--name", "Ann", "--role", "mayor"])
        #expect(badRole.status == 64)
        let unknown = try ProgramRunner.run(["train", "--council", "atlantis", "--name", "Ann", "--role", "officer"])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("There is no built-in council called 'atlantis'"))
    }

    @Test func aCorruptRecordIsReportedAndTrainingGoesOn() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let corrupt = folder.appendingPathComponent("broken.json")
        try Data("{\"schemaVersion\": 1, \"attemptId\": ".utf8).write(to: corrupt)
        let answers = Self.rightAnswers(role: .councillor, mode: .induction, count: 2, seed: 1)
        let result = try ProgramRunner.run(["train", "--council", "iminster", "--name", "Ann", "--role", "councillor", "--questions", "2",
                                            "--seed", "1", "--records", folder.path], input: answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        #expect(result.errors.contains(corrupt.path) && result.errors.contains("damaged"))
        #expect(try Data(contentsOf: corrupt) == Data("{\"schemaVersion\": 1, \"attemptId\": ".utf8))
    }

    @Test func killingTheRunnerAtAnyMomentLeavesAReadableRecord() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let answers = Self.rightAnswers(role: .councillor, mode: .induction, count: 12, seed: 9)
        for round in 0..<12 {
            let process = Process()
            process.executableURL = ProgramRunner.executable
            process.arguments = ["train", "--council", "iminster", "--name", "Kill Test \(round)", "--role", "councillor",
                                 "--seed", "9", "--records", folder.path]
            var env = ProcessInfo.processInfo.environment
            env["PROTOCOL_TRAINER_BANKS"] = ProgramRunner.repositoryRoot.appendingPathComponent("QuestionBanks").path
            process.environment = env
            let stdin = Pipe()
            process.standardInput = stdin
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            stdin.fileHandleForWriting.write(Data(answers.prefix(round).joined(separator: "\n").utf8 + [10]))
            Thread.sleep(forTimeInterval: Double(round % 4) * 0.01)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let listing = RecordStore(folder: folder.path).all()
        #expect(listing.unreadable.isEmpty, "\(listing.unreadable.map(\.description))")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".json") || $0.hasPrefix(".") }
        _ = leftovers // a temporary file may be left by a kill mid-write; it is never mistaken for a record
        #expect(listing.records.allSatisfy { $0.record.answers.count <= 12 })
    }

    @Test func sessionsAtOnceOnTheSameRecordsFolderKeepEveryRecordAndOneUnbrokenSealChain() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let key = ["PROTOCOL_TRAINER_KEY": folder.path + "-key/records.key"]
        let started = try ProgramRunner.run(["records", "init-key", "--records", folder.path], environment: key)
        #expect(started.status == 0, "\(started.errors)")
        let answers = Self.rightAnswers(role: .officer, mode: .refresher, count: 6, seed: 21)
        let group = DispatchGroup()
        let statuses = Statuses()
        for index in 0..<6 {
            group.enter()
            DispatchQueue.global().async {
                let result = try? ProgramRunner.run(["train", "--council", "iminster", "--name", "Officer \(index)", "--role", "officer",
                                                     "--questions", "6", "--seed", "21", "--records", folder.path],
                                                    input: answers.joined(separator: "\n") + "\n", environment: key)
                statuses.add(result?.status ?? -1)
                group.leave()
            }
        }
        group.wait()
        #expect(statuses.all == Array(repeating: 0, count: 6))
        let listing = RecordStore(folder: folder.path).all()
        #expect(listing.unreadable.isEmpty)
        #expect(Set(listing.records.map(\.record.trainee.name)) == Set((0..<6).map { "Officer \($0)" }))
        #expect(listing.records.allSatisfy { $0.record.status == .completed && $0.record.result?.percent == 100 })
        let verified = try ProgramRunner.run(["records", "verify", "--records", folder.path], environment: key)
        #expect(verified.status == 0 && verified.output.contains("All 6 records are as protocol-trainer saved them"), "\(verified.output)")
    }
}

final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int32] = []
    func add(_ value: Int32) { lock.lock(); values.append(value); lock.unlock() }
    var all: [Int32] { lock.lock(); defer { lock.unlock() }; return values }
}
