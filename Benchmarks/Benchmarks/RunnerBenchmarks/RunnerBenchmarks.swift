import BankKeeping
import Benchmark
import Foundation
import ProtocolFixtures
import ProtocolReading
import TrainerModel
import Training
import TrainingRecords

// Benchmarks for the training runner, through the library (no terminal, no process start):
// - how long from nothing to the first question's text, bank loading included, for the largest seed bank
//   (wimborne-minster); the target is under 50 ms;
// - how long saving the training record takes after an answer (atomic write, fsync of the file and its folder);
//   the target is a few milliseconds.

private let council = "wimborne-minster"

/// Everything from loading the bank to the first question's text, as `protocol-trainer train` does it for a new
/// induction, without the terminal and the records folder. With `clauseTextsAndHash`, also the two things the CLI
/// does besides: hashing the bank file's bytes for the record, and reading the protocol beside the bank for the
/// `clause` command (TrainCommand's `clauseTexts(beside:)`, copied here since it is private to the CLI).
private func firstQuestionScreen(clauseTextsAndHash: Bool) -> String {
    let bankPath = seedBankPath(council)
    let bank: QuestionBank
    do { bank = try BankStore.load(bankPath) } catch { fatalError("Cannot load \(bankPath): \(error)") }
    var bankSHA256 = "b"
    var clauses: [String: String] = [:]
    if clauseTextsAndHash {
        let bankData = (try? Data(contentsOf: URL(fileURLWithPath: bankPath))) ?? Data()
        bankSHA256 = ProtocolFingerprint.sha256(of: bankData)
        if let document = try? ProtocolReader().read(path: seedProtocolPath(council)) {
            clauses = Dictionary(document.clauses.map { clause in
                (clause.id, ([clause.text] + clause.items.map { ($0.label.map { "(\($0)) " } ?? "• ") + $0.text }).joined(separator: " "))
            }, uniquingKeysWith: { first, _ in first })
        }
    }
    let now = Date()
    let mode = TrainingMode.induction
    let seed: UInt64 = 1
    let selection = QuestionSelection(bank: bank, role: .councillor, mode: mode, count: mode.defaultQuestionCount, seed: seed)
    let record = TrainingRecord(
        attemptId: UUID(), toolVersion: "bench", trainee: Trainee(name: "Bench", role: .councillor), council: bank.council,
        councilSlug: council, mode: mode, startedAt: Timestamp.string(now), bankSHA256: bankSHA256,
        protocolSHA256: bank.source.sha256, seed: seed, questionOrder: selection.questions.map(\.id),
        optionOrder: selection.optionOrder, passMark: mode.isExam ? 80 : nil)
    var session: TrainingSession
    do { session = try TrainingSession(record: record, bank: bank, clauses: clauses, now: now) } catch {
        fatalError("Cannot start the session: \(error)")
    }
    let renderer = SessionRenderer(width: 80, colour: false)
    return session.start(now: now).map(renderer.render).joined()
}

/// A finished induction of 12 questions on the wimborne-minster bank, every question answered "A", as saved after
/// the last answer; and a temporary folder to save it in (the same file is replaced at every save, as in a session).
private struct SaveFixture {
    var store: RecordStore
    var record: TrainingRecord
}

private func makeSaveFixture() -> SaveFixture {
    let bank: QuestionBank
    do { bank = try BankStore.load(seedBankPath(council)) } catch { fatalError("Cannot load the bank: \(error)") }
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    let selection = QuestionSelection(bank: bank, role: .councillor, mode: .induction, count: 12, seed: 1)
    let record = TrainingRecord(
        attemptId: UUID(), toolVersion: "bench", trainee: Trainee(name: "Bench", role: .councillor), council: bank.council,
        councilSlug: council, mode: .induction, startedAt: Timestamp.string(start), bankSHA256: "b",
        protocolSHA256: bank.source.sha256, seed: 1, questionOrder: selection.questions.map(\.id),
        optionOrder: selection.optionOrder, passMark: 80)
    var session: TrainingSession
    do { session = try TrainingSession(record: record, bank: bank, now: start) } catch { fatalError("\(error)") }
    _ = session.start(now: start)
    var clock = start
    while !session.isOver {
        clock += 9
        _ = session.handle("A", now: clock)
    }
    precondition(session.record.answers.count == 12, "expected 12 answers, got \(session.record.answers.count)")
    return SaveFixture(store: RecordStore(folder: saveFolder), record: session.record)
}

/// This process's own records folder under the temporary directory (on the same disk as the checkout here).
private let saveFolder = FileManager.default.temporaryDirectory
    .appendingPathComponent("protocol-trainer-bench-records-\(getpid())").path

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal]

    Benchmark(
        "Runner start \(council): bank to first question",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, warmupIterations: 3,
                             maxDuration: .seconds(10), maxIterations: 200)
    ) { _ in
        blackHole(firstQuestionScreen(clauseTextsAndHash: false))
    }

    Benchmark(
        "Runner start \(council): bank to first question, with bank hash and clause texts",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, warmupIterations: 3,
                             maxDuration: .seconds(10), maxIterations: 200)
    ) { _ in
        blackHole(firstQuestionScreen(clauseTextsAndHash: true))
    }

    Benchmark(
        "Runner save: record with 12 answers",
        configuration: .init(metrics: metrics, timeUnits: .microseconds,
                             warmupIterations: 3, maxDuration: .seconds(10), maxIterations: 500)
    ) { (benchmark: Benchmark, fixture: SaveFixture) in
        do { try fixture.store.save(fixture.record) } catch { benchmark.error("save failed: \(error)") }
    } setup: { () -> SaveFixture in
        makeSaveFixture()
    } teardown: {
        try? FileManager.default.removeItem(atPath: saveFolder)
    }
}
