import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import BankKeeping
@testable import ProtocolTrainerCLI
@testable import RecordPublishing
@testable import TestSupport
@testable import TrainingRecords

/// The exit statuses of README.md's "Exit status" table, from the real program, one or more cases for each row.
struct ExitStatusTests {
    private static let rayleigh = ProgramRunner.repositoryRoot.appendingPathComponent("QuestionBanks/rayleigh")

    private func write(_ text: String, as name: String) throws -> String {
        let path = try ProgramRunner.temporaryFolder().appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The rows of README.md's table, status → its words, so that the documented table and the program's cannot part.
    private func readmeTable() throws -> [Int32: String] {
        let readme = try String(contentsOf: ProgramRunner.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Exit status").dropFirst().first?.components(separatedBy: "\n## ").first)
        var rows: [Int32: String] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| ") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if let status = Int32(cells[0]) { rows[status] = cells.dropFirst().joined(separator: " ") }
        }
        return rows
    }

    @Test func theReadmeTableIsTheProgramsTable() throws {
        let documented = try readmeTable()
        #expect(Set(documented.keys) == Set([0] + FailureKind.allCases.map(\.rawValue)))
        // argument-parser's own usage errors land on the same row as ours.
        #expect(FailureKind.usage.rawValue == 64)
    }

    @Test func successIsZero() throws {
        #expect(try ProgramRunner.run(["councils"]).status == 0)
        for arguments in [["--help"], ["train", "--help"], ["help", "records", "due"]] {
            let help = try ProgramRunner.run(arguments)
            #expect(help.status == 0 && help.output.contains("USAGE: protocol-trainer") && help.errors.isEmpty, "\(arguments): \(help.errors)")
        }
        let version = try ProgramRunner.run(["--version"])
        #expect(version.status == 0 && version.output == ToolVersion.current + "\n" && version.errors.isEmpty, "\(version.errors)")
        #expect(try ProgramRunner.run(["bank", "check", "iminster"]).status == 0)
    }

    @Test func findingsAreOne() throws {
        var bank = try BankStore.load(Self.rayleigh.appendingPathComponent("bank.json").path)
        bank.questions.append(bank.questions[0])
        let folder = try ProgramRunner.temporaryFolder()
        try BankStore.save(bank, to: folder.appendingPathComponent("bank.json").path)
        let check = try ProgramRunner.run(["bank", "check", folder.appendingPathComponent("bank.json").path,
                                           "--protocol", Self.rayleigh.appendingPathComponent("protocol.txt").path])
        #expect(check.status == 1, "\(check.output)\(check.errors)")
        #expect(check.output.contains("then check it again"), "a finding says what to do: \(check.output)")
        // `records verify` finding an edited record: RecordsCommandTests.theClerkSealsTheRecordsAndVerifyNamesTheOneEditedByHand.
    }

    @Test func usageMistakesAre64() throws {
        for arguments in [["train", "--council", "iminster", "--name", "Ann", "--role", "officer", "--questions", "-5"],
                          ["records", "due", "--interval", "0m"],
                          ["bank", "show", ""],
                          ["records", "list", "--colour", "red"]] {
            let result = try ProgramRunner.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.errors)")
        }
    }

