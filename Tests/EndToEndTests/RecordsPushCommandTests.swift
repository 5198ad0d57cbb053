import Foundation
import Testing
@testable import RecordPublishing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords
#if canImport(Glibc)
import Glibc
#endif

/// `records push` run as the real program against a real Ralph LRS on loopback: pushed, pushed again, the store killed
/// mid-push and restarted, and what the store holds read back through its own GET and compared field by field with
/// the program's xAPI export.
@Suite(.serialized, RalphLRS.tool.required, ExternalTool.curl.required)
struct RecordsPushCommandTests {
    private func passwordFile() throws -> String {
        let path = try ProgramRunner.temporaryFolder().appendingPathComponent("lrs-password").path
        try Data((RalphLRS.password + "\n").utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        return path
    }

    private func push(_ lrs: RalphLRS, _ records: URL, _ extra: [String] = [], password: String? = nil,
                      environment: [String: String] = [:]) throws -> ProgramRunner.Result {
        try ProgramRunner.run(["records", "push", "--lrs", lrs.address, "--user", RalphLRS.user,
                               "--password-file", try password ?? passwordFile(), "--records", records.path,
                               "--home-page", "https://www.example-tc.gov.uk"] + extra,
                              environment: ["PROTOCOL_TRAINER_CONFIG": records.path + "-config"].merging(environment) { $1 })
    }

    /// The xAPI export of the same folder, by statement id: what the store must hold.
    private func exported(_ records: URL) throws -> [String: [String: Any]] {
        let result = try ProgramRunner.run(["records", "export", "--format", "xapi", "--home-page", "https://www.example-tc.gov.uk",
                                            "--records", records.path])
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: statements.map { ($0["id"] as! String, $0) })
    }

