import Benchmark
import Foundation
import ProtocolFixtures
import ProtocolReading
import QuestionGeneration
import TrainerModel

// Benchmarks for `QuestionGenerator(seed: 0).generate(_:protocolSHA256:)`: each of the five seed protocols, and
// synthetic protocols of 0.05 to 10 MB (built like the reader benchmarks' ones), to show whether generating
// time grows linearly with the number of clauses. Each protocol is read once in setup, outside the measured part;
// only `generate` is measured. Besides wall-clock time, each benchmark records the time per clause as the custom
// metrics "µs/clause" and "CPU µs/clause" (wall-clock and thread CPU microseconds per clause of the protocol,
// `document.clauses.count`), and the number of clauses and of questions generated (the same in every sample; shown
// so that the table explains itself).

private enum GeneratorMetrics {
    /// Microseconds of generating per clause of the protocol (wall clock), one sample per generation.
    static let microsecondsPerClause = BenchmarkMetric.custom("µs/clause", polarity: .prefersSmaller, useScalingFactor: false)
    /// The same in CPU time of the generating thread, measured to the microsecond (the built-in CPU metric counts in
    /// 10 ms steps here); steadier than wall-clock time on a busy machine.
    static let cpuMicrosecondsPerClause = BenchmarkMetric.custom("CPU µs/clause", polarity: .prefersSmaller, useScalingFactor: false)
    /// How many clauses the protocol has.
    static let clauses = BenchmarkMetric.custom("clauses", polarity: .prefersSmaller, useScalingFactor: false)
    /// How many questions the generated bank has.
    static let questions = BenchmarkMetric.custom("questions", polarity: .prefersLarger, useScalingFactor: false)
}

/// CPU time of the calling thread, in microseconds.
private func threadCPUMicroseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e6 + Double(time.tv_nsec) / 1e3
}

/// Generates the bank once, timing it, and records the time per clause.
private func generateOnce(_ document: CouncilProtocol, benchmark: Benchmark) {
    let clock = ContinuousClock()
    let cpuStart = threadCPUMicroseconds()
    let start = clock.now
    let result = QuestionGenerator(seed: 0).generate(document, protocolSHA256: "x")
    let elapsed = clock.now - start
    let cpuMicroseconds = threadCPUMicroseconds() - cpuStart
    let microseconds = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
    let clauses = document.clauses.count
    if clauses > 0 {
        benchmark.measurement(GeneratorMetrics.microsecondsPerClause, Int((microseconds / Double(clauses)).rounded()))
        benchmark.measurement(GeneratorMetrics.cpuMicrosecondsPerClause, Int((cpuMicroseconds / Double(clauses)).rounded()))
    }
    benchmark.measurement(GeneratorMetrics.clauses, clauses)
    benchmark.measurement(GeneratorMetrics.questions, result.bank.questions.count)
    blackHole(result)
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal,
                                      GeneratorMetrics.microsecondsPerClause, GeneratorMetrics.cpuMicrosecondsPerClause,
                                      GeneratorMetrics.clauses, GeneratorMetrics.questions]

    for name in seedNames {
        Benchmark(
            "Generate seed \(name)",
            configuration: .init(metrics: metrics, timeUnits: .milliseconds, warmupIterations: 1,
                                 maxDuration: .seconds(10), maxIterations: 100)
        ) { (benchmark: Benchmark, document: CouncilProtocol) in
            generateOnce(document, benchmark: benchmark)
        } setup: { () -> CouncilProtocol in
            let path = seedProtocolPath(name)
            do {
                return try ProtocolReader().read(path: path)
            } catch {
                fatalError("Cannot read seed protocol \(path): \(error)")
            }
        }
    }

    // One clause, growing: generation must stay linear in the length of a single clause, not only in the number of
    // clauses (comparing each item with all its siblings made 10,000 identical bullets take four minutes).
    let oneClause: [(String, @Sendable (Int) -> String)] = [
        ("identical bullets", { n in Array(repeating: "• Councillors must not whistle in the reading room.", count: n).joined(separator: "\n") }),
        ("items after one lead-in", { n in "1. Councillors should not:\n" + (0..<n).map { "• ask the verger for favour \($0);" }.joined(separator: "\n") }),
        ("sentences", { n in "1. " + (0..<n).map { "Officers should tell the Clerk about burial plot \($0) if they see it." }.joined(separator: " ") }),
    ]
    for (shape, text) in oneClause {
        for count in [250, 1_000, 4_000] {
            Benchmark(
                "Generate one clause of \(String(format: "%05d", count)) \(shape)",
                configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], timeUnits: .milliseconds,
                                     warmupIterations: 0, maxDuration: .seconds(30), maxIterations: 3)
            ) { (benchmark: Benchmark, document: CouncilProtocol) in
                blackHole(QuestionGenerator(seed: 0).generate(document, protocolSHA256: "x"))
            } setup: { () -> CouncilProtocol in
                ProtocolReader(councilName: nil).read(text: text(count))
            }
        }
    }

    // The scaling series. Generating costs about 3.6 ms of CPU per clause whatever the size (1 MB, ~4,200 clauses, takes
    // about 15 s), so the default run goes up to 1 MB; the 2.5 and 10 MB ones (about 40 s and 2½ min of CPU) are added by
    // GENERATOR_BENCHMARKS_LARGE=1.
    let large = ProcessInfo.processInfo.environment["GENERATOR_BENCHMARKS_LARGE"] == "1"
    for megabytes in [0.05, 0.1, 0.2, 1.0] + (large ? [2.5, 10.0] : []) {
        // "00.05", "00.10", …, "10.00": zero-padded so that the results table lists the sizes in order.
        let label = String(format: "%05.2f", megabytes)
        Benchmark(
            "Generate synthetic \(label) MB",
            configuration: .init(metrics: metrics, timeUnits: .milliseconds, warmupIterations: 0,
                                 maxDuration: .seconds(60), maxIterations: megabytes < 0.15 ? 3 : megabytes < 0.5 ? 2 : 1)
        ) { (benchmark: Benchmark, document: CouncilProtocol) in
            generateOnce(document, benchmark: benchmark)
        } setup: { () -> CouncilProtocol in
            let document = ProtocolReader(councilName: nil).read(text: syntheticProtocol(targetBytes: Int(megabytes * 1_000_000)))
            precondition(!document.clauses.isEmpty, "the synthetic protocol gave no clauses")
            return document
        }
    }
}
