import Benchmark
import Foundation
import ProtocolTrainerKit

// Benchmarks for `ProtocolReader.read(text:)`: the five seed protocols, and synthetic protocols of
// 1, 2.5, 5 and 10 MB built from the Wimborne Minster seed, to show whether reading time grows
// linearly with the size of the text. Texts are loaded or built in each benchmark's setup, outside
// the measured part. Besides wall-clock time, each benchmark records its reading speed as the
// custom metric "kB/s" (thousands of bytes of UTF-8 input per second).

/// The package root of protocol-trainer: this file is at Benchmarks/Benchmarks/ReaderBenchmarks/.
private let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url
}()

private let seedNames = ["iminster", "northampton", "rayleigh", "wimborne-minster", "district-constitution"]

private func seedText(_ name: String) -> String {
    let url = repositoryRoot.appendingPathComponent("QuestionBanks/\(name)/protocol.txt")
    do {
        return try String(contentsOf: url, encoding: .utf8)
    } catch {
        fatalError("Cannot read seed protocol \(url.path): \(error)")
    }
}

/// A protocol of at least `targetBytes` bytes of UTF-8: Wimborne Minster's title block once, then its
/// body (sections 1–16, without the closing "[end]") copied again and again. Each copy's top-level section
/// numbers are shifted by 16 per copy, wrapping within 1–999 (the reader takes at most three digits),
/// so numbers repeat only every 62 copies (~1.4 MB). A running header and a "Page N" footer are
/// printed between blank lines every 40 lines, as in text copied from a PDF.
func syntheticProtocol(targetBytes: Int) -> String {
    let seed = seedText("wimborne-minster")
    let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let bodyStart = lines.firstIndex(where: { $0.hasPrefix("1. ") }) else { fatalError("Wimborne seed has no section 1") }
    let title = lines[..<bodyStart]
    let body = lines[bodyStart...].filter { $0.trimmingCharacters(in: .whitespaces) != "[end]" }
    let sectionsPerCopy = body.compactMap { topLevelNumber(in: $0)?.number }.max() ?? 1

    var out = title.joined(separator: "\n") + "\n"
    out.reserveCapacity(targetBytes + 64 * 1024)
    var copy = 0
    var linesOnPage = 0
    var page = 1
    while out.utf8.count < targetBytes {
        let shift = copy * sectionsPerCopy
        for line in body {
            out += renumbered(line, shift: shift)
            out += "\n"
            linesOnPage += 1
            if linesOnPage == 40 {
                page += 1
                out += "\nPage \(page)\n\nWimborne Minster Town Council Member Officer Protocol\n\n"
                linesOnPage = 0
            }
        }
        copy += 1
    }
    return out
}

/// The leading section number of "12. Heading", "12.3 Text" or "- 12.3 Text", and where it sits in the line.
private func topLevelNumber(in line: String) -> (number: Int, range: Range<String.Index>)? {
    var start = line.startIndex
    if line.hasPrefix("- ") { start = line.index(start, offsetBy: 2) }
    let digits = line[start...].prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3, digits.endIndex < line.endIndex, line[digits.endIndex] == ".",
          let number = Int(digits) else { return nil }
    return (number, digits.startIndex..<digits.endIndex)
}

private func renumbered(_ line: String, shift: Int) -> String {
    guard shift > 0, let (number, range) = topLevelNumber(in: line) else { return line }
    let shifted = (number - 1 + shift) % 999 + 1
    var result = line
    result.replaceSubrange(range, with: String(shifted))
    return result
}

private enum ReaderMetrics {
    /// Thousands of bytes of UTF-8 input read per second, one sample per read.
    static let kilobytesPerSecond = BenchmarkMetric.custom("kB/s", polarity: .prefersLarger, useScalingFactor: false)
}

/// Reads each text once, timing the reads, and records the reading speed.
private func readAll(_ texts: [String], bytes: Int, reader: ProtocolReader, benchmark: Benchmark) {
    let clock = ContinuousClock()
    let start = clock.now
    for text in texts {
        blackHole(reader.read(text: text))
    }
    let elapsed = clock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    if seconds > 0 { benchmark.measurement(ReaderMetrics.kilobytesPerSecond, Int(Double(bytes) / seconds / 1000)) }
}

private struct Corpus {
    var texts: [String]
    var bytes: Int
    init(_ texts: [String]) {
        self.texts = texts
        bytes = texts.reduce(0) { $0 + $1.utf8.count }
    }
}

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .throughput, .peakMemoryResident, .mallocCountTotal,
                                      ReaderMetrics.kilobytesPerSecond]

    Benchmark(
        "Read all five seed protocols",
        configuration: .init(metrics: metrics, timeUnits: .milliseconds, warmupIterations: 3,
                             maxDuration: .seconds(5), maxIterations: 500)
    ) { (benchmark: Benchmark, corpus: Corpus) in
        let reader = ProtocolReader(councilName: nil)
        readAll(corpus.texts, bytes: corpus.bytes, reader: reader, benchmark: benchmark)
    } setup: { () -> Corpus in
        let corpus = Corpus(seedNames.map(seedText))
        // Each seed must give clauses, or the benchmark measures nothing useful.
        for (name, text) in zip(seedNames, corpus.texts) {
            precondition(!ProtocolReader().read(text: text).clauses.isEmpty, "\(name) gave no clauses")
        }
        return corpus
    }

    for megabytes in [1.0, 2.5, 5.0, 10.0] {
        // "01.0", "02.5", "05.0", "10.0": zero-padded so that the results table lists the sizes in order.
        let label = (megabytes < 10 ? "0" : "") + String(format: "%.1f", megabytes)
        Benchmark(
            "Read synthetic protocol \(label) MB",
            // About 1 s per MB here (2 cores): a few samples each keep the whole run near two minutes.
            configuration: .init(metrics: metrics, timeUnits: .milliseconds, warmupIterations: megabytes < 5 ? 1 : 0,
                                 maxDuration: .seconds(megabytes < 5 ? 10 : 20), maxIterations: megabytes < 5 ? 10 : 3)
        ) { (benchmark: Benchmark, corpus: Corpus) in
            let reader = ProtocolReader(councilName: nil)
            readAll(corpus.texts, bytes: corpus.bytes, reader: reader, benchmark: benchmark)
        } setup: { () -> Corpus in
            Corpus([syntheticProtocol(targetBytes: Int(megabytes * 1_000_000))])
        }
    }
}
