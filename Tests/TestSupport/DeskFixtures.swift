import Foundation
import TrainerModel
import Training
import TrainingRecords

/// Made-up training records for the records desk's tests (never real ones).
enum DeskFixtures {
    /// A finished or unfinished attempt with `answered` answers, the first `right` of them right.
    static func record(name: String, role: TraineeRole = .councillor, council: String? = "Iminster Town Council",
                       slug: String? = "iminster", mode: TrainingMode = .induction, status: AttemptStatus = .completed,
                       started: String = "2026-03-10T10:00:00+00:00", questions: Int = 4, right: Int = 4,
                       id: UUID = UUID()) -> TrainingRecord {
        let ids = (1...questions).map { "q-\(String(format: "%04d", $0))" }
        var record = TrainingRecord(
            attemptId: id, toolVersion: "test", trainee: Trainee(name: name, role: role), council: council, councilSlug: slug,
            mode: mode, startedAt: started, bankSHA256: String(repeating: "b", count: 64),
            protocolSHA256: String(repeating: "a", count: 64), seed: 42, questionOrder: ids,
            optionOrder: Dictionary(uniqueKeysWithValues: ids.map { ($0, ["o-1", "o-2", "o-3"]) }),
            passMark: mode.isExam ? 80 : nil)
        let start = Timestamp.date(started)!
        let answered = status == .completed ? questions : questions / 2
        for (index, question) in ids.prefix(answered).enumerated() {
            let correct = index < right
            record.answers.append(RecordedAnswer(
                questionId: question, response: correct ? ["o-1"] : ["o-2"], correct: correct, score: correct ? 1 : 0,
                skipped: false, answeredAt: Timestamp.string(start.addingTimeInterval(Double(index + 1) * 30), timeZone: TimeZone(identifier: "UTC")!),
                secondsTaken: 30))
        }
        record.status = status
        record.position = answered
        record.updatedAt = Timestamp.string(start.addingTimeInterval(Double(answered) * 30), timeZone: TimeZone(identifier: "UTC")!)
        if status == .completed {
            record.finishedAt = record.updatedAt
            let percent = Scoring.percent(total: Double(min(right, questions)), questions: questions)
            let passMark: Double? = mode.isExam ? 80 : nil
            record.result = AttemptResult(percent: percent, passMark: passMark, passed: passMark.map { percent >= $0 },
                                          topics: [TopicResult(topic: .lobbying, questions: questions, score: Double(right), percent: percent)])
        }
        return record
    }

    /// A fresh records folder holding `records`.
    static func folder(_ records: [TrainingRecord]) throws -> RecordStore {
        let store = RecordStore(folder: FileManager.default.temporaryDirectory.appendingPathComponent("desk-\(UUID().uuidString)").path)
        try FileManager.default.createDirectory(atPath: store.folder, withIntermediateDirectories: true)
        for record in records { try store.save(record) }
        return store
    }

    /// An empty records folder sealed from the start, with a key outside it, then `records` saved into it.
    static func sealedFolder(_ records: [TrainingRecord] = []) throws -> (store: RecordStore, key: IntegrityKey, log: IntegrityLog) {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("sealed-\(UUID().uuidString)").path
        let key = try IntegrityKey.create(at: base + "-key/records.key")
        let store = RecordStore(folder: base, keyPath: key.path)
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        let log = IntegrityLog(folder: base)
        _ = try log.begin(key: key, recordFiles: [])
        for record in records { try store.save(record) }
        return (store, key, log)
    }
}
