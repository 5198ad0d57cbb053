import Foundation
import Testing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

/// A computer that stops part-way through a save or a purge leaves a state `records verify` names for what it is, never
/// an edit or a removal by hand; the clerk can accept an interrupted save, and only that, without saying --edited.
struct InterruptedSealTests {
    private struct Folder {
        let store: RecordStore
        let key: IntegrityKey
        let log: IntegrityLog
        var check: IntegrityCheck { IntegrityCheck(log: log, key: key) }

        func verify() throws -> IntegrityCheck.Report {
            try check.run(recordFiles: { try RecordScanner(store: store).fileNames() })
        }

        /// Writes what a save writes up to a given step, as a kill would leave it.
        func interruptedSave(_ record: TrainingRecord, writeFile: Bool) throws {
            var sealed = record
            sealed.sealedWith = key.id
            let data = try sealed.jsonData()
            let held = try log.lock(exclusive: true)
            try log.append(.saving, file: name(record), sha256: ProtocolFingerprint.sha256(of: data), key: key, under: held)
            if writeFile { try AtomicFile.write(data, to: store.path(for: record.attemptId), permissions: 0o600) }
        }

        func name(_ record: TrainingRecord) -> String { record.attemptId.uuidString.lowercased() + ".json" }
    }

    private func sealedFolder(_ records: [TrainingRecord]) throws -> Folder {
        let (store, key, log) = try DeskFixtures.sealedFolder(records)
        return Folder(store: store, key: key, log: log)
    }

    @Test func aSaveStoppedAfterItsWriteIsAnInterruptedSaveThatTheClerkCanAccept() throws {
        var record = DeskFixtures.record(name: "Stopped Late", questions: 4, right: 2)
        let folder = try sealedFolder([record])
        record.trainee.name = "Stopped Late, Second Save"
        try folder.interruptedSave(record, writeFile: true)

        let report = try folder.verify()
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.interruptedSaves.map(\.path) == [folder.store.path(for: record.attemptId)])
        #expect(report.interruptedSaves[0].problem.contains("records accept \(folder.name(record).prefix(8))"))

