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
    ],
    targets: [
        // All the logic, no terminal I/O.
        .target(
            name: "ProtocolTrainerKit",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            // The JSON Schemas of the bank and record files: documentation beside the code that writes them.
            exclude: ["Schemas"]
        ),
        // GNU readline (Debian's libreadline-dev), seen only by LineEditing.
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // Reading the trainee's lines: readline on a terminal, plain lines on a pipe.
        .target(name: "LineEditing", dependencies: ["CReadline"]),
        // The thin command-line front end.
        .executableTarget(
            name: "ProtocolTrainerCLI",
            dependencies: [
                "ProtocolTrainerKit",
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
        // Runs the built `protocol-trainer` binary as a clerk would.
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["ProtocolTrainerKit", "ProtocolTrainerCLI"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
