import Foundation
import Testing
@testable import BankKeeping
@testable import TrainingRecords

/// Each mistake gets one plain sentence that says what is wrong and what to do, from the real program.
struct MessageTests {
    private static let rayleigh = ProgramRunner.repositoryRoot.appendingPathComponent("QuestionBanks/rayleigh")
    private let train = ["train", "--council", "iminster", "--name", "Ann Bell", "--role", "officer"]

    @Test(arguments: [
        (["--seed", "-1"], "--seed must be at least 0; you gave -1."),
        (["--questions", "-5"], "--questions must be at least 1; you gave -5."),
        (["--questions", "0"], "--questions must be at least 1; you gave 0."),
        (["--questions", "abc"], "--questions must be a whole number, e.g. --questions 10; you gave 'abc'."),
        (["--questions", "--resume"], "--questions needs a whole number after it, e.g. --questions 10; '--resume' is another option."),
        (["--questions", "99999999999999999999"], "--questions 99999999999999999999 is too large a number; give a smaller one, e.g. --questions 10."),
        (["--pass-mark", "-1"], "--pass-mark is a percentage from 0 to 100, e.g. --pass-mark 80; you gave -1."),
        (["--pass-mark", "150"], "--pass-mark is a percentage from 0 to 100, e.g. --pass-mark 80; you gave 150."),
        (["--pass-mark", "80%"], "--pass-mark is a percentage from 0 to 100, written without the % sign, e.g. --pass-mark 80; you gave 80%."),
        (["--pass-mark", "nan"], "--pass-mark must be a percentage from 0 to 100, e.g. --pass-mark 80; you gave 'nan'."),
    ])
    func aNumberOutOfRangeIsNamedAsSuch(extra: [String], message: String) throws {
        let result = try ProgramRunner.run(train + extra)
        #expect(result.status == 64)
        #expect(result.errors.contains("Error: " + message), "\(result.errors)")
        #expect(!result.errors.contains("Missing value"))
    }

    @Test func everyNumericOptionTakesANegativeNumberToTask() throws {
        let out = try ProgramRunner.temporaryFolder().appendingPathComponent("bank.json").path
        let generate = try ProgramRunner.run(["bank", "generate", Self.rayleigh.appendingPathComponent("protocol.txt").path, "--out", out, "--seed", "-1"])
        #expect(generate.status == 64 && generate.errors.contains("--seed must be at least 0; you gave -1."), "\(generate.errors)")
        let records = try ProgramRunner.temporaryFolder().path
        let within = try ProgramRunner.run(["records", "due", "--within", "-3d", "--records", records])
        #expect(within.status == 64 && within.errors.contains("--within must be a length of time from today onwards, e.g. --within 30d; you gave -3d."), "\(within.errors)")
        let report = try ProgramRunner.run(["records", "report", "--out", records + "/r.html", "--interval", "-1y", "--records", records])
        #expect(report.status == 64 && report.errors.contains("--interval must be at least one day"), "\(report.errors)")
        // The numbers that were always fine still are.
        let good = try ProgramRunner.run(["bank", "generate", Self.rayleigh.appendingPathComponent("protocol.txt").path, "--out", out, "--seed", "3"])
        #expect(good.status == 0, "\(good.errors)")
    }

    @Test func aZeroIntervalIsRefused() throws {
        let result = try ProgramRunner.run(["records", "due", "--interval", "0m", "--records", try ProgramRunner.temporaryFolder().path])
        #expect(result.status == 64)
        #expect(result.errors.contains("--interval must be at least one day, e.g. --interval 12m for twelve months; you gave 0m."), "\(result.errors)")
    }

