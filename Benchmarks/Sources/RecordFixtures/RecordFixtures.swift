import Foundation
import TrainerModel
import TrainingRecords

// Made-up training records for the export benchmarks (never real ones): a folder of N record files, written once in
// setup, the same every time for the same N.

/// A small deterministic random source (SplitMix64), so every run writes the same records.
private struct SplitMix {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

private let firstNames = ["Siân", "John", "Mary", "Ahmed", "Chloë", "Li", "Seán", "Priya", "Tom", "Anne-Marie"]
private let lastNames = ["O'Brien", "Smith, Jr", "Jones", "Khan", "Évans", "Wu", "\"Ted\" Baker", "Patel", "Brown", "Ng"]
private let councils: [(name: String?, slug: String?)] = [
    ("Iminster Town Council", "iminster"), ("Northampton Town Council", "northampton"), ("Rayleigh Town Council", "rayleigh"),
    ("Wimborne Minster Town Council", "wimborne-minster"), ("District Council", "district-constitution"), (nil, nil),
]

/// One made-up attempt: 8 questions, mostly finished (8 in 10), some in progress or abandoned part-way; answers right,
/// wrong, part right (choose-all questions) or skipped; realistic names with commas, quotes and accents.
public func fixtureRecord(_ index: Int) -> TrainingRecord {
    var random = SplitMix(state: UInt64(index) &* 7919 &+ 2026)
    let council = random.pick(councils)
    let mode = random.pick(TrainingMode.allCases)
    let roll = random.below(10)
    let status: AttemptStatus = roll < 8 ? .completed : roll == 8 ? .inProgress : .abandoned
    let questions = (0..<8).map { _ in "\(council.slug ?? "x")-q\(1000 + random.below(400))" }
    let start = Date(timeIntervalSince1970: 1_767_225_600 + Double(random.below(300 * 86_400)))
    var idBytes = (random.next(), random.next())
    let id = withUnsafeBytes(of: &idBytes) { raw in
        var uuid: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &uuid) { $0.copyMemory(from: raw) }
        uuid.6 = (uuid.6 & 0x0F) | 0x40
        uuid.8 = (uuid.8 & 0x3F) | 0x80
        return UUID(uuid: uuid)
    }
    var record = TrainingRecord(
        attemptId: id, toolVersion: "1.2.0",
        trainee: Trainee(name: random.pick(firstNames) + " " + random.pick(lastNames), role: random.pick(TraineeRole.allCases)),
        council: council.name, councilSlug: council.slug, mode: mode, startedAt: Timestamp.string(start),
        bankSHA256: String(format: "%016llx", random.next()) + String(repeating: "b", count: 48),
        protocolSHA256: String(format: "%016llx", random.next()) + String(repeating: "a", count: 48),
        seed: random.next(), questionOrder: questions,
        optionOrder: Dictionary(questions.map { ($0, ["o-1", "o-2", "o-3", "o-4"]) }, uniquingKeysWith: { first, _ in first }),
        passMark: mode.isExam ? 80 : nil)
    let answered = status == .completed ? questions.count : random.below(questions.count)
    var clock = start
    var marks = 0.0
    for question in questions.prefix(answered) {
        let seconds = Double(30 + random.below(870)) / 10
        clock += seconds
        let kind = random.below(20)
        let skipped = kind == 0
        let score = skipped ? 0 : kind < 13 ? 1 : kind < 16 ? 0 : 0.5
        marks += score
        record.answers.append(RecordedAnswer(
            questionId: question, response: skipped ? [] : kind < 16 ? [random.pick(["o-1", "o-2", "o-3"])] : ["o-1", "o-4"],
            correct: score == 1, score: score, skipped: skipped, answeredAt: Timestamp.string(clock), secondsTaken: seconds))
    }
    record.status = status
    record.position = answered
    record.updatedAt = Timestamp.string(clock)
    if status == .completed {
        record.finishedAt = record.updatedAt
        let percent = (marks / Double(questions.count) * 1000).rounded() / 10
        let passMark: Double? = mode.isExam ? 80 : nil
        record.result = AttemptResult(percent: percent, passMark: passMark, passed: passMark.map { percent >= $0 },
                                      topics: [TopicResult(topic: .lobbying, questions: questions.count, score: marks, percent: percent)])
    }
    return record
}

/// A fresh folder under the temporary directory holding `count` record files as `RecordStore` writes them (the same
/// JSON, without its fsyncs, which would make setup of 100,000 files take minutes).
public func writeRecordsFolder(count: Int) -> String {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("protocol-trainer-bench-export-\(count)-\(getpid())").path
    try? FileManager.default.removeItem(atPath: folder)
    do {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = RecordStore(folder: folder)
        for index in 0..<count {
            let record = fixtureRecord(index)
            try record.jsonData().write(to: URL(fileURLWithPath: store.path(for: record.attemptId)))
        }
    } catch {
        fatalError("Cannot write the benchmark records to \(folder): \(error)")
    }
    return folder
}
