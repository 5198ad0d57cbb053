import Foundation
@testable import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A real Ralph LRS 5.1.0 (file-system backend) on loopback, started by `Tests/Fixtures/lrs/ralph_fs_lrs.py` with the
/// Python that has Ralph installed (`.ci/run` puts it first on PATH). Its output goes to a log file in its folder,
/// never to a pipe, so nothing it writes can block it or the test.
final class RalphLRS {
    static let user = "clerk"
    static let password = "correct horse battery staple"
    static let launcher = ProgramRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/lrs/ralph_fs_lrs.py")

    /// The Python with Ralph's LRS installed, or nil (the tests then skip, saying why).
    static let python: String? = {
        for candidate in [ProcessInfo.processInfo.environment["PROTOCOL_TRAINER_RALPH_PYTHON"], "python3"].compactMap({ $0 }) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [candidate, "-c", "import ralph.backends.lrs.fs, uvicorn, bcrypt, fastapi"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { continue }
            process.waitUntilExit()
            if process.terminationStatus == 0 { return candidate }
        }
        return nil
    }()

    /// The store as a tool the push tests need: skipped, saying so, where neither Python has it.
    static let tool = ExternalTool("Ralph LRS 5.1.0", from: "pip install -r Tests/Fixtures/lrs/requirements.txt",
                                   check: [python ?? "python3", "-c", "import ralph.backends.lrs.fs, uvicorn, bcrypt, fastapi"])

    let folder: URL
    private(set) var port = 0
    private var process: Process?

    var address: String { "http://127.0.0.1:\(port)/xAPI/" }

    init(folder: URL) {
        self.folder = folder
    }

    deinit { stop() }

    /// Starts the store (on the port it had before, after a restart) and waits until it accepts requests.
    func start() throws {
        let portFile = folder.appendingPathComponent("port")
        try? FileManager.default.removeItem(at: portFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [Self.python ?? "python3", Self.launcher.path, "--dir", folder.appendingPathComponent("lrs").path,
                             "--port-file", portFile.path, "--user", Self.user, "--password", Self.password, "--port", "\(port)"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if let text = try? String(contentsOf: portFile, encoding: .utf8), let number = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                port = number
                return
            }
            guard process.isRunning else { break }
            usleep(50_000)
        }
        let log = (try? String(contentsOf: folder.appendingPathComponent("lrs/ralph.log"), encoding: .utf8)) ?? ""
        stop()
        throw LaunchFailure(log: String(log.suffix(2000)))
    }

    struct LaunchFailure: Error, CustomStringConvertible {
        let log: String
        var description: String { "Ralph LRS did not start:\n\(log)" }
    }

    /// Stops it as a crash would: no chance to finish a request.
    func kill() {
        guard let process, process.isRunning else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// Stops it as a clerk would; one that has not stopped within ten seconds is killed, so a test never hangs on it.
    func stop() {
        guard let process, process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        self.process = nil
    }

    /// Every statement the store holds, read through its own GET (`limit=0` is all of them, oldest first).
    func statements() throws -> [[String: Any]] {
        let answer = try get("statements?limit=0")
        let object = try JSONSerialization.jsonObject(with: answer) as? [String: Any]
        return object?["statements"] as? [[String: Any]] ?? []
    }

    /// The one statement with this id, through the store's GET.
    func statement(_ id: String) throws -> [String: Any]? {
        let object = try JSONSerialization.jsonObject(with: try get("statements?statementId=\(id)")) as? [String: Any]
        return (object?["statements"] as? [[String: Any]])?.first
    }

    private func get(_ path: String) throws -> Data {
        // curl, not the program's own client: the statements are read back by an independent path.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-sS", "--fail", "-u", "\(Self.user):\(Self.password)", "-H", "X-Experience-API-Version: 1.0.3",
                             "http://127.0.0.1:\(port)/xAPI/\(path)"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }
}
