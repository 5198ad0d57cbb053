import Foundation
import Testing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

/// Nothing written into a records folder, and no export, follows a symbolic link planted where protocol-trainer writes:
/// the file outside is never changed, and the write is refused or replaces the link itself.
struct SymlinkSafetyTests {
    /// A records folder, and a file outside it that a planted link points at.
    private func plant() throws -> (folder: String, victim: String) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("symlinks-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: base + "/records", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: base + "/outside", withIntermediateDirectories: true)
        try Data("not yours\n".utf8).write(to: URL(fileURLWithPath: base + "/outside/victim"))
        return (base + "/records", base + "/outside/victim")
    }

    private func untouched(_ victim: String) throws -> Bool {
        try String(contentsOfFile: victim, encoding: .utf8) == "not yours\n"
    }

    @Test func aLinkAtARecordsPlaceIsReplacedNotFollowed() throws {
        let (folder, victim) = try plant()
        let store = RecordStore(folder: folder)
        let record = DeskFixtures.record(name: "Link Planted")
        try FileManager.default.createSymbolicLink(atPath: store.path(for: record.attemptId), withDestinationPath: victim)
        try store.save(record)
        #expect(try untouched(victim))
        #expect(try store.load(store.path(for: record.attemptId)) == record)
        #expect(LeftoverFiles.names(in: folder).isEmpty)
    }

    @Test func aLinkInPlaceOfTheIntegrityLogIsRefused() throws {
        let (folder, victim) = try plant()
        try FileManager.default.createSymbolicLink(atPath: folder + "/" + IntegrityLog.fileName, withDestinationPath: victim)
        let log = IntegrityLog(folder: folder)
        #expect(log.isStarted, "a link in the log's place is not taken for an unsealed folder")
        #expect(throws: IntegrityError.self) { try log.lock(exclusive: true) }
        let key = try IntegrityKey.create(at: folder + "-key/records.key")
        #expect(throws: IntegrityError.alreadySetUp(log: log.path)) { try log.begin(key: key, recordFiles: []) }
        let store = RecordStore(folder: folder, keyPath: key.path)
        #expect(throws: RecordError.self) { try store.save(DeskFixtures.record(name: "Still Saved")) }
        #expect(try untouched(victim))
    }

    @Test func aLinkInPlaceOfTheLockFileOrThePurgeLogIsRefused() throws {
        let (folder, victim) = try plant()
        try FileManager.default.createSymbolicLink(atPath: folder + "/" + AttemptLock.fileName, withDestinationPath: victim)
        #expect(throws: RecordError.self) { try AttemptLock.acquire(UUID(), in: folder) }
        #expect(try untouched(victim))

        let (purged, purgeVictim) = try plant()
        let record = DeskFixtures.record(name: "Purged Past A Link", started: "2019-01-01T10:00:00+00:00")
        let store = RecordStore(folder: purged)
        try store.save(record)
        let purge = RecordPurge(scanner: RecordScanner(store: store), before: Date())
        try FileManager.default.createSymbolicLink(atPath: purge.logPath, withDestinationPath: purgeVictim)
        #expect(throws: RecordsDeskError.self) { try purge.remove(try purge.candidates().records, reason: "test") }
        #expect(try untouched(purgeVictim))
        #expect(FileManager.default.fileExists(atPath: store.path(for: record.attemptId)), "nothing is removed without its log line")
    }

    @Test func anExportLeavesOnlyItsFileAndRemovesAStoppedExportsCopy() throws {
        let (folder, _) = try plant()
        let target = folder + "/../training.csv"
        let leftover = URL(fileURLWithPath: folder).deletingLastPathComponent().path + "/.training.csv.2147483000.9.tmp"
        try Data("a stopped export's copy".utf8).write(to: URL(fileURLWithPath: leftover))
        let output = try ExportOutput(file: target)
        output.write("name\n")
        try output.finish()
        let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == ["outside", "records", "training.csv"])
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
