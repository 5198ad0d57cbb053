import Benchmark
import Foundation
import RecordFixtures
import RecordPublishing
import TrainingRecords

// `records push` of 10,000 finished attempts (9 statements each: 90,000 statements):
// - to a real Ralph LRS 5.1.0 on loopback (file-system backend, started by Tests/Fixtures/lrs/ralph_fs_lrs.py with
//   $PROTOCOL_TRAINER_RALPH_PYTHON or python3), fresh for each iteration, at batch sizes of 500 and 2,000 statements;
//   skipped, saying so, where Ralph is not installed;
// - to a store in memory that takes everything at once: the push's own cost (reading records, writing statements,
//   the acknowledgement log and its fsync per batch).

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
private let attempts = 10_000

/// A folder of exactly `attempts` finished made-up attempts, written once.
private let finishedFolder: String = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("protocol-trainer-bench-push-\(getpid())").path
    try? FileManager.default.removeItem(atPath: folder)
    try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let store = RecordStore(folder: folder)
    var index = 0, written = 0
    while written < attempts {
        let record = fixtureRecord(index)
        index += 1
        guard record.status == .completed else { continue }
        try! record.jsonData().write(to: URL(fileURLWithPath: store.path(for: record.attemptId)))
        written += 1
    }
    return folder
}()

/// A Ralph LRS in a fresh folder, started and waited for; nil where it cannot start.
private final class Ralph {
    let process = Process()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("protocol-trainer-bench-ralph-\(UUID().uuidString)")
    var port = 0

    init?() {
        let python = ProcessInfo.processInfo.environment["PROTOCOL_TRAINER_RALPH_PYTHON"] ?? "python3"
        let portFile = folder.appendingPathComponent("port")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, repository.appendingPathComponent("Tests/Fixtures/lrs/ralph_fs_lrs.py").path,
                             "--dir", folder.appendingPathComponent("lrs").path, "--port-file", portFile.path,
                             "--user", "bench", "--password", "bench"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, process.isRunning {
            if let text = try? String(contentsOf: portFile, encoding: .utf8), let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                self.port = port
                return
            }
            usleep(50_000)
        }
        stop()
        return nil
    }

    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: folder)
    }
}

/// A store that takes every statement at once, answering with their ids. It finds them by their place (each statement
/// starts `{"id":"` and a UUID) rather than parsing the JSON, so the figure is the push's cost, not the fake store's.
private struct TakesEverything: StatementTransport {
    func post(statements body: Data) throws(TransportFailure) -> LRSAnswer {
        let bytes = [UInt8](body), start = Array("{\"id\":\"".utf8)
        var ids: [UInt8] = [UInt8(ascii: "[")], index = 0
        while index + start.count + 36 <= bytes.count {
            if bytes[index] == start[0], bytes[index..<index + start.count].elementsEqual(start),
               bytes[index + start.count + 8] == UInt8(ascii: "-"), bytes[index + start.count + 23] == UInt8(ascii: "-") {
                if ids.count > 1 { ids.append(UInt8(ascii: ",")) }
                ids.append(UInt8(ascii: "\""))
                ids += bytes[index + start.count..<index + start.count + 36]
                ids.append(UInt8(ascii: "\""))
                index += start.count + 36
            } else {
                index += 1
            }
        }
        ids.append(UInt8(ascii: "]"))
        return LRSAnswer(status: 200, body: Data(ids))
    }

    func statement(id: UUID) throws(TransportFailure) -> LRSAnswer { LRSAnswer(status: 404) }
}

private func push(to endpoint: LRSEndpoint, transport: any StatementTransport, batchSize: Int, benchmark: Benchmark) {
    try? FileManager.default.removeItem(atPath: finishedFolder + "/" + AcknowledgementLog.fileName)
    var push = RecordPush(scanner: RecordScanner(store: RecordStore(folder: finishedFolder)), endpoint: endpoint,
                          transport: transport, statements: XAPIStatements(homePage: "https://www.example-tc.gov.uk"))
    push.batchSize = batchSize
    benchmark.startMeasurement()
    do {
        let outcome = try push.run()
        if outcome.attemptsSent != attempts || outcome.stopped != nil {
            benchmark.error("sent \(outcome.attemptsSent) of \(attempts): \(outcome.stopped.map { "\($0)" } ?? "")")
        }
    } catch {
        benchmark.error("push failed: \(error)")
    }
    benchmark.stopMeasurement()
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .peakMemoryResident]
    _ = finishedFolder

    for batchSize in [500, 2_000] {
        Benchmark(
            "Push: \(attempts) attempts to Ralph LRS, batches of \(batchSize) statements",
            configuration: .init(metrics: metrics, timeUnits: .seconds, warmupIterations: 0, scalingFactor: .one,
                                 maxDuration: .seconds(600), maxIterations: 2, setup: nil, teardown: nil)
        ) { benchmark in
            for _ in benchmark.scaledIterations {
                guard let ralph = Ralph() else {
                    benchmark.error("Ralph LRS 5.1.0 could not be started: pip install -r Tests/Fixtures/lrs/requirements.txt")
                    return
                }
                defer { ralph.stop() }
                let endpoint = try! LRSEndpoint("http://127.0.0.1:\(ralph.port)/xAPI/")
                push(to: endpoint, transport: LRSClient(endpoint: endpoint, user: "bench", password: "bench"),
                     batchSize: batchSize, benchmark: benchmark)
            }
        }
    }

    Benchmark(
        "Push: \(attempts) attempts to a store in memory (the push's own cost)",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 5)
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            push(to: try! LRSEndpoint("http://127.0.0.1:9/xAPI/"), transport: TakesEverything(), batchSize: 500, benchmark: benchmark)
        }
    }
}
