// swift-tools-version: 6.1
import PackageDescription

// The library is one target per stage of the pipeline, each depending only on targets above it, so that a wrong-way
// dependency does not compile (`.ci/run` builds with `--explicit-target-dependency-import-check error`, so an import of
// a target that is not declared fails too). See "For developers" in README.md for the picture.
let package = Package(
    name: "protocol-trainer",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "protocol-trainer", targets: ["ProtocolTrainerCLI"]),
        // Every library target, for the separate Benchmarks and Fuzz packages, which import the ones they use.
        .library(name: "ProtocolTrainerKit", targets: [
            "TrainerModel", "ProtocolReading", "RuleAnalysis", "QuestionGeneration", "BankKeeping", "Training",
            "TrainingRecords", "RecordPublishing",
        ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        // Word (.docx) and OpenDocument (.odt) files are ZIP archives of XML.
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        // The files' contracts (protocol, bank, record) with their JSON, the enums they share, and the small utilities
        // every stage uses: atomic files, timestamps, stable ids, the seeded random numbers, the councils' folder.
        .target(
            name: "TrainerModel",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            // The JSON Schemas of the files: documentation beside the code that writes them.
            exclude: ["Schemas"]
        ),
        // A protocol file (text, PDF, Word, OpenDocument, web page) into numbered clauses.
        .target(
            name: "ProtocolReading",
            dependencies: ["TrainerModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Clauses into rule statements: who must, may or must not do what, about which topic.
        .target(name: "RuleAnalysis", dependencies: ["TrainerModel"]),
        // Rules into a bank of questions, from the scenario catalogue and the general rule forms.
        .target(
            name: "QuestionGeneration",
            dependencies: ["TrainerModel", "RuleAnalysis", .product(name: "Yams", package: "Yams")],
            // The catalogue's YAML files are compiled in by the EmbedCatalogue plugin, so the binary needs nothing beside it.
            exclude: ["Catalogue/Provisions", "Catalogue/README.md"],
            plugins: ["EmbedCatalogue"]
        ),
        // Bank files and what the clerk does with them: check, stats, lint, review, GIFT and Moodle XML exchange.
        .target(
            name: "BankKeeping",
            dependencies: [
                "TrainerModel", "ProtocolReading", "RuleAnalysis", "QuestionGeneration",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // A training session: choosing questions, the session's state machine, scoring, what the trainee sees.
        .target(name: "Training", dependencies: ["TrainerModel"]),
        // The records folder: saving and sealing attempts, the integrity log, and the clerk's desk (lists, exports,
        // the report, who is due, purge).
        .target(
            name: "TrainingRecords",
            dependencies: ["TrainerModel", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // `records push`: finished attempts to a learning record store over xAPI, exactly once.
        .target(name: "RecordPublishing", dependencies: ["TrainerModel", "TrainingRecords"]),
        // Turns the catalogue's YAML files into a Swift source of string literals at build time.
        .executableTarget(name: "CatalogueEmbedder"),
        .plugin(name: "EmbedCatalogue", capability: .buildTool(), dependencies: ["CatalogueEmbedder"],
                path: "Sources/EmbedCatalogue"),
        // GNU readline (Debian's libreadline-dev), seen only by LineEditing.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // Reading the trainee's lines: readline on a terminal, plain lines on a pipe.
        .target(name: "LineEditing", dependencies: ["CReadline"]),
        // What each command does, start to end, without a terminal: which attempt a training carries on or starts,
        // where a council's bank and protocol are, the saving policy of a session, setting up sealed records.
        .target(
            name: "TrainerWorkflows",
            dependencies: ["TrainerModel", "ProtocolReading", "BankKeeping", "Training", "TrainingRecords"]
        ),
        // The thin command-line front end.
        .executableTarget(
            name: "ProtocolTrainerCLI",
            dependencies: [
                "TrainerModel", "ProtocolReading", "RuleAnalysis", "QuestionGeneration", "BankKeeping", "Training",
                "TrainingRecords", "RecordPublishing", "TrainerWorkflows", "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Tests: one target per library target, its folders mirroring the target's, plus the real program end to end.
        // What several of them share (the seeds, generated layouts, made-up records, the outside-tool check) is in
        // TestSupport: a test target itself, so that `swift build` never builds it, nor swift-property-based for it.
        .testTarget(
            name: "TestSupport",
            dependencies: [
                "TrainerModel", "ProtocolReading", "RuleAnalysis", "QuestionGeneration", "BankKeeping", "Training",
                "TrainingRecords", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(name: "TrainerModelTests", dependencies: ["TrainerModel", "TestSupport"]),
        .testTarget(
            name: "ProtocolReadingTests",
            dependencies: [
                "ProtocolReading", "TrainerModel", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "RuleAnalysisTests",
            dependencies: ["RuleAnalysis", "TrainerModel", "TestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "QuestionGenerationTests",
            dependencies: [
                "QuestionGeneration", "RuleAnalysis", "ProtocolReading", "TrainerModel", "BankKeeping", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "BankKeepingTests",
            dependencies: [
                "BankKeeping", "QuestionGeneration", "RuleAnalysis", "ProtocolReading", "TrainerModel", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(name: "TrainingTests", dependencies: ["Training", "TrainerModel", "TestSupport"]),
        .testTarget(
            name: "TrainingRecordsTests",
            dependencies: [
                "TrainingRecords", "TrainerModel", "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "RecordPublishingTests",
            dependencies: ["RecordPublishing", "TrainingRecords", "TrainerModel", "TestSupport"]
        ),
        .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
        .testTarget(
            name: "TrainerWorkflowsTests",
            dependencies: ["TrainerWorkflows", "TrainerModel", "BankKeeping", "TrainingRecords"]
        ),
        // Runs the built `protocol-trainer` binary as a clerk would.
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "ProtocolTrainerCLI", "TrainerModel", "BankKeeping", "Training", "TrainingRecords", "RecordPublishing",
                "TestSupport", .product(name: "Yams", package: "Yams"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
