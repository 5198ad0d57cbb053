import Benchmark
import Foundation
import ProtocolFixtures
import ProtocolReading

// Benchmarks for `ProtocolReader.read(text:)`: the five seed protocols, and synthetic protocols of
// 1, 2.5, 5 and 10 MB built from the Wimborne Minster seed, to show whether reading time grows
// linearly with the size of the text. Texts are loaded or built in each benchmark's setup, outside
// the measured part. Besides wall-clock time, each benchmark records its reading speed as the
// custom metric "kB/s" (thousands of bytes of UTF-8 input per second).

// The seed texts and the synthetic protocol builder are in ProtocolFixtures (Benchmarks/Sources/), shared with
// the generator benchmarks.

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

    // Headings never printed again, between short paragraphs: every line could start a contents list, and reading
    // must stay linear (looking ahead from each line once made 100 KB of such lines take seconds).
    for count in [300, 1_200, 4_800] {
        let text = (0..<count).map { "Vestry Matters \($0)\nBell Ropes \($0)\nChurchyard Paths \($0)\nThe verger keeps the keys \($0)." }
            .joined(separator: "\n") + "\n1. Councillors must not ring the bells.\n"
        Benchmark(
            "Read \(String(format: "%04d", count)) runs of headings that are no contents list",
            configuration: .init(metrics: [.wallClock, .cpuTotal], timeUnits: .milliseconds, warmupIterations: 1,
                                 maxDuration: .seconds(20), maxIterations: 20)
        ) { _ in
            blackHole(ProtocolReader().read(text: text))
        }
    }

    // One protocol from its file as plain text, PDF (pdftotext's start-up counts: it is a program of its own), Word
    // and web page: `ProtocolReader.read(path:)`, file reading included. The PDF benchmark needs poppler-utils.
    for format in ["txt", "pdf", "docx", "html"] {
        let path = format == "txt" ? seedProtocolPath("iminster") : formatFixturePath("iminster", format)
        Benchmark(
            "Read iminster from its file: \(format)",
            configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal], timeUnits: .milliseconds,
                                 warmupIterations: 2, maxDuration: .seconds(5), maxIterations: 200)
        ) { (_: Benchmark, path: String) in
            blackHole(try? ProtocolReader().read(path: path))
        } setup: { () -> String in
            precondition((try? ProtocolReader().read(path: path))?.clauses.isEmpty == false, "\(path) gave no clauses")
            return path
        }
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
