import Foundation
import Testing
import Yams
@testable import RecordPublishing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

/// The bank and record files follow their published JSON Schemas, checked by an independent validator
/// (Python's jsonschema, which .ci/run makes sure is installed).
@Suite(ExternalTool.jsonschema.required)
struct SchemaTests {
    static let schemas = ProgramRunner.repositoryRoot.appendingPathComponent("Sources/TrainerModel/Schemas")

    private func validate(_ files: [String], against schema: String) throws -> (Int32, String) {
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        bad = 0
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path))):
                bad += 1
                print(path, list(error.absolute_path), error.message)
        sys.exit(1 if bad else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema] + files
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func committedBanksFollowTheBankSchema() throws {
        let root = ProgramRunner.repositoryRoot.appendingPathComponent("QuestionBanks")
        let banks = ["iminster", "northampton", "rayleigh", "wimborne-minster", "district-constitution"].map {
            root.appendingPathComponent("\($0)/bank.json").path
        }
        let (status, output) = try validate(banks, against: Self.schemas.appendingPathComponent("bank.schema.json").path)
        #expect(status == 0, "\(output)")
    }

    /// The catalogue's YAML files, read by a YAML parser as plain data and checked as JSON against their schema.
    @Test func catalogueFilesFollowTheCatalogueSchema() throws {
        let folder = ProgramRunner.repositoryRoot.appendingPathComponent("Sources/QuestionGeneration/Catalogue/Provisions")
        let out = try ProgramRunner.temporaryFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count >= 10)
        var files: [String] = []
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let value = try #require(try Yams.load(yaml: text), "\(name) is empty")
            let json = out.appendingPathComponent(name + ".json")
            try JSONSerialization.data(withJSONObject: value).write(to: json)
            files.append(json.path)
        }
        let (status, output) = try validate(files, against: Self.schemas.appendingPathComponent("catalogue.schema.json").path)
        #expect(status == 0, "\(output)")
    }

    @Test func recordsWrittenByTheRunnerFollowTheRecordSchema() throws {
        let folder = try ProgramRunner.temporaryFolder()
        for (name, input) in [("Siân O'Brien", "a\nb\nskip\n"), ("Dan Hughes", "a\nb\nc\nd\na\nb\nc\nd\na\nb\nc\nd\na\nb\n")] {
            _ = try ProgramRunner.run(["train", "--council", "rayleigh", "--name", name, "--role", "officer", "--questions", "3",
                                       "--records", folder.path], input: input)
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.map { folder.appendingPathComponent($0).path }
        #expect(files.count == 2)
        let schema = Self.schemas.appendingPathComponent("record.schema.json").path
        let (status, output) = try validate(files, against: schema)
        #expect(status == 0, "\(output)")
    }

    @Test func theIntegrityLogFollowsItsSchema() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let key = ["PROTOCOL_TRAINER_KEY": folder.path + "-key/records.key"]
        _ = try ProgramRunner.run(["train", "--council", "rayleigh", "--name", "Before Sealing", "--role", "officer", "--questions", "2",
                                   "--records", folder.path], input: "a\nb\n")
        #expect(try ProgramRunner.run(["records", "init-key", "--records", folder.path], environment: key).status == 0)
        _ = try ProgramRunner.run(["train", "--council", "rayleigh", "--name", "After Sealing", "--role", "officer", "--questions", "2",
                                   "--records", folder.path], input: "a\nb\n", environment: key)
        let log = try String(contentsOf: folder.appendingPathComponent("integrity.log"), encoding: .utf8)
        let lines = log.split(separator: "\n").map(String.init)
        #expect(lines.count >= 4)
        // JSON Lines: each line on its own is one object of the schema.
        let files = try lines.enumerated().map { index, line in
            let file = folder.appendingPathComponent("line-\(index).json")
            try line.write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }
        let (status, output) = try validate(files, against: Self.schemas.appendingPathComponent("integrity-log.schema.json").path)
        #expect(status == 0, "\(output)")
        // A record saved into the sealed folder carries the key's fingerprint, as the record schema describes.
        let sealed = RecordStore(folder: folder.path).all().records.filter { $0.record.sealedWith != nil }.map(\.path)
        #expect(sealed.count == 1)
        let (recordStatus, recordOutput) = try validate(sealed, against: Self.schemas.appendingPathComponent("record.schema.json").path)
        #expect(recordStatus == 0, "\(recordOutput)")
    }

    /// Lines of each kind the acknowledgement log holds, and the push settings, as the library writes them, follow
    /// their schemas (the push tests write the same lines from a real store's answers).
    @Test func theAcknowledgementLogAndPushSettingsFollowTheirSchemas() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let log = AcknowledgementLog(folder: folder.path)
        let writer = try log.openForPush()
        let attempt = UUID()
        let ids = (0..<3).map { NameBasedUUID.make(namespace: NameBasedUUID.statements, name: "attempt/\(attempt)/\($0)").uuidString.lowercased() }
        let lrs = try LRSEndpoint("https://LRS.example.org/xAPI/statements").description
        try writer.append([
            AcknowledgementEntry(at: Timestamp.string(Date()), lrs: lrs, event: .rejected, attempt: attempt, statements: ids, reason: "bad verb"),
            AcknowledgementEntry(at: Timestamp.string(Date()), lrs: lrs, event: .acknowledged, attempt: attempt, statements: ids),
            AcknowledgementEntry(at: Timestamp.string(Date()), lrs: lrs, event: .voided, attempt: attempt, statements: [ids[0]]),
        ])
        let lines = try String(contentsOfFile: log.path, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let files = try lines.enumerated().map { index, line in
            let file = folder.appendingPathComponent("line-\(index).json")
            try line.write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }
        let (status, output) = try validate(files, against: Self.schemas.appendingPathComponent("lrs-push-log.schema.json").path)
        #expect(status == 0, "\(output)")

        let config = folder.appendingPathComponent("config").path
        try PushSettings(lrs: try LRSEndpoint(lrs), user: "clerk", homePage: "https://www.example-tc.gov.uk", afterTraining: true)
            .save(in: config, password: "s3cret")
        let (settingsStatus, settingsOutput) = try validate([config + "/" + PushSettings.fileName],
                                                            against: Self.schemas.appendingPathComponent("push-settings.schema.json").path)
        #expect(settingsStatus == 0, "\(settingsOutput)")
    }
}
