import Foundation

/// Runs the program on a pseudo-terminal (through `script`, which gives it a controlling terminal so that Ctrl-C
/// raises SIGINT), types keys into it and reads the screen back.
final class TerminalSession: @unchecked Sendable {
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var buffer = Data()

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        // `exec`, so that no shell stays in the terminal's foreground group: where SHELL is unset, script runs dash,
        // which would otherwise wait for the program and be killed by the very Ctrl-C the program handles.
        let command = "exec " + ([ProgramRunner.executable.path] + arguments).map(Self.shellQuoted).joined(separator: " ")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qfec", command, "/dev/null"]
        process.currentDirectoryURL = ProgramRunner.repositoryRoot
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        // The test runner may set NO_COLOR for its own output; the program under test decides for itself.
        env.removeValue(forKey: "NO_COLOR")
        env["COLUMNS"] = "100"
        env["PROTOCOL_TRAINER_BANKS"] = ProgramRunner.repositoryRoot.appendingPathComponent("QuestionBanks").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.lock()
            self.buffer.append(data)
            self.lock.unlock()
        }
        try process.run()
    }

    /// Everything the program has written so far, escape codes included.
    var screen: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Waits until `text` has appeared `count` times; false if it does not within `timeout` seconds.
    @discardableResult
    func waitFor(_ text: String, count: Int = 1, timeout: TimeInterval = 20) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen.components(separatedBy: text).count - 1 >= count { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    func type(_ keys: String) {
        input.fileHandleForWriting.write(Data(keys.utf8))
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(timeout: TimeInterval = 20) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
