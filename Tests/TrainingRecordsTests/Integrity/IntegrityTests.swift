import Foundation
import PropertyBased
import Testing
@testable import TestSupport
@testable import TrainingRecords

/// Sealed records: `records verify` finds a record edited by hand, removed, cut short or added, and a log changed,
/// naming the file; records saved or purged by the tool itself always pass.
struct IntegrityTests {
    /// A records folder with `count` saved attempts, sealed from the start, and its key.
    private func sealedFolder(_ count: Int) throws -> (store: RecordStore, key: IntegrityKey, log: IntegrityLog) {
        try DeskFixtures.sealedFolder((0..<count).map { DeskFixtures.record(name: "Trainee \($0)", questions: 4, right: $0 % 5) })
    }

    private func verify(_ folder: (store: RecordStore, key: IntegrityKey, log: IntegrityLog)) throws -> IntegrityCheck.Report {
        try IntegrityCheck(log: folder.log, key: folder.key).run(recordFiles: { try RecordScanner(store: folder.store).fileNames() })
    }

    private func files(_ store: RecordStore) throws -> [String] {
        try RecordScanner(store: store).fileNames().map { store.folder + "/" + $0 }
    }

    @Test func recordsSavedAndResavedByTheToolPass() throws {
        let folder = try sealedFolder(5)
        var record = try #require(folder.store.all().records.first?.record)
        record.trainee.name = "Renamed By The Tool"
        try folder.store.save(record)
        let report = try verify(folder)
        #expect(report.findings.isEmpty, "\(report.findings)")
        // The start, then two lines (intent and seal) for each of the six saves.
        #expect(report.recordsChecked == 5 && report.logEntries == 13)
    }

    @Test func recordsAlreadyThereWhenSealingBeganAreSealedAsFound() throws {
        let store = try DeskFixtures.folder([DeskFixtures.record(name: "Before"), DeskFixtures.record(name: "Also Before")])
        let key = try IntegrityKey.create(at: store.folder + "-key/records.key")
        let log = IntegrityLog(folder: store.folder)
        #expect(try log.begin(key: key, recordFiles: RecordScanner(store: store).fileNames()) == 2)
        #expect(try IntegrityCheck(log: log, key: key).run(recordFiles: { try RecordScanner(store: store).fileNames() }).findings.isEmpty)
        #expect(throws: IntegrityError.alreadySetUp(log: log.path)) { try log.begin(key: key, recordFiles: []) }
    }

