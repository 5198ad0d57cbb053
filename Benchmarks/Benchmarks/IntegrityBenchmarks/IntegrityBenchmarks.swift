import Benchmark
import Foundation
import RecordFixtures
import TrainingRecords

// Benchmarks for sealed records folders (`records init-key`):
// - one save in a sealed folder: the intent line, the atomic write and the seal, each fsynced, under the log's lock,
//   against the same save in an unsealed folder;
// - `records verify` (IntegrityCheck.run) over folders of 1,000 and 10,000 sealed records.

/// A sealed folder and its key, under the temporary directory; `count` made-up records sealed as found.
private struct SealedFolder {
    var store: RecordStore
    var key: IntegrityKey
    var log: IntegrityLog { IntegrityLog(folder: store.folder) }
}

private func sealedFolder(count: Int) -> SealedFolder {
    let folder = writeRecordsFolder(count: count)
    do {
        let key = try IntegrityKey.create(at: folder + "-key/records.key")
        let files = try RecordScanner(store: RecordStore(folder: folder)).fileNames()
        _ = try IntegrityLog(folder: folder).begin(key: key, recordFiles: files)
        return SealedFolder(store: RecordStore(folder: folder, keyPath: key.path), key: key)
    } catch {
        fatalError("Cannot seal \(folder): \(error)")
    }
}

private func remove(_ folder: SealedFolder) {
    try? FileManager.default.removeItem(atPath: folder.store.folder)
    try? FileManager.default.removeItem(atPath: folder.store.folder + "-key")
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident]

    for sealed in [false, true] {
        Benchmark(
            "Integrity save: one record, \(sealed ? "sealed" : "unsealed") folder",
            configuration: .init(metrics: metrics, timeUnits: .microseconds, warmupIterations: 3,
                                 maxDuration: .seconds(10), maxIterations: 500)
        ) { (benchmark: Benchmark, folder: SealedFolder) in
            var record = fixtureRecord(7)
            record.attemptId = UUID(uuidString: "00000000-0000-4000-8000-000000000007")!
            for _ in benchmark.scaledIterations {
                do { try folder.store.save(record) } catch { benchmark.error("save failed: \(error)") }
            }
        } setup: { () -> SealedFolder in
            let folder = sealedFolder(count: 1)
            if !sealed { try? FileManager.default.removeItem(atPath: folder.log.path) }
            return folder
        }
    }

    for count in [1_000, 10_000] {
        Benchmark(
            "Integrity verify: \(count) sealed records",
            configuration: .init(metrics: metrics, timeUnits: .milliseconds, warmupIterations: 1,
                                 maxDuration: .seconds(20), maxIterations: 10)
        ) { (benchmark: Benchmark, folder: SealedFolder) in
            do {
                let scanner = RecordScanner(store: folder.store)
                let report = try IntegrityCheck(log: folder.log, key: folder.key).run(recordFiles: { try scanner.fileNames() })
                if !report.findings.isEmpty { benchmark.error("verify found \(report.findings.count) problems") }
                blackHole(report)
            } catch {
                benchmark.error("verify failed: \(error)")
            }
        } setup: { () -> SealedFolder in
            sealedFolder(count: count)
        }
    }
}
