import Foundation
import Testing
@testable import BankKeeping
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

/// `records` run as the real program, on records made by the real `train` command and on made-up ones.
struct RecordsCommandTests {
    /// A records folder with two real induction attempts (Siân O'Brien passed, "Smith, John" failed) and a damaged file.
    static func trainedFolder() throws -> URL {
        let folder = try ProgramRunner.temporaryFolder()
        let right = TrainCommandTests.rightAnswers(role: .councillor, mode: .induction, count: 4, seed: 5)
        for (name, answers) in [("Siân O'Brien", right), ("Smith, John", ["skip", "skip"] + right.suffix(2))] {
            let result = try ProgramRunner.run(["train", "--council", "iminster", "--name", name, "--role", "councillor",
                                                "--questions", "4", "--seed", "5", "--records", folder.path],
                                               input: answers.joined(separator: "\n") + "\n")
            #expect(result.status == 0, "\(result.errors)")
        }
        try Data("{\"schemaVersion\": 1, \"attemptId\": ".utf8).write(to: folder.appendingPathComponent("broken.json"))
        return folder
    }

    static func save(_ records: [TrainingRecord]) throws -> URL {
        let folder = try ProgramRunner.temporaryFolder()
        for record in records { try RecordStore(folder: folder.path).save(record) }
        return folder
    }

    static func record(_ name: String, started: String, passed: Bool = true, status: AttemptStatus = .completed) -> TrainingRecord {
        var record = TrainingRecord(attemptId: UUID(), toolVersion: "test", trainee: Trainee(name: name, role: .officer),
                                    council: "Iminster Town Council", councilSlug: "iminster", mode: .refresher, startedAt: started,
                                    bankSHA256: String(repeating: "b", count: 64), protocolSHA256: String(repeating: "a", count: 64),
                                    seed: 1, questionOrder: ["q-1"], optionOrder: ["q-1": ["o-1", "o-2"]], passMark: 80)
        record.answers = [RecordedAnswer(questionId: "q-1", response: [passed ? "o-1" : "o-2"], correct: passed, score: passed ? 1 : 0,
                                         skipped: false, answeredAt: started, secondsTaken: 12)]
        record.status = status
        record.updatedAt = started
        if status == .completed {
            record.finishedAt = started
            record.result = AttemptResult(percent: passed ? 100 : 0, passMark: 80, passed: passed, topics: [])
        }
        return record
    }

    @Test func listShowsATableFiltersItAndReportsDamagedRecords() throws {
        let folder = try Self.trainedFolder()
        let all = try ProgramRunner.run(["records", "list", "--records", folder.path])
        #expect(all.status == 0, "a damaged record is never fatal")
        #expect(all.output.contains("Siân O'Brien") && all.output.contains("Smith, John"))
        #expect(all.output.contains("passed") && all.output.contains("failed"))
        #expect(all.output.contains("2 attempts."))
        #expect(all.errors.contains("broken.json") && all.errors.contains("1 damaged record was skipped"))
        let one = try ProgramRunner.run(["records", "list", "--records", folder.path, "--name", "sian o'brien", "--status", "passed"])
        #expect(one.output.contains("Siân O'Brien") && !one.output.contains("Smith") && one.output.contains("1 attempt."))
        let none = try ProgramRunner.run(["records", "list", "--records", folder.path, "--role", "officer"])
        #expect(none.status == 0 && none.output.contains("No attempts match: role officer."))
    }

    @Test func showGivesOneAttemptInFull() throws {
        let folder = try Self.trainedFolder()
        let records = RecordStore(folder: folder.path).all().records.map(\.record)
        let john = try #require(records.first { $0.trainee.name == "Smith, John" })
        let shown = try ProgramRunner.run(["records", "show", String(john.attemptId.uuidString.lowercased().prefix(8)), "--records", folder.path])
        #expect(shown.status == 0, "\(shown.errors)")
        #expect(shown.output.contains("Name: Smith, John"))
        #expect(shown.output.contains("Result: not passed with 50%"))
        #expect(shown.output.contains("1. \(john.questionOrder[0]): skipped"))
        #expect(shown.output.contains("3. \(john.questionOrder[2]): right, chose"))
        // Each question in the bank's words, with the option chosen and, where it was wrong or skipped, the right one.
        let bank = try BankStore.load(ProgramRunner.repositoryRoot.appendingPathComponent("QuestionBanks/iminster/bank.json").path)
        let skipped = try #require(bank.question(id: john.questionOrder[0]))
        let right = try #require(skipped.options.first { $0.correct })
        #expect(shown.output.contains("Question: \(skipped.stem)\n     Right answer: “\(right.text)”"), "\(shown.output)")
        let missing = try ProgramRunner.run(["records", "show", "ffffffff", "--records", folder.path])
        #expect(missing.status == 66 && missing.errors.contains("There is no attempt 'ffffffff'"))
    }

