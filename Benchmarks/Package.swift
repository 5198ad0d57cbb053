// swift-tools-version: 6.1
// Benchmarks for protocol-trainer's reader, generator and training runner, kept out of the main package so that
// building or testing protocol-trainer never pulls in the benchmark tooling.
//
// Run:  cd Benchmarks && swift package benchmark
// (see README.md beside this file).
import PackageDescription

/// A benchmark executable in `Benchmarks/NAME`, with the library, its fixtures and the benchmark plugin.
func benchmark(_ name: String, fixtures: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            .byName(name: fixtures),
            .product(name: "ProtocolTrainerKit", package: "protocol-trainer"),
            .product(name: "Benchmark", package: "benchmark"),
        ],
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}

let package = Package(
    name: "protocol-trainer-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "protocol-trainer", path: ".."),
        // ordo-one/benchmark (formerly ordo-one/package-benchmark). Naming the traits replaces its
        // default set (MallocInterposer + RuntimeInterposer): the RuntimeInterposer trait, on Linux with
        // Swift 6.3, pulls in ordo-one/swift-runtime-interposer, which is not available on these machines.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The seed protocols' paths and the synthetic protocol builder, shared by the benchmark targets (setup only).
        .target(
            name: "ProtocolFixtures",
            path: "Sources/ProtocolFixtures"
        ),
        // Made-up training records for the export benchmarks (setup only).
        .target(
            name: "RecordFixtures",
            dependencies: [.product(name: "ProtocolTrainerKit", package: "protocol-trainer")],
            path: "Sources/RecordFixtures"
        ),
        // Reading protocols: ProtocolReader.read(text:).
        benchmark("ReaderBenchmarks", fixtures: "ProtocolFixtures"),
        // Generating banks: QuestionGenerator.generate(_:protocolSHA256:).
        benchmark("GeneratorBenchmarks", fixtures: "ProtocolFixtures"),
        // The training runner: start-up to the first question, and saving a record.
        benchmark("RunnerBenchmarks", fixtures: "ProtocolFixtures"),
        // Exporting records: RecordExport.run for CSV, CSV per answer, JSON and xAPI over 1,000 to 100,000 files.
        benchmark("ExportBenchmarks", fixtures: "RecordFixtures"),
        // Sealed records: a save with its intent line and seal, and records verify over 1,000 and 10,000 records.
        benchmark("IntegrityBenchmarks", fixtures: "RecordFixtures"),
        // Pushing records to a learning record store: 10,000 attempts to a real Ralph LRS and to a store in memory.
        benchmark("PushBenchmarks", fixtures: "RecordFixtures"),
    ],
    swiftLanguageModes: [.v6]
)
