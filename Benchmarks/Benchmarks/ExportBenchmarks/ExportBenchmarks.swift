import Benchmark
import Foundation
import RecordFixtures
import TrainingRecords

// Benchmarks for `records export`: RecordExport.run over a folder of N made-up record files (8 questions each),
// writing to a file, for each format. The folder is written once per N in setup, outside the measured part.

enum ExportMetrics {
    /// Wall-clock microseconds per attempt file in the folder.
    static let microsecondsPerAttempt = BenchmarkMetric.custom("µs/attempt", polarity: .prefersSmaller, useScalingFactor: false)
}

/// The folder for each N, written the first time a benchmark of that size sets up.
private final class Folders: @unchecked Sendable {
    private var made: [Int: String] = [:]
    private let lock = NSLock()

    func folder(count: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let folder = made[count] { return folder }
        let folder = writeRecordsFolder(count: count)
        made[count] = folder
        return folder
    }

    func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for folder in made.values {
            try? FileManager.default.removeItem(atPath: folder)
            try? FileManager.default.removeItem(atPath: folder + "-export")
        }
        made = [:]
    }
}

private let folders = Folders()

private func exportOnce(_ format: some ExportFormat, folder: String, count: Int, benchmark: Benchmark) {
    let clock = ContinuousClock()
    let start = clock.now
    do {
        let output = try ExportOutput(file: folder + "-export")
        let summary = try RecordExport.run(RecordScanner(store: RecordStore(folder: folder)), filter: RecordFilter(),
                                           format: format, to: output)
        try output.finish()
        blackHole(summary)
    } catch {
        benchmark.error("export failed: \(error)")
    }
    let elapsed = clock.now - start
    let microseconds = Double(elapsed.components.seconds) * 1e6 + Double(elapsed.components.attoseconds) / 1e12
    benchmark.measurement(ExportMetrics.microsecondsPerAttempt, Int((microseconds / Double(count)).rounded()))
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident, ExportMetrics.microsecondsPerAttempt]
    // 100,000 files take about a minute to write and 400 MB of disk, so that size is opt-in.
    let large = ProcessInfo.processInfo.environment["EXPORT_BENCHMARKS_LARGE"] == "1"
    let formats: [(name: String, format: any ExportFormat)] = [
        ("csv", CSVExport(perAnswer: false)), ("csv per answer", CSVExport(perAnswer: true)), ("json", JSONExport()),
        ("xapi", XAPIExport(statements: XAPIStatements(homePage: "https://www.example-tc.gov.uk"))),
    ]
    for count in [1_000, 10_000] + (large ? [100_000] : []) {
        for (name, format) in formats {
            // "001000", "010000", "100000": zero-padded so that the table lists the sizes in order.
            let label = String(repeating: "0", count: 6 - String(count).count) + String(count)
            Benchmark(
                "Export \(label) attempts \(name)",
                configuration: .init(metrics: metrics, timeUnits: .milliseconds, warmupIterations: count >= 100_000 ? 0 : 1,
                                     maxDuration: .seconds(count >= 100_000 ? 1 : 10), maxIterations: count >= 100_000 ? 3 : 20)
            ) { (benchmark: Benchmark, folder: String) in
                func run(_ format: some ExportFormat) { exportOnce(format, folder: folder, count: count, benchmark: benchmark) }
                run(format)
            } setup: { () -> String in
                folders.folder(count: count)
            }
        }
    }
}