    @Test func csvExportQuotesNamesAndOpensAsASpreadsheetWould() throws {
        let folder = try Self.trainedFolder()
        let out = folder.appendingPathComponent("export.csv")
        let result = try ProgramRunner.run(["records", "export", "--format", "csv", "--records", folder.path, "--out", out.path])
        #expect(result.status == 0 && result.output.contains("Exported 2 attempts to \(out.path)."))
        #expect(result.errors.contains("broken.json"))
        let bytes = try Data(contentsOf: out)
        #expect(bytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]), "a BOM, so Excel reads UTF-8")
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("\r\nSiân O'Brien,councillor,Iminster Town Council,induction,"))
        #expect(text.contains("\r\n\"Smith, John\",councillor,"))
        #expect(text.contains(",100,80,passed,4,4,") && text.contains(",50,80,failed,2,4,"))
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "exports hold personal data")
        let perAnswer = try ProgramRunner.run(["records", "export", "--format", "csv", "--per-answer", "--name", "Smith, John",
                                               "--records", folder.path])
        #expect(perAnswer.output.components(separatedBy: "\r\n").filter { $0.hasPrefix("\"Smith, John\"") }.count == 4)
        #expect(perAnswer.output.contains(",skipped,0,"))
    }

    @Test func aSubjectAccessRequestGetsEverythingKeptAboutOnePerson() throws {
        let folder = try Self.trainedFolder()
        let result = try ProgramRunner.run(["records", "export", "--format", "json", "--name", "SIÂN O’BRIEN", "--records", folder.path])
        #expect(result.status == 0)
        let records = try JSONDecoder().decode([TrainingRecord].self, from: Data(result.output.utf8))
        #expect(records.map(\.trainee.name) == ["Siân O'Brien"])
        #expect(records[0].answers.count == 4)
    }

    @Test func badFiltersAndDatesGetAUsageMessage() throws {
        let folder = try ProgramRunner.temporaryFolder()
        for arguments in [["--since", "31/02/2026"], ["--until", "next week"], ["--status", "lost"], ["--colour", "red"],
                          ["--since", "2026-05-01", "--until", "2026-04-01"]] {
            let result = try ProgramRunner.run(["records", "list", "--records", folder.path] + arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.errors.contains("Usage: protocol-trainer records list"), "\(arguments)")
        }
        let date = try ProgramRunner.run(["records", "export", "--format", "csv", "--since", "2026-13-01", "--records", folder.path])
        #expect(date.errors.contains("'2026-13-01' is not a date I can read. Write dates as year-month-day, e.g. 2026-03-31"))
        let interval = try ProgramRunner.run(["records", "due", "--interval", "a year", "--records", folder.path])
        #expect(interval.status == 64 && interval.errors.contains("'a year' is not a length of time"))
        let format = try ProgramRunner.run(["records", "export", "--format", "xlsx", "--records", folder.path])
        #expect(format.status == 64)
        let missing = try ProgramRunner.run(["records", "list", "--records", folder.appendingPathComponent("nope").path])
        #expect(missing.status == 66 && missing.errors.contains("There is no records folder at"))
    }

    @Test func purgeShowsWhatWouldGoAndRemovesOnlyWithYes() throws {
        let old = Self.record("Siân O'Brien", started: "2019-05-01T10:00:00+00:00")
        let kept = Self.record("Smith, John", started: "2025-05-01T10:00:00+00:00")
        let folder = try Self.save([old, kept])
        let dry = try ProgramRunner.run(["records", "purge", "--before", "2020-01-01", "--records", folder.path])
        #expect(dry.status == 0)
        #expect(dry.output.contains("This attempt was last saved before 2020-01-01 and would be removed:"))
        #expect(dry.output.contains("Siân O'Brien") && !dry.output.contains("Smith"))
        #expect(dry.output.contains("Nothing has been removed. To remove it, run the same command with --yes."))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 2)
        let real = try ProgramRunner.run(["records", "purge", "--before", "2020-01-01", "--yes", "--records", folder.path])
        #expect(real.status == 0)
        #expect(real.output.contains("removed \(old.attemptId.uuidString.lowercased()).json: officer, Iminster Town Council, refresher"))
        #expect(real.output.contains("Removed 1 attempt."))
        // Besides them only the attempts' empty lock file, which holds nobody's data.
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == [kept.attemptId.uuidString.lowercased() + ".json", "purge.log", AttemptLock.fileName].sorted())
        let log = try String(contentsOf: folder.appendingPathComponent("purge.log"), encoding: .utf8)
        #expect(log.split(separator: "\n").count == 1 && log.contains(old.attemptId.uuidString.lowercased()) && !log.contains("Siân"))
        let bad = try ProgramRunner.run(["records", "purge", "--records", folder.path, "--yes"])
        #expect(bad.status == 64, "--before is required")
    }

    @Test func dueListsWhoNeedsTraining() throws {
        let now = Date()
        let day: (Double) -> String = { Timestamp.string(now.addingTimeInterval(-$0 * 86_400), timeZone: TimeZone(identifier: "UTC")!) }
        let folder = try Self.save([Self.record("Over Due", started: day(400)), Self.record("Soon Due", started: day(350)),
                                    Self.record("In Date", started: day(10)), Self.record("Never Passed", started: day(5), passed: false)])
        let result = try ProgramRunner.run(["records", "due", "--interval", "12m", "--within", "30d", "--records", folder.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Never passed an induction or refresher (1):\n  Never Passed"))
        #expect(result.output.contains("Overdue: last passed more than 12 months ago (1):\n  Over Due"))
        #expect(result.output.contains("Due within 30 days (1):\n  Soon Due"))
        #expect(result.output.contains("1 person is up to date."))
    }

    /// ralph-malph's xAPI 1.0.3 statement model (`pip install ralph-malph==5.1.0`), an independent implementation of the spec.
    static let validator = """
    import json, sys
    from ralph.models.xapi.base.statements import BaseXapiStatement
    statements = json.load(open(sys.argv[1]))
    bad = 0
    for index, statement in enumerate(statements):
        try:
            BaseXapiStatement.model_validate(statement)
        except Exception as error:
            bad += 1
            print(index, error)
    print(f"{len(statements) - bad} valid, {bad} invalid")
    sys.exit(1 if bad else 0)
    """

    @Test func theClerkSealsTheRecordsAndVerifyNamesTheOneEditedByHand() throws {
        let folder = try Self.trainedFolder()
        let inside = ["PROTOCOL_TRAINER_KEY": folder.path + "/keys/records.key"]
        let refused = try ProgramRunner.run(["records", "init-key", "--records", folder.path], environment: inside)
        #expect(refused.status != 0 && refused.errors.contains("would be inside the records folder"), "\(refused.errors)")
        let notYet = try ProgramRunner.run(["records", "verify", "--records", folder.path], environment: inside)
        #expect(notYet.status != 0 && notYet.errors.contains("not sealed yet"), "\(notYet.errors)")

        let key = ["PROTOCOL_TRAINER_KEY": folder.path + "-key/records.key"]
        let started = try ProgramRunner.run(["records", "init-key", "--records", folder.path], environment: key)
        #expect(started.status == 0 && started.output.contains("3 records sealed as they are now"), "\(started.output)\(started.errors)")
        let clean = try ProgramRunner.run(["records", "verify", "--records", folder.path], environment: key)
        #expect(clean.status == 0 && clean.output.contains("All 3 records are as protocol-trainer saved them"), "\(clean.output)\(clean.errors)")

        let record = try #require(RecordStore(folder: folder.path).all().records.first { $0.record.trainee.name == "Siân O'Brien" })
        let text = try String(contentsOfFile: record.path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"passed\" : false", with: "\"passed\" : true")
            .replacingOccurrences(of: "Siân", with: "Sian").write(toFile: record.path, atomically: true, encoding: .utf8)
        let caught = try ProgramRunner.run(["records", "verify", "--records", folder.path], environment: key)
        #expect(caught.status == 1)
        #expect(caught.output.contains("\(record.path): edited since protocol-trainer saved it"), "\(caught.output)")
        #expect(caught.output.contains("1 problem found"))
    }

    /// The trained folder with an unfinished attempt beside, exported as xAPI twice; the folder and both exports.
    private static func exportXAPITwice() throws -> (folder: URL, first: URL, second: URL) {
        let folder = try Self.trainedFolder()
        try RecordStore(folder: folder.path).save(Self.record("Still Going", started: "2026-01-01T10:00:00+00:00", status: .inProgress))
        let first = folder.appendingPathComponent("first.json"), second = folder.appendingPathComponent("second.json")
        for out in [first, second] {
            let result = try ProgramRunner.run(["records", "export", "--format", "xapi", "--home-page", "https://www.iminster.gov.uk",
                                                "--records", folder.path, "--out", out.path])
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.errors.contains("1 unfinished attempt was left out"))
        }
        return (folder, first, second)
    }

    @Test func xapiExportIsTheSameEveryTime() throws {
        let (_, first, second) = try Self.exportXAPITwice()
        #expect(try Data(contentsOf: first) == Data(contentsOf: second), "exporting twice gives the same statements and ids")
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: first)) as? [[String: Any]])
        #expect(statements.count == 2 + 8)
        #expect(Set(statements.compactMap { $0["id"] as? String }).count == 10)
    }

    @Test(ExternalTool.ralphStatements.required)
    func xapiExportIsValidForRalph() throws {
        let (folder, first, _) = try Self.exportXAPITwice()
        let script = folder.appendingPathComponent("validate.py")
        try Self.validator.write(to: script, atomically: true, encoding: .utf8)
        let check = try ProgramRunner.python([script.path, first.path])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(check.output.contains("10 valid, 0 invalid"))
    }
}

extension ProgramRunner {
    /// Runs python3 (for the independent xAPI validator).
    static func python(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                      errors: String(decoding: errors, as: UTF8.self))
    }
}
