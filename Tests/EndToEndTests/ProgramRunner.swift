import Foundation

/// Runs the built `protocol-trainer` program as a person would, on pipes.
struct ProgramRunner {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The program sits beside the test bundle in the build folder.
    static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("protocol-trainer")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return repositoryRoot.appendingPathComponent(".build/debug/protocol-trainer")
    }()

    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                    in directory: URL = repositoryRoot) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["PROTOCOL_TRAINER_BANKS"] = repositoryRoot.appendingPathComponent("QuestionBanks").path
        // Never the settings of whoever runs the tests: a clerk's push-after-training would send test attempts.
        env["PROTOCOL_TRAINER_CONFIG"] = FileManager.default.temporaryDirectory.appendingPathComponent("protocol-trainer-tests-no-config").path
        env["PROTOCOL_TRAINER_LRS_PASSWORD"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes before waiting, so a chatty program cannot block on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                      errors: String(decoding: errorData, as: UTF8.self))
    }

    /// A temporary copy of the iminster council folder (protocol and bank), for commands that change a bank.
    static func copyOfIminster() throws -> URL {
        let folder = try temporaryFolder()
        let source = repositoryRoot.appendingPathComponent("QuestionBanks/iminster")
        for name in ["protocol.txt", "bank.json"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("protocol-trainer-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
