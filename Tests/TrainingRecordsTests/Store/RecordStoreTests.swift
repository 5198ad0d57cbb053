import Foundation
import Testing
@testable import TrainerModel
@testable import TrainingRecords

struct RecordStoreTests {
    private func store() throws -> RecordStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString)").path
        return RecordStore(folder: folder)
    }

    private func record(name: String) -> TrainingRecord {
        TrainingRecord(attemptId: UUID(), toolVersion: "test", trainee: Trainee(name: name, role: .officer), council: "Iminster Town Council",
                       councilSlug: "iminster", mode: .refresher, startedAt: "2026-11-22T14:03:12+00:00", bankSHA256: "b",
                       protocolSHA256: "p", seed: 1, questionOrder: ["q-1"], optionOrder: ["q-1": ["o-1", "o-2"]], passMark: 80)
    }

    @Test(arguments: ["Siân O'Brien", "Zoë/../../etc/passwd", "Dr. J. R. R. Tolkien.", "Amélie 🌻 Dubois", String(repeating: "Wolfeschlegelsteinhausenberger ", count: 17)])
    func namesAreKeptExactlyAndNeverUsedAsPaths(name: String) throws {
        let store = try store()
        let original = record(name: name)
        try store.save(original)
        let files = try FileManager.default.contentsOfDirectory(atPath: store.folder)
        #expect(files == [original.attemptId.uuidString.lowercased() + ".json"])
        #expect(try store.load(store.path(for: original.attemptId)) == original)
        #expect(try store.load(store.path(for: original.attemptId)).trainee.name == name)
    }

    @Test func damagedRecordsAreReportedAndLeftAlone() throws {
        let store = try store()
        let good = record(name: "Ann")
        try store.save(good)
        let truncated = store.folder + "/truncated.json"
        let data = try good.jsonData()
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: truncated))
        let future = store.folder + "/future.json"
        try Data("{\"schemaVersion\": 7}".utf8).write(to: URL(fileURLWithPath: future))
        let listing = store.all()
        #expect(listing.records.map(\.record) == [good])
        #expect(Set(listing.unreadable.map(\.path)) == [truncated, future])
        #expect(listing.unreadable.contains(.unsupportedVersion(path: future, version: 7)))
        #expect(try Data(contentsOf: URL(fileURLWithPath: truncated)) == data.prefix(data.count / 2))
    }

    @Test func aRecordOfVersionZeroOrOfAFutureVersionIsLeftAloneWithANextStep() throws {
        let store = try store()
        try FileManager.default.createDirectory(atPath: store.folder, withIntermediateDirectories: true)
        let good = try record(name: "Ann").jsonData()
        var object = try #require(try JSONSerialization.jsonObject(with: good) as? [String: Any])
        for version in [0, 2] {
            object["schemaVersion"] = version
            let path = store.folder + "/v\(version).json"
            let bytes = try JSONSerialization.data(withJSONObject: object)
            try bytes.write(to: URL(fileURLWithPath: path))
            #expect(throws: RecordError.unsupportedVersion(path: path, version: version)) { try store.load(path) }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        }
        let future = RecordError.unsupportedVersion(path: "r.json", version: 2).description
        #expect(future.contains("It has been left as it is; update protocol-trainer to read it."))
        #expect(RecordError.unsupportedVersion(path: "r.json", version: 0).description.contains("versions start at 1"))
    }

    @Test func aRecordsFolderThatIsAFileIsNamedAsOne() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-folder-\(UUID().uuidString).txt").path
        try Data("notes".utf8).write(to: URL(fileURLWithPath: file))
        let store = RecordStore(folder: file)
        let attempt = record(name: "Ann")
        #expect(throws: RecordError.notAFolder(path: store.path(for: attempt.attemptId), folder: file)) { try store.save(attempt) }
    }

    @Test func unfinishedAttemptsAreFoundForTheSameTraineeOnly() throws {
        let store = try store()
        var mine = record(name: "Ann Lee")
        mine.updatedAt = "2026-11-22T15:00:00+00:00"
        var done = record(name: "Ann Lee")
        done.status = .completed
        let someoneElse = record(name: "Ann Leigh")
        for each in [mine, done, someoneElse] { try store.save(each) }
        let found = store.unfinished(trainee: Trainee(name: "Ann Lee", role: .officer), councilSlug: "iminster", council: "Iminster Town Council")
        #expect(found.map(\.attemptId) == [mine.attemptId])
        mine.answers.append(RecordedAnswer(questionId: "q-1", response: ["o-1"], correct: true, score: 1, skipped: false, answeredAt: "2026-11-22T15:00:00+00:00", secondsTaken: 2))
        try store.save(mine)
        #expect(store.latest(trainee: Trainee(name: "Ann Lee", role: .officer), councilSlug: "iminster", council: "Iminster Town Council")?.attemptId == mine.attemptId)
    }

    @Test func recordsAreReadableOnlyByTheirOwner() throws {
        let store = try store()
        let saved = record(name: "Ann")
        try store.save(saved)
        let attributes = try FileManager.default.attributesOfItem(atPath: store.path(for: saved.attemptId))
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aFolderThatCannotBeWrittenGivesAPlainError() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-folder-\(UUID().uuidString)").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let store = RecordStore(folder: blocker + "/Records")
        #expect(throws: RecordError.self) { try store.save(record(name: "Ann")) }
        do { try store.save(record(name: "Ann")) } catch { #expect(error.description.contains("could not be saved")) }
    }
}