    @Test func unusableDataIs65() throws {
        let malformed = try write("{ this is not JSON, it was edited in Word }", as: "bank.json")
        #expect(try ProgramRunner.run(["bank", "check", malformed]).status == 65)
        let empty = try write("", as: "protocol.txt")
        #expect(try ProgramRunner.run(["protocol", "show", empty]).status == 65)
        var bank = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.rayleigh.appendingPathComponent("bank.json"))) as! [String: Any]
        bank["schemaVersion"] = -1
        let old = try write(String(decoding: try JSONSerialization.data(withJSONObject: bank), as: UTF8.self), as: "bank.json")
        let train = try ProgramRunner.run(["train", "--bank", old, "--name", "Ann", "--role", "officer", "--records", try ProgramRunner.temporaryFolder().path])
        #expect(train.status == 65 && train.errors.contains("versions start at 1"), "\(train.errors)")
    }

    @Test func missingInputIs66() throws {
        let folder = try ProgramRunner.temporaryFolder()
        for arguments in [["train", "--council", "atlantis", "--name", "Ann", "--role", "officer"],
                          ["bank", "check", folder.appendingPathComponent("nope.json").path],
                          ["protocol", "show", folder.appendingPathComponent("nope.txt").path],
                          ["records", "show", "ffffffff", "--records", folder.path],
                          ["records", "verify", "--records", folder.path, "--key", folder.path]] {
            let result = try ProgramRunner.run(arguments)
            #expect(result.status == 66, "\(arguments): \(result.errors)")
        }
    }

    @Test func outputThatCannotBeWrittenIs73() throws {
        let missing = try ProgramRunner.temporaryFolder().appendingPathComponent("no/such/folder")
        let generate = try ProgramRunner.run(["bank", "generate", Self.rayleigh.appendingPathComponent("protocol.txt").path,
                                              "--out", missing.appendingPathComponent("bank.json").path])
        #expect(generate.status == 73, "\(generate.errors)")
        let export = try ProgramRunner.run(["records", "export", "--format", "csv", "--out", missing.appendingPathComponent("x.csv").path,
                                            "--records", try ProgramRunner.temporaryFolder().path])
        #expect(export.status == 73, "\(export.errors)")
        // Under a file, no folder can be made, whoever runs it.
        let underAFile = Self.rayleigh.appendingPathComponent("protocol.txt/records").path
        let initKey = try ProgramRunner.run(["records", "init-key", "--records", underAFile, "--key", missing.appendingPathComponent("k.key").path])
        #expect(initKey.status == 73, "\(initKey.errors)")
        #expect(initKey.errors.contains("The records folder '\(underAFile)' could not be made. Check that you may write to"), "\(initKey.errors)")
    }

    /// 74 and 75 need a failing disk or a second session at the right moment; their kinds are checked where they are made.
    @Test func ioErrorsAndTemporaryFailuresHaveTheirRows() {
        #expect(FailureKind(of: RecordsDeskError.cannotRemove(path: "r.json", reason: "an input/output error")) == .ioError)
        #expect(FailureKind.ioError.rawValue == 74 && FailureKind.tryAgain.rawValue == 75)
        #expect(FailureKind(of: Failure(.tryAgain, "Another session is saving; try again.")) == .tryAgain)
    }

    /// A push to a store that is not there is "try again later"; one with nothing to say where to is a usage error;
    /// a refused password is 77 (against a real store in `RecordsPushCommandTests`).
    @Test func pushingHasItsRows() throws {
        let records = try RecordsCommandTests.trainedFolder()
        let password = try write("s3cret\n", as: "lrs-password")
        chmod(password, 0o600)
        let environment = ["PROTOCOL_TRAINER_CONFIG": records.path + "-config"]
        let down = try ProgramRunner.run(["records", "push", "--lrs", "http://127.0.0.1:9/xAPI/", "--user", "clerk",
                                          "--password-file", password, "--retries", "0", "--records", records.path], environment: environment)
        #expect(down.status == 75 && down.errors.contains("could not be reached (the connection was refused)"), "\(down.errors)")
        let nowhere = try ProgramRunner.run(["records", "push", "--records", records.path], environment: environment)
        #expect(nowhere.status == 64 && nowhere.errors.contains("--lrs URL"), "\(nowhere.errors)")
        let noPassword = try ProgramRunner.run(["records", "push", "--lrs", "http://127.0.0.1:9/xAPI/", "--user", "clerk",
                                                "--records", records.path], environment: environment)
        #expect(noPassword.status == 64 && noPassword.errors.contains("never taken on the command line"), "\(noPassword.errors)")
        // An emails file that is not there is an error, as for the export, not quietly no emails.
        let noEmails = try ProgramRunner.run(["records", "push", "--lrs", "http://127.0.0.1:9/xAPI/", "--dry-run",
                                              "--emails", "/no/such/emails.csv", "--records", records.path], environment: environment)
        #expect(noEmails.status == 66 && noEmails.errors.contains("/no/such/emails.csv"), "\(noEmails.errors)")
        #expect(FailureKind(of: PushError.refusedCredentials(url: "https://lrs.example.org/xAPI/", user: "clerk", status: 401)) == .notPermitted)
        #expect(FailureKind.notPermitted.rawValue == 77)
    }

    @Test(ExternalTool.script.required)
    func ctrlCAtTheCarryOnQuestionIs130AndLeavesTheAttempt() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let arguments = ["train", "--council", "iminster", "--name", "Stopped Early", "--role", "councillor", "--questions", "3",
                         "--records", folder.path]
        let first = try ProgramRunner.run(arguments, input: "A\n")
        #expect(first.status == 0, "\(first.errors)")
        let saved = try #require(RecordStore(folder: folder.path).all().records.first?.path)
        let before = try Data(contentsOf: URL(fileURLWithPath: saved))
        let terminal = try TerminalSession(arguments, environment: ["HOME": folder.path])
        #expect(terminal.waitFor("Carry on with it? [Y/n]"))
        terminal.type("\u{3}")
        #expect(terminal.waitForExit() == 130, "\(terminal.screen)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: saved)) == before)
    }
}
