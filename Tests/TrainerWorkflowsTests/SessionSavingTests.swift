import Foundation
import Testing
import BankKeeping
import TrainerModel
import TrainingRecords
@testable import TrainerWorkflows

/// A save that could not be sealed is a save, warned about once.
struct SessionSavingTests {
    @Test func aSealedFolderWithoutItsKeyWarnsOnceAndKeepsEveryAnswer() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("saving-\(UUID().uuidString)").path
        let records = base + "/Records", key = base + "/records.key"
        _ = try IntegritySetUp(scanner: RecordScanner(store: RecordStore(folder: records)), keyPath: key, restart: false).run()
        try FileManager.default.removeItem(atPath: key)
        var saving = SessionSaving(store: RecordStore(folder: records, keyPath: key))
        var record = TrainingRecord(attemptId: UUID(), toolVersion: "test", trainee: Trainee(name: "Ann Lee", role: .officer),
                                    council: "Rayleigh Town Council", councilSlug: "rayleigh", mode: .practice,
                                    startedAt: Timestamp.string(Date()), bankSHA256: String(repeating: "b", count: 64),
                                    protocolSHA256: String(repeating: "a", count: 64), seed: 1, questionOrder: ["q-1"],
                                    optionOrder: ["q-1": ["o-1"]], passMark: nil)
        let first = try saving.save(record)
        #expect(first?.hasPrefix("Warning: ") == true && saving.warned)
        record.position = 1
        #expect(try saving.save(record) == nil, "warned once, not after every answer")
        #expect(try RecordStore(folder: records).load(RecordStore(folder: records).path(for: record.attemptId)).position == 1)
    }

    @Test func aSaveThatFailsIsThrown() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("saving-file-\(UUID().uuidString)").path
        try Data().write(to: URL(fileURLWithPath: file))
        var saving = SessionSaving(store: RecordStore(folder: file))
        let record = TrainingRecord(attemptId: UUID(), toolVersion: "test", trainee: Trainee(name: "Ann Lee", role: .officer),
                                    council: nil, councilSlug: nil, mode: .practice, startedAt: Timestamp.string(Date()),
                                    bankSHA256: "", protocolSHA256: "", seed: 1, questionOrder: [], optionOrder: [:], passMark: nil)
        #expect(throws: RecordError.self) { try saving.save(record) }
    }
}