    @Test func pushedOncePushedAgainAndReadBackFieldByField() throws {
        let records = try RecordsCommandTests.trainedFolder()
        let lrs = RalphLRS(folder: try ProgramRunner.temporaryFolder())
        try lrs.start()
        defer { lrs.stop() }
        let dry = try push(lrs, records, ["--dry-run"])
        #expect(dry.status == 0 && dry.output.contains("Would send 2 attempts (10 statements)"), "\(dry.output)\(dry.errors)")
        #expect(try lrs.statements().isEmpty, "a dry run sends nothing")
        let first = try push(lrs, records)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Sent 2 of 2 attempts (10 statements)"), "\(first.output)")
        #expect(first.errors.contains("broken.json"), "the damaged record is reported, not sent")
        let second = try push(lrs, records)
        #expect(second.status == 0 && second.output.contains("Nothing to send"), "\(second.output)")
        let held = try lrs.statements()
        let expected = try exported(records)
        #expect(held.count == expected.count, "no duplicates")
        for statement in held {
            let id = try #require(statement["id"] as? String)
            var stored = statement
            // What the store adds: when it stored the statement and on whose authority.
            #expect(stored.removeValue(forKey: "stored") != nil && stored.removeValue(forKey: "authority") != nil)
            #expect(NSDictionary(dictionary: stored).isEqual(to: try #require(expected[id])), "statement \(id) differs from the export")
        }
        let status = try push(lrs, records, ["--status"])
        #expect(status.output.contains("Waiting to be sent: 0 attempts") && status.output.contains("Acknowledged by the store: 2 attempts (10 statements)"),
                "\(status.output)")
    }

    @Test func aStoreKilledMidPushIsCarriedOnFromAfterItRestarts() throws {
        let records = try ProgramRunner.temporaryFolder()
        let count = 240
        try RecordStore(folder: records.path).save((0..<count).map { index in
            RecordsCommandTests.record("Trainee \(index)", started: "2026-0\(1 + index % 9)-1\(index % 10)T10:00:00+00:00")
        })
        let lrs = RalphLRS(folder: try ProgramRunner.temporaryFolder())
        try lrs.start()
        defer { lrs.stop() }
        let password = try passwordFile()
        // The push runs on its own while the store is killed under it, once it has written down a first batch.
        let process = Process()
        process.executableURL = ProgramRunner.executable
        process.arguments = ["records", "push", "--lrs", lrs.address, "--user", RalphLRS.user, "--password-file", password,
                             "--records", records.path, "--batch-size", "4", "--retries", "1"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let log = records.appendingPathComponent(AcknowledgementLog.fileName).path
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, ((try? String(contentsOfFile: log, encoding: .utf8))?.count ?? 0) < 2000 { usleep(2000) }
        lrs.kill()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        _ = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 75, "\(errorText)")
        #expect(errorText.contains("could not be reached") && errorText.contains("carries on"), "\(errorText)")
        let acknowledged = try AcknowledgementLog(folder: records.path).summary(for: try LRSEndpoint(lrs.address))
        #expect(acknowledged.attempts.count > 0 && acknowledged.attempts.count < count, "killed part-way: \(acknowledged.attempts.count)")

        try lrs.start()
        let again = try push(lrs, records, password: password)
        #expect(again.status == 0, "\(again.errors)")
        let held = try lrs.statements()
        let ids = held.compactMap { $0["id"] as? String }
        #expect(ids.count == 2 * count && Set(ids).count == ids.count, "every statement once: \(ids.count)")
        #expect(try AcknowledgementLog(folder: records.path).summary(for: try LRSEndpoint(lrs.address)).attempts.count == count)
        #expect(try push(lrs, records, password: password).output.contains("Nothing to send"))
    }

    @Test func aWrongPasswordIsRefusedWithItsOwnExitStatusAndNothingMarkedSent() throws {
        let records = try RecordsCommandTests.trainedFolder()
        let lrs = RalphLRS(folder: try ProgramRunner.temporaryFolder())
        try lrs.start()
        defer { lrs.stop() }
        let wrong = try ProgramRunner.temporaryFolder().appendingPathComponent("wrong").path
        try Data("not the password\n".utf8).write(to: URL(fileURLWithPath: wrong))
        chmod(wrong, 0o600)
        let result = try push(lrs, records, password: wrong)
        #expect(result.status == 77, "\(result.errors)")
        #expect(result.errors.contains("refused the user 'clerk'") && result.errors.contains("HTTP 401"), "\(result.errors)")
        #expect(try lrs.statements().isEmpty)
        let logText = (try? String(contentsOf: records.appendingPathComponent(AcknowledgementLog.fileName), encoding: .utf8)) ?? ""
        #expect(logText.isEmpty, "nothing is marked as sent")
        // A password file others can read is refused before anything is sent.
        chmod(wrong, 0o644)
        let shared = try push(lrs, records, password: wrong)
        #expect(shared.status == 65 && shared.errors.contains("chmod 600"), "\(shared.errors)")
    }

    @Test func anAttemptTheStoreRejectsIsNamedAndTheOthersGo() throws {
        let records = try ProgramRunner.temporaryFolder()
        let names = ["Ann Lee", "Bob Ray", "Cat Moss"]
        let saved = names.map { RecordsCommandTests.record($0, started: "2026-02-0\(names.firstIndex(of: $0)! + 1)T10:00:00+00:00") }
        try RecordStore(folder: records.path).save(saved)
        // Ralph refuses an email address at a reserved domain; the others are plain addresses.
        let emails = records.path + "-emails.csv"
        try "name,email\nAnn Lee,ann@example.com\nBob Ray,bob@council.invalid\nCat Moss,cat@example.com\n"
            .write(toFile: emails, atomically: true, encoding: .utf8)
        let lrs = RalphLRS(folder: try ProgramRunner.temporaryFolder())
        try lrs.start()
        defer { lrs.stop() }
        let result = try push(lrs, records, ["--emails", emails])
        let refused = saved[1].attemptId.uuidString.lowercased().prefix(8)
        #expect(result.status == 1, "\(result.output)\(result.errors)")
        #expect(result.errors.contains("Refused by the store: attempt \(refused)"), "\(result.errors)")
        #expect(result.output.contains("Sent 2 of 3 attempts"), "\(result.output)")
        let actors = try lrs.statements().compactMap { ($0["actor"] as? [String: Any])?["mbox"] as? String }
        #expect(Set(actors) == ["mailto:ann@example.com", "mailto:cat@example.com"])
        let status = try push(lrs, records, ["--status", "--emails", emails])
        #expect(status.output.contains("Refused last time: attempt \(refused)"), "\(status.output)")
    }

    @Test func aPurgedAttemptIsNamedAndVoidedAtTheStore() throws {
        let records = try ProgramRunner.temporaryFolder()
        let old = RecordsCommandTests.record("Old Trainee", started: "2019-05-01T10:00:00+00:00")
        let recent = RecordsCommandTests.record("New Trainee", started: "2026-05-01T10:00:00+00:00")
        try RecordStore(folder: records.path).save([old, recent])
        let lrs = RalphLRS(folder: try ProgramRunner.temporaryFolder())
        try lrs.start()
        defer { lrs.stop() }
        #expect(try push(lrs, records).status == 0)
        let purge = try ProgramRunner.run(["records", "purge", "--before", "2020-01-01", "--yes", "--records", records.path])
        let short = old.attemptId.uuidString.lowercased().prefix(8)
        #expect(purge.output.contains("still holds the statements of this removed attempt (\(short))"), "\(purge.output)")
        #expect(purge.output.contains("records push --lrs \(lrs.address) --void \(short)"))
        #expect(try push(lrs, records, ["--status"]).output.contains("Removed here but still held by the store: \(short)"))
        let void = try push(lrs, records, ["--void", String(short)])
        #expect(void.status == 0 && void.output.contains("Voided 2 statements of attempt \(short)"), "\(void.output)\(void.errors)")
        let voiding = try lrs.statements().filter { ($0["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/voided" }
        let targets = Set(voiding.compactMap { ($0["object"] as? [String: Any])?["id"] as? String })
        #expect(targets == Set(PendingAttempt.statementIDs(of: old)))
        #expect(!(try push(lrs, records, ["--status"]).output.contains("still held")))
        #expect(try push(lrs, records, ["--void", String(short)]).output.contains("voided at \(lrs.address) already"))
    }

    @Test func aConfiguredPushSendsEachTrainingAsItFinishesAndAStoreThatIsDownOnlyDefersIt() throws {
        let records = try ProgramRunner.temporaryFolder()
        let config = records.path + "-config"
        let lrs = RalphLRS(folder: try ProgramRunner.temporaryFolder())
        try lrs.start()
        defer { lrs.stop() }
        let configure = try ProgramRunner.run(["records", "push", "--configure", "--lrs", lrs.address, "--user", RalphLRS.user,
                                               "--password-file", try passwordFile(), "--after-training", "--records", records.path],
                                              environment: ["PROTOCOL_TRAINER_CONFIG": config])
        #expect(configure.status == 0 && configure.output.contains("each training is sent as soon as it finishes"), "\(configure.errors)")
        let mode = try FileManager.default.attributesOfItem(atPath: config + "/" + PushSettings.passwordFileName)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let train = ["train", "--council", "rayleigh", "--name", "Dan Hughes", "--role", "officer", "--questions", "2", "--records", records.path]
        let first = try ProgramRunner.run(train, input: "a\nb\n", environment: ["PROTOCOL_TRAINER_CONFIG": config])
        #expect(first.status == 0 && first.output.contains("also sent to the council's learning record store"), "\(first.output)\(first.errors)")
        #expect(try lrs.statements().count == 3)
        lrs.stop()
        let second = try ProgramRunner.run(train, input: "a\nb\n", environment: ["PROTOCOL_TRAINER_CONFIG": config])
        #expect(second.status == 0 && second.output.contains("goes with the next push"), "\(second.output)\(second.errors)")
        try lrs.start()
        // The saved settings are enough: no address, user or password on the command line.
        let later = try ProgramRunner.run(["records", "push", "--records", records.path], environment: ["PROTOCOL_TRAINER_CONFIG": config])
        #expect(later.status == 0 && later.output.contains("Sent 1 of 1 attempt"), "\(later.output)\(later.errors)")
        #expect(try lrs.statements().count == 6)
    }
}

private extension RecordStore {
    func save(_ records: [TrainingRecord]) throws {
        for record in records { try save(record) }
    }
}
