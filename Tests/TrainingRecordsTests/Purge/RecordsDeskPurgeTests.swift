import Foundation
import Testing
@testable import TestSupport
@testable import TrainingRecords

struct RecordsDeskPurgeTests {
    @Test func onlyAttemptsLastSavedBeforeTheDateAreCandidatesAndNothingIsRemovedUntilAsked() throws {
        let old = DeskFixtures.record(name: "Siân O'Brien", started: "2019-05-01T10:00:00+00:00")
        let edge = DeskFixtures.record(name: "Smith, John", started: "2020-03-31T23:58:00+00:00")
        let recent = DeskFixtures.record(name: "Ann Lee", started: "2020-04-01T00:00:00+00:00")
        let store = try DeskFixtures.folder([old, edge, recent])
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: store.folder + "/damaged.json"))
        let cutoff = try DeskDate.day("2020-04-01", timeZone: TimeZone(identifier: "UTC")!).start
        let purge = RecordPurge(scanner: RecordScanner(store: store), before: cutoff)
        let found = try purge.candidates()
        // edge started at 23:58 on 31 March but was last saved at 00:00 on 1 April, so it stays.
        #expect(found.records.map(\.record.trainee.name) == ["Siân O'Brien"])
        #expect(found.damaged.map(\.path) == [store.folder + "/damaged.json"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.folder).count == 4)
    }

    @Test func removingWritesOneLogLineForEachRecordWithoutTheName() throws {
        let records = [DeskFixtures.record(name: "Siân O'Brien", started: "2019-05-01T10:00:00+00:00"),
                       DeskFixtures.record(name: "Smith, John", role: .officer, mode: .refresher, started: "2019-06-01T10:00:00+00:00"),
                       DeskFixtures.record(name: "Ann Lee", started: "2025-01-01T10:00:00+00:00")]
        let store = try DeskFixtures.folder(records)
        let purge = RecordPurge(scanner: RecordScanner(store: store), before: try DeskDate.day("2020-01-01").start)
        let lines = try purge.remove(try purge.candidates().records, reason: "purge --before 2020-01-01").lines
        #expect(lines.count == 2)
        let remaining = try FileManager.default.contentsOfDirectory(atPath: store.folder).sorted()
        #expect(remaining == [records[2].attemptId.uuidString.lowercased() + ".json", "purge.log", AttemptLock.fileName].sorted())
        let log = try String(contentsOfFile: purge.logPath, encoding: .utf8)
        #expect(log.split(separator: "\n").count == 2)
        #expect(log.contains("removed \(records[0].attemptId.uuidString.lowercased()).json: councillor, Iminster Town Council, induction started 2019-05-01 10:00, passed (purge --before 2020-01-01)"))
        #expect(log.contains("removed \(records[1].attemptId.uuidString.lowercased()).json: officer"))
        #expect(!log.contains("Siân") && !log.contains("Smith"))
        // A second purge appends to the log.
        _ = try RecordPurge(scanner: RecordScanner(store: store), before: try DeskDate.day("2026-01-01").start).remove(
            try RecordPurge(scanner: RecordScanner(store: store), before: try DeskDate.day("2026-01-01").start).candidates().records, reason: "again")
        #expect(try String(contentsOfFile: purge.logPath, encoding: .utf8).split(separator: "\n").count == 3)
    }

    @Test func aNamedPersonsAttemptsAloneCanBePurged() throws {
        let records = [DeskFixtures.record(name: "Siân O'Brien"), DeskFixtures.record(name: "Ann Lee")]
        let store = try DeskFixtures.folder(records)
        let purge = RecordPurge(scanner: RecordScanner(store: store), before: Date(), filter: RecordFilter(name: "sian o'brien"))
        #expect(try purge.candidates().records.map(\.record) == [records[0]])
    }
}
