// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "protocol-trainer",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "protocol-trainer", targets: ["ProtocolTrainerCLI"]),
        .library(name: "ProtocolTrainerKit", targets: ["ProtocolTrainerKit"]),
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
        // All the logic, no terminal I/O.
        .target(
            name: "ProtocolTrainerKit",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The JSON Schemas of the files: documentation beside the code that writes them. The catalogue's YAML
            // files are compiled in by the EmbedCatalogue plugin, so the binary needs nothing beside it.
            exclude: ["Schemas", "Generating/Catalogue/Provisions", "Generating/Catalogue/README.md"],
            plugins: ["EmbedCatalogue"]
        ),
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
        .target(name: "TrainerWorkflows", dependencies: ["ProtocolTrainerKit"]),
        // The thin command-line front end.
        .executableTarget(
            name: "ProtocolTrainerCLI",
            dependencies: [
                "ProtocolTrainerKit",
                "TrainerWorkflows",
                "LineEditing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ProtocolTrainerKitTests",
            dependencies: [
                "ProtocolTrainerKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "TrainerWorkflowsTests",
            dependencies: ["TrainerWorkflows", "ProtocolTrainerKit"]
        ),
        // Runs the built `protocol-trainer` binary as a clerk would.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ProtocolTrainerKit", "ProtocolTrainerCLI", .product(name: "Yams", package: "Yams")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