    @Test func aFolderGivenAsABankIsNamedAsAFolder() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let empty = try ProgramRunner.run(["bank", "check", folder.path])
        #expect(empty.status == 66)
        #expect(empty.errors.contains("'\(folder.path)' is a folder, not a question bank file. Give the bank's .json file"), "\(empty.errors)")
        try FileManager.default.copyItem(at: Self.rayleigh.appendingPathComponent("bank.json"), to: folder.appendingPathComponent("bank.json"))
        let holding = try ProgramRunner.run(["train", "--bank", folder.path, "--name", "Ann Bell", "--role", "officer", "--records", folder.path + "-records"])
        #expect(holding.status == 66)
        #expect(holding.errors.contains("Give the bank's file inside it: '\(folder.path)/bank.json'."), "\(holding.errors)")
        #expect(!holding.errors.contains("could not be opened"))
    }

    @Test func aRecordsFolderThatIsAFileIsNamedAsAFile() throws {
        let file = Self.rayleigh.appendingPathComponent("protocol.txt").path
        let result = try ProgramRunner.run(train + ["--records", file])
        #expect(result.status == 64)
        #expect(result.errors.contains("'\(file)' is a file, not a folder of training records. Give the folder where the records are kept with --records FOLDER"), "\(result.errors)")
        #expect(!result.errors.contains("free some space"))
        // Named by PROTOCOL_TRAINER_RECORDS instead, it is refused before the session's first line is shown.
        let configured = try ProgramRunner.run(train, environment: ["PROTOCOL_TRAINER_RECORDS": file])
        #expect(configured.status != 0 && configured.errors.contains("'\(file)' is a file, not a folder of training records"), "\(configured.errors)")
        #expect(!configured.output.contains("training:"), "\(configured.output)")
    }

    @Test func aKeyThatIsAFolderIsNamedAsAFolder() throws {
        let records = try ProgramRunner.temporaryFolder(), keys = try ProgramRunner.temporaryFolder()
        let result = try ProgramRunner.run(["records", "init-key", "--records", records.path, "--key", keys.path])
        #expect(result.status == 66)
        #expect(result.errors.contains("'\(keys.path)' is a folder, not an integrity key file. Give the key's file with --key, e.g. --key \(keys.path)/records.key."), "\(result.errors)")
        #expect(!result.errors.contains("permission denied"))
        // A trainee whose session finds a folder at the key's place is told the record is safe, and to tell the clerk.
        let started = try ProgramRunner.run(["records", "init-key", "--records", records.path, "--key", keys.path + "/records.key"])
        #expect(started.status == 0, "\(started.errors)")
        let session = try ProgramRunner.run(train + ["--questions", "1", "--records", records.path], input: "A\n",
                                            environment: ["PROTOCOL_TRAINER_KEY": keys.path])
        #expect(session.status == 0, "\(session.errors)")
        #expect(session.errors.contains("the clerk's integrity key '\(keys.path)' is a folder, not a key file, so your answers will be saved but could not be sealed. Nothing will be lost; tell the clerk"), "\(session.errors)")
    }

    @Test func recordsOfVersionZeroAndOfAFutureVersionAreLeftAloneWithANextStep() throws {
        let folder = try RecordsCommandTests.save([RecordsCommandTests.record("Ann Bell", started: "2026-03-01T10:00:00+00:00")])
        let file = try #require(FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".json") })
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(file))) as? [String: Any])
        var written: [String: Data] = [:]
        for (version, name) in [(0, "d0000000-0000-4000-8000-000000000004.json"), (2, "f0000000-0000-4000-8000-000000000002.json")] {
            object["schemaVersion"] = version
            object["attemptId"] = String(name.dropLast(5)).uppercased()
            written[name] = try JSONSerialization.data(withJSONObject: object)
            try written[name]!.write(to: folder.appendingPathComponent(name))
        }
        let zero = try ProgramRunner.run(["records", "show", "d0000000", "--records", folder.path])
        #expect(zero.status == 65)
        #expect(zero.errors.contains("says it uses format version 0, which no protocol-trainer writes (versions start at 1)"), "\(zero.errors)")
        let list = try ProgramRunner.run(["records", "list", "--records", folder.path])
        #expect(list.status == 0 && list.output.contains("1 attempt."), "\(list.output)")
        #expect(list.errors.contains("uses format version 2, which is newer than this version of protocol-trainer knows (version 1). It has been left as it is; update protocol-trainer to read it."), "\(list.errors)")
        for (name, data) in written { #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == data) }
    }

    @Test func aBankOfVersionBelowOneIsRefused() throws {
        var bank = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.rayleigh.appendingPathComponent("bank.json"))) as? [String: Any])
        bank["schemaVersion"] = -1
        let path = try ProgramRunner.temporaryFolder().appendingPathComponent("bank.json").path
        try JSONSerialization.data(withJSONObject: bank).write(to: URL(fileURLWithPath: path))
        let result = try ProgramRunner.run(["bank", "check", path, "--protocol", Self.rayleigh.appendingPathComponent("protocol.txt").path])
        #expect(result.status == 65)
        #expect(result.errors.contains("says it uses format version -1, which no protocol-trainer writes (versions start at 1). Regenerate the bank"), "\(result.errors)")
    }

    @Test func aProtocolWithNoRulesWritesNoEmptyBank() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let letter = folder.appendingPathComponent("letter.txt")
        try "Dear Clerk,\nPlease find attached the minutes.\nRegards\n".write(to: letter, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("bank.json")
        let result = try ProgramRunner.run(["bank", "generate", letter.path, "--out", out.path])
        #expect(result.status == 65)
        #expect(result.errors.contains("No questions could be made from '\(letter.path)', so nothing was written to '\(out.path)'."), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func theProtocolIsNeverOverwrittenByItsBank() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let copy = folder.appendingPathComponent("protocol.txt")
        try FileManager.default.copyItem(at: Self.rayleigh.appendingPathComponent("protocol.txt"), to: copy)
        let result = try ProgramRunner.run(["bank", "generate", copy.path, "--out", copy.path])
        #expect(result.status == 64)
        #expect(result.errors.contains("--out \(copy.path) is the protocol itself; give the bank file to write beside it, e.g. --out \(folder.path)/bank.json."), "\(result.errors)")
        #expect(try Data(contentsOf: copy) == Data(contentsOf: Self.rayleigh.appendingPathComponent("protocol.txt")))
        let intoFolder = try ProgramRunner.run(["bank", "generate", copy.path, "--out", folder.path])
        #expect(intoFolder.status == 64 && intoFolder.errors.contains("--out \(folder.path) is a folder; give the bank file to write"), "\(intoFolder.errors)")
    }

    @Test(.enabled(if: getuid() != 0, "root may write to any file"))
    func aReadOnlyBankIsNotReplaced() throws {
        let path = try ProgramRunner.temporaryFolder().appendingPathComponent("bank.json").path
        try FileManager.default.copyItem(atPath: Self.rayleigh.appendingPathComponent("bank.json").path, toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let id = try BankStore.load(path).questions[0].id
        let result = try ProgramRunner.run(["bank", "set-status", id, "retired", "--bank", path])
        #expect(result.status == 73 && result.errors.contains("(the file is read-only)"), "\(result.errors)")
        #expect(try BankStore.load(path).questions[0].status != .retired)
    }

    @Test func anEmptyNameNeverMeansEveryoneInAPurge() throws {
        let folder = try RecordsCommandTests.save([RecordsCommandTests.record("Ann Bell", started: "2019-03-01T10:00:00+00:00")])
        let result = try ProgramRunner.run(["records", "purge", "--before", "2020-01-01", "--name", " ", "--yes", "--records", folder.path])
        #expect(result.status == 64 && result.errors.contains("--name needs a person's name."), "\(result.errors)")
        #expect(RecordStore(folder: folder.path).all().records.count == 1)
    }
}
