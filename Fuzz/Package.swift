// swift-tools-version: 6.1
// Coverage-guided fuzzing of protocol-trainer's reader and bank generator with libFuzzer, kept out of the main
// package so that building or testing protocol-trainer never needs the fuzzing toolchain.
//
// Run:  Fuzz/run.sh SECONDS  (see README.md beside this file). run.sh builds with `-sanitize=fuzzer`, which
// instruments protocol-trainer's code for coverage and links libFuzzer, whose driver each target's main starts.
import PackageDescription

let package = Package(
    name: "protocol-trainer-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "protocol-trainer", path: ".."),
    ],
    targets: [
        // libFuzzer's driver, which each target's main hands over to.
        .target(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        // What every fuzz target asks of the library's output, and how a broken promise is reported (a trap).
        .target(
            name: "FuzzChecks",
            dependencies: [.product(name: "ProtocolTrainerKit", package: "protocol-trainer")],
            path: "Sources/FuzzChecks"
        ),
        // Bytes into ProtocolReader.read(data:), the outline, the check and the JSON: fast, so most executions go here.
        .executableTarget(
            name: "ReaderFuzzer",
            dependencies: ["FuzzChecks", "CLibFuzzer"],
            path: "Sources/ReaderFuzzer"
        ),
        // Bytes read as a protocol, then analysed, generated into a bank, checked as `bank check` does, round-tripped.
        .executableTarget(
            name: "GeneratorFuzzer",
            dependencies: ["FuzzChecks", "CLibFuzzer"],
            path: "Sources/GeneratorFuzzer"
        ),
    ],
    swiftLanguageModes: [.v6]
)