        let acceptance = RecordAcceptance(log: folder.log, key: folder.key)
        #expect(try acceptance.accept(folder.name(record), edited: false) == .interruptedSave)
        let after = try folder.verify()
        #expect(after.findings.isEmpty && after.interruptedSaves.isEmpty)
        #expect(try String(contentsOfFile: folder.log.path, encoding: .utf8).split(separator: "\n").last?.contains("\"event\":\"accepted\"") == true)
        #expect(try acceptance.accept(folder.name(record), edited: false) == .alreadySealed)
    }

    @Test func aSaveStoppedBeforeItsWriteLeavesNothingToReport() throws {
        var record = DeskFixtures.record(name: "Stopped Early", questions: 4, right: 1)
        let folder = try sealedFolder([record])
        record.trainee.name = "Never Written"
        try folder.interruptedSave(record, writeFile: false)
        // A first save that never reached the disk: only its intent is in the log.
        try folder.interruptedSave(DeskFixtures.record(name: "Never Saved At All"), writeFile: false)
        let report = try folder.verify()
        #expect(report.findings.isEmpty && report.interruptedSaves.isEmpty, "\(report.findings) \(report.interruptedSaves)")
    }

    @Test func aSaveStoppedAfterItsWriteThenAnotherStoppedBeforeItsWriteIsStillAnInterruptedSave() throws {
        var record = DeskFixtures.record(name: "Stopped Twice", questions: 4, right: 2)
        let folder = try sealedFolder([record])
        record.position = 1
        try folder.interruptedSave(record, writeFile: true)
        // The next session carries on from what is on the disk and is stopped before its own write.
        record.position = 2
        try folder.interruptedSave(record, writeFile: false)
        let report = try folder.verify()
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.interruptedSaves.count == 1)
        #expect(try RecordAcceptance(log: folder.log, key: folder.key).accept(folder.name(record), edited: false) == .interruptedSave)
        #expect(try folder.verify().interruptedSaves.isEmpty)
    }

    @Test func anEditIsNeverAcceptedAsAnInterruptedSave() throws {
        let record = DeskFixtures.record(name: "Edited By Hand", questions: 4, right: 1)
        let folder = try sealedFolder([record])
        let path = folder.store.path(for: record.attemptId)
        let edited = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Edited By Hand", with: "Someone Else")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try folder.verify().findings.map(\.problem).first?.contains("edited since protocol-trainer saved it") == true)

        let acceptance = RecordAcceptance(log: folder.log, key: folder.key)
        #expect(throws: IntegrityError.notInterrupted(path: path)) { try acceptance.accept(folder.name(record), edited: false) }
        #expect(try acceptance.accept(folder.name(record), edited: true) == .edited)
        #expect(try folder.verify().findings.isEmpty)
    }

    @Test func aPurgeStoppedBetweenRemovingARecordAndSealingItIsAPurge() throws {
        let kept = DeskFixtures.record(name: "Purge Stopped Before Unlink")
        let gone = DeskFixtures.record(name: "Purge Stopped After Unlink")
        let folder = try sealedFolder([kept, gone])
        do {
            let held = try folder.log.lock(exclusive: true)
            for record in [kept, gone] {
                let data = try Data(contentsOf: URL(fileURLWithPath: folder.store.path(for: record.attemptId)))
                try folder.log.append(.removing, file: folder.name(record), sha256: ProtocolFingerprint.sha256(of: data), key: folder.key, under: held)
            }
            try FileManager.default.removeItem(atPath: folder.store.path(for: gone.attemptId))
        }

        let report = try folder.verify()
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.interruptedPurges.map(\.path) == [folder.store.path(for: gone.attemptId)])
        #expect(!report.interruptedPurges[0].problem.contains("missing"))

        // The next purge confirms the removal it finds unconfirmed, and leaves the other record, still there, alone.
        let purge = RecordPurge(scanner: RecordScanner(store: folder.store), before: Date(timeIntervalSince1970: 0))
        #expect(try purge.remove([], reason: "nothing this time").lines.isEmpty)
        let after = try folder.verify()
        #expect(after.findings.isEmpty && after.interruptedPurges.isEmpty, "\(after.findings) \(after.interruptedPurges)")
        #expect(FileManager.default.fileExists(atPath: folder.store.path(for: kept.attemptId)))
    }

    @Test func aDeletedLogBesideSealedRecordsStopsTrainingAndIsNamed() throws {
        let record = DeskFixtures.record(name: "Sealed Then Log Deleted")
        let folder = try sealedFolder([record])
        let listed = folder.store.all().records.map(\.record)
        #expect(listed.first?.sealedWith == folder.key.id)
        #expect(FolderSealing.check(folder.store, records: listed) == .sealed)

        try FileManager.default.removeItem(atPath: folder.log.path)
        #expect(FolderSealing.check(folder.store, records: listed) == .refused(.logMissing(folder: folder.store.folder, sealedRecords: 1)))
        // A save that happens anyway (a session already running) keeps the answers and says the seal is missing.
        #expect(throws: RecordError.self) { try folder.store.save(listed[0]) }
        #expect(FileManager.default.fileExists(atPath: folder.store.path(for: record.attemptId)))
    }

    @Test func anotherFoldersKeyIsRefusedBeforeTrainingStarts() throws {
        let folder = try sealedFolder([DeskFixtures.record(name: "Right Key")])
        let otherKey = try IntegrityKey.create(at: folder.store.folder + "-other/records.key")
        let wrong = RecordStore(folder: folder.store.folder, keyPath: otherKey.path)
        #expect(FolderSealing.check(wrong, records: []) == .refused(.wrongKey(key: otherKey.path, log: folder.log.path)))
        let unkeyed = RecordStore(folder: folder.store.folder, keyPath: folder.store.folder + "-nowhere/records.key")
        #expect(FolderSealing.check(unkeyed, records: []) == .noKey(reason: "the clerk's integrity key is not at '\(folder.store.folder)-nowhere/records.key'."))
        // Nothing sealed with the wrong key reaches the log, so verify with the right key stays clean.
        let record = DeskFixtures.record(name: "Saved With The Wrong Key")
        #expect(throws: RecordError.self) { try wrong.save(record) }
        #expect(try folder.verify().findings.map(\.problem).allSatisfy { $0.contains("not in the integrity log") })
    }

    @Test func startingTheLogTwiceOrRestartingAReadableOneIsRefusedAndLeavesNoTemporaryFile() throws {
        let folder = try sealedFolder([DeskFixtures.record(name: "Begun Once")])
        #expect(throws: IntegrityError.alreadySetUp(log: folder.log.path)) { try folder.log.begin(key: folder.key, recordFiles: []) }
        #expect(throws: IntegrityError.restartNotNeeded(log: folder.log.path)) { try folder.log.setAsideForRestart() }
        #expect(LeftoverFiles.names(in: folder.store.folder).isEmpty)

        // An unreadable log is set aside, never deleted, and a restarted log says so.
        try Data("not a log\n".utf8).write(to: URL(fileURLWithPath: folder.log.path))
        let aside = try #require(try folder.log.setAsideForRestart())
        #expect(FileManager.default.fileExists(atPath: aside))
        _ = try folder.log.begin(key: folder.key, recordFiles: try RecordScanner(store: folder.store).fileNames(), restart: true)
        let report = try folder.verify()
        #expect(report.restartedAt != nil && report.findings.isEmpty)
    }

    @Test func leftoverTemporaryCopiesOfGoneProcessesAreRemovedAndNeverListed() throws {
        let folder = try sealedFolder([DeskFixtures.record(name: "Has A Leftover")])
        let live = ".abc.json.\(getpid()).123.tmp"
        let dead = ".abc.json.2147483000.456.tmp"
        for name in [live, dead, ".abc.json.notapid.1.tmp"] {
            try Data("{\"trainee\":{\"name\":\"Leftover\"}}".utf8).write(to: URL(fileURLWithPath: folder.store.folder + "/" + name))
        }
        #expect(LeftoverFiles.names(in: folder.store.folder) == [dead, live].sorted())
        #expect(try RecordScanner(store: folder.store).fileNames().allSatisfy { !$0.hasPrefix(".") })
        #expect(LeftoverFiles.remove(in: folder.store.folder) == 1)
        #expect(LeftoverFiles.names(in: folder.store.folder) == [live])
    }

    @Test func oneAttemptHasOneWriterAndAPurgeLeavesAnAttemptInUse() throws {
        let record = DeskFixtures.record(name: "Open In A Window", started: "2019-01-01T10:00:00+00:00")
        let folder = try sealedFolder([record])
        let first = try #require(try AttemptLock.acquire(record.attemptId, in: folder.store.folder))
        #expect(try AttemptLock.acquire(record.attemptId, in: folder.store.folder) == nil)
        #expect(AttemptLock.isHeld(record.attemptId, in: folder.store.folder))

        let purge = RecordPurge(scanner: RecordScanner(store: folder.store), before: Date())
        let outcome = try purge.remove(try purge.candidates().records, reason: "test")
        #expect(outcome.lines.isEmpty && outcome.inUse == [folder.name(record)])
        withExtendedLifetime(first) {}
    }

    /// A kill can stop a write between two pages, never inside one, so no sealed line may straddle a page.
    @Test func noSealedLineCrossesAPageSoAKillNeverLeavesHalfALine() throws {
        let folder = try sealedFolder((0..<40).map { DeskFixtures.record(name: "Paged \($0) " + String(repeating: "x", count: $0 * 3)) })
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder.log.path)))
        var start = 0
        var lines = 0
        for end in bytes.indices where bytes[end] == UInt8(ascii: "\n") {
            #expect(start / IntegrityLog.page == end / IntegrityLog.page, "the line at \(start)...\(end) crosses a page")
            #expect(IntegrityEntry.parse(bytes[start..<end]) != nil)
            start = end + 1
            lines += 1
        }
        #expect(start == bytes.count && lines == 81 && bytes.count > 4 * IntegrityLog.page)
        #expect(try folder.verify().findings.isEmpty)
    }

    @Test func manyWritersAndACheckAtOnceNeverRaiseAFinding() throws {
        let folder = try sealedFolder([])
        let records = (0..<8).map { DeskFixtures.record(name: "Concurrent \($0)", questions: 4, right: $0 % 4) }
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: records.count + 1) { index in
            guard index < records.count else {
                for _ in 0..<20 where ((try? folder.verify().findings.isEmpty) ?? false) == false { failures.add() }
                return
            }
            var record = records[index]
            for round in 0..<10 {
                record.position = round
                do { try folder.store.save(record) } catch { failures.add() }
            }
        }
        #expect(failures.value == 0)
        #expect(try folder.verify().findings.isEmpty)
    }
}

/// A count that several threads add to.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}