    /// A session that saved without seeing the log (it was not there yet) but whose file lands before the folder is
    /// listed: the listing is taken once the log is in place, so the save is sealed as found, not reported as put there
    /// by hand (the reliability harness's init-key race found this).
    @Test func aSaveLandingWhileSealingBeginsIsSealedAsFound() throws {
        let store = try DeskFixtures.folder([DeskFixtures.record(name: "Before")])
        let key = try IntegrityKey.create(at: store.folder + "-key/records.key")
        let log = IntegrityLog(folder: store.folder)
        let late = DeskFixtures.record(name: "Saved Meanwhile")
        let sealed = try log.begin(key: key, listing: {
            // The other session's save, which checked for the log before it appeared.
            try? late.jsonData().write(to: URL(fileURLWithPath: store.path(for: late.attemptId)))
            return (try? RecordScanner(store: store).fileNames()) ?? []
        })
        #expect(sealed == 2)
        let report = try IntegrityCheck(log: log, key: key).run(recordFiles: { try RecordScanner(store: store).fileNames() })
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    /// Tampering with some records in each of the ways a file can go wrong is found, file by file, and nothing else is.
    @Test func eachTamperedRecordIsNamedWithWhatHappenedToIt() throws {
        let kinds = ["edited", "missing", "cut short", "not in the integrity log"]
        let plan = Gen.int(in: 0...4).array(of: 6...6) // per record: 0 left alone, 1…4 one of `kinds`
        try repeatableCheck(count: 12, salt: 401, input: plan) { actions in
            let folder = try sealedFolder(actions.count)
            var expected: [String: String] = [:]
            for (path, action) in zip(try files(folder.store), actions) where action > 0 {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                switch action {
                case 1: try Data(String(decoding: data, as: UTF8.self).replacingOccurrences(of: "Trainee", with: "Trainer").utf8)
                    .write(to: URL(fileURLWithPath: path))
                case 2: try FileManager.default.removeItem(atPath: path)
                case 3: try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
                default:
                    // A copy put in by hand under a new attempt number.
                    let copy = folder.store.folder + "/" + UUID().uuidString.lowercased() + ".json"
                    try data.write(to: URL(fileURLWithPath: copy))
                    expected[copy] = kinds[3]
                    continue
                }
                expected[path] = kinds[action - 1]
            }
            let findings = try verify(folder).findings
            #expect(Set(findings.map(\.path)) == Set(expected.keys), "\(actions): \(findings)")
            for finding in findings {
                #expect(finding.problem.contains(expected[finding.path] ?? "?"), "\(finding)")
            }
        }
    }

    @Test func aLogLineRemovedOrChangedIsFound() throws {
        let folder = try sealedFolder(4)
        let original = try String(contentsOfFile: folder.log.path, encoding: .utf8)
        var lines = original.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.remove(at: 2)
        try lines.joined(separator: "\n").write(toFile: folder.log.path, atomically: true, encoding: .utf8)
        let removed = try verify(folder).findings.map(\.description)
        #expect(removed.contains { $0.contains("line 3 does not follow the line before it") }, "\(removed)")

        let changed = original.replacingOccurrences(of: "\"event\":\"saved\"", with: "\"event\":\"found\"")
        try changed.write(toFile: folder.log.path, atomically: true, encoding: .utf8)
        #expect(try verify(folder).findings.contains { $0.problem.contains("was changed by hand") })

        // A last line cut short can only be cut by hand: it is reported, and the next save ends it with a newline and
        // carries on the chain from the last whole line, so sealing goes on and the cut stays on show.
        try String(original.dropLast(10)).write(toFile: folder.log.path, atomically: true, encoding: .utf8)
        #expect(try verify(folder).findings.contains { $0.problem.contains("last line is cut short") })
        try folder.store.save(DeskFixtures.record(name: "After The Cut Line"))
        let mended = try verify(folder)
        #expect(mended.findings.map(\.problem) == ["line \(original.split(separator: "\n").count) is damaged or was edited by hand."], "\(mended.findings)")
        #expect(mended.interruptedSaves.count == 1, "the save whose seal was cut off is an interrupted save")
    }

    @Test func anotherKeyIsRefusedByName() throws {
        let folder = try sealedFolder(1)
        let other = try IntegrityKey.create(at: folder.store.folder + "-other/records.key")
        #expect(throws: IntegrityError.wrongKey(key: other.path, log: folder.log.path)) {
            try IntegrityCheck(log: folder.log, key: other).run(recordFiles: { [] })
        }
        #expect(throws: IntegrityError.cannotWriteKey(path: folder.key.path, reason: "a file is already there")) {
            try IntegrityKey.create(at: folder.key.path)
        }
    }

    @Test func purgedRecordsAreSealedAsRemovedAndOneThatComesBackIsFound() throws {
        let folder = try sealedFolder(3)
        let purge = RecordPurge(scanner: RecordScanner(store: folder.store), before: Date().addingTimeInterval(86_400 * 365 * 10),
                                filter: RecordFilter(name: "Trainee 1"))
        let victim = try #require(try purge.candidates().records.first)
        let contents = try Data(contentsOf: URL(fileURLWithPath: victim.path))
        _ = try purge.remove([victim], reason: "test")
        #expect(try verify(folder).findings.isEmpty)
        try contents.write(to: URL(fileURLWithPath: victim.path))
        let findings = try verify(folder).findings
        #expect(findings.count == 1 && findings[0].path == victim.path && findings[0].problem.contains("removed by 'records purge'"))
    }

    @Test func withoutTheKeyTheRecordIsSavedAndTheMissingSealReported() throws {
        let folder = try sealedFolder(1)
        let unkeyed = RecordStore(folder: folder.store.folder, keyPath: folder.store.folder + "-nowhere/records.key")
        let record = DeskFixtures.record(name: "No Key")
        #expect {
            try unkeyed.save(record)
        } throws: { error in
            guard case RecordError.notSealed(let path, let reason) = error else { return false }
            return path == unkeyed.path(for: record.attemptId) && reason.contains("integrity key is not at")
        }
        #expect(try unkeyed.load(unkeyed.path(for: record.attemptId)) == record)
        #expect(try verify(folder).findings.map(\.path) == [unkeyed.path(for: record.attemptId)])
    }
}
