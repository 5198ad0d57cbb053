import Foundation
import Testing
@testable import TrainerModel
@testable import TrainingRecords

/// The real program in a sealed records folder: one window per attempt, a deleted log or another folder's key stops
/// training before the first question, and an interrupted save is listed apart by verify and accepted by the clerk.
@Suite(.serialized)
struct SealedTrainingTests {
    private static let train = ["train", "--council", "iminster", "--name", "Two Windows", "--role", "councillor",
                                "--mode", "induction", "--questions", "4", "--seed", "5"]

    /// A records folder sealed with a key outside it, and the environment that finds the key.
    private static func sealedFolder() throws -> (folder: URL, key: [String: String]) {
        let folder = try ProgramRunner.temporaryFolder()
        let key = ["PROTOCOL_TRAINER_KEY": folder.path + "-key/records.key"]
        let started = try ProgramRunner.run(["records", "init-key", "--records", folder.path], environment: key)
        #expect(started.status == 0, "\(started.errors)")
        return (folder, key)
    }

    @Test func aSecondWindowOnTheSameAttemptIsRefusedAndNoAnswerIsLost() throws {
        let (folder, key) = try Self.sealedFolder()
        let right = TrainCommandTests.rightAnswers(role: .councillor, mode: .induction, count: 4, seed: 5)
        let first = try ProgramRunner.run(Self.train + ["--records", folder.path], input: right[0] + "\nquit\n", environment: key)
        #expect(first.status == 0, "\(first.errors)")

        // Window A carries on and waits at its next question, its input still open.
        let windowA = Process()
        windowA.executableURL = ProgramRunner.executable
        windowA.arguments = Self.train + ["--records", folder.path, "--resume"]
        var environment = ProcessInfo.processInfo.environment
        environment["PROTOCOL_TRAINER_BANKS"] = ProgramRunner.repositoryRoot.appendingPathComponent("QuestionBanks").path
        environment.merge(key) { $1 }
        windowA.environment = environment
        let input = Pipe(), output = Pipe()
        windowA.standardInput = input
        windowA.standardOutput = output
        windowA.standardError = FileHandle.nullDevice
        try windowA.run()
        input.fileHandleForWriting.write(Data((right[1] + "\n").utf8))
        let attempt = try #require(RecordStore(folder: folder.path).all().records.first?.record.attemptId)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !AttemptLock.isHeld(attempt, in: folder.path) { Thread.sleep(forTimeInterval: 0.05) }
        #expect(AttemptLock.isHeld(attempt, in: folder.path))

        let windowB = try ProgramRunner.run(Self.train + ["--records", folder.path, "--resume"], input: right[2] + "\n", environment: key)
        #expect(windowB.status != 0)
        #expect(windowB.errors.contains("is open in another window"), "\(windowB.output)\(windowB.errors)")

        input.fileHandleForWriting.write(Data("quit\n".utf8))
        try input.fileHandleForWriting.close()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        windowA.waitUntilExit()
        #expect(windowA.terminationStatus == 0)

        // Window A's two answers are all there, and a later window carries on from them.
        let records = RecordStore(folder: folder.path).all().records
        #expect(records.count == 1 && records[0].record.answers.count == 2)
        let later = try ProgramRunner.run(Self.train + ["--records", folder.path, "--resume"],
                                          input: right[2...].joined(separator: "\n") + "\n", environment: key)
        #expect(later.status == 0 && later.output.contains("2 of 4 answered"), "\(later.output)\(later.errors)")
        #expect(RecordStore(folder: folder.path).all().records.first?.record.status == .completed)
        let verify = try ProgramRunner.run(["records", "verify", "--records", folder.path], environment: key)
        #expect(verify.status == 0, "\(verify.output)")
        #expect(!AttemptLock.isHeld(attempt, in: folder.path), "the lock goes with the session")
    }

    @Test func aDeletedLogStopsTrainingUntilTheClerkRestartsIt() throws {
        let (folder, key) = try Self.sealedFolder()
        let right = TrainCommandTests.rightAnswers(role: .councillor, mode: .induction, count: 4, seed: 5)
        let trained = try ProgramRunner.run(Self.train + ["--records", folder.path], input: right.joined(separator: "\n") + "\n", environment: key)
        #expect(trained.status == 0, "\(trained.errors)")
        try FileManager.default.removeItem(atPath: folder.path + "/integrity.log")

        let verify = try ProgramRunner.run(["records", "verify", "--records", folder.path], environment: key)
        #expect(verify.status == 1 && verify.output.contains("integrity.log: missing"), "\(verify.output)\(verify.errors)")
        let refused = try ProgramRunner.run(Self.train + ["--records", folder.path, "--new"], input: right[0] + "\n", environment: key)
        #expect(refused.status != 0 && refused.errors.contains("is missing"), "\(refused.errors)")
        #expect(RecordStore(folder: folder.path).all().records.count == 1, "no attempt was started")
        let again = try ProgramRunner.run(["records", "init-key", "--records", folder.path], environment: key)
        #expect(again.status != 0 && again.errors.contains("--restart"), "\(again.errors)")

        let restarted = try ProgramRunner.run(["records", "init-key", "--restart", "--records", folder.path], environment: key)
        #expect(restarted.status == 0 && restarted.output.contains("Restarted the integrity log"), "\(restarted.output)\(restarted.errors)")
        let after = try ProgramRunner.run(["records", "verify", "--records", folder.path], environment: key)
        #expect(after.status == 0 && after.output.contains("was restarted on"), "\(after.output)")
    }

    @Test func anotherFoldersKeyIsRefusedAtTheStart() throws {
        let (folder, _) = try Self.sealedFolder()
        let (_, otherKey) = try Self.sealedFolder()
        let refused = try ProgramRunner.run(Self.train + ["--records", folder.path], input: "A\n", environment: otherKey)
        #expect(refused.status != 0 && refused.errors.contains("is not the one the integrity log"), "\(refused.errors)")
        #expect(RecordStore(folder: folder.path).all().records.isEmpty)
    }

    @Test func anInterruptedSaveIsListedApartAndTheClerkAcceptsIt() throws {
        let (folder, key) = try Self.sealedFolder()
        let right = TrainCommandTests.rightAnswers(role: .councillor, mode: .induction, count: 4, seed: 5)
        let trained = try ProgramRunner.run(Self.train + ["--records", folder.path], input: right[0] + "\nquit\n", environment: key)
        #expect(trained.status == 0, "\(trained.errors)")

        // What a kill between the write and its seal leaves: the intent line, then the new contents, and no seal.
        let store = RecordStore(folder: folder.path, keyPath: key["PROTOCOL_TRAINER_KEY"])
        var record = try #require(store.all().records.first?.record)
        record.position += 1
        let signingKey = try IntegrityKey.load(try #require(key["PROTOCOL_TRAINER_KEY"]))
        record.sealedWith = signingKey.id
        let data = try record.jsonData()
        let log = IntegrityLog(folder: folder.path)
        let name = record.attemptId.uuidString.lowercased() + ".json"
        do {
            let held = try log.lock(exclusive: true)
            try log.append(.saving, file: name, sha256: ProtocolFingerprint.sha256(of: data), key: signingKey, under: held)
            try AtomicFile.write(data, to: store.path(for: record.attemptId), permissions: 0o600)
        }

        let verify = try ProgramRunner.run(["records", "verify", "--records", folder.path], environment: key)
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.contains("Interrupted saves") && !verify.output.contains("edited since"), "\(verify.output)")
        let accepted = try ProgramRunner.run(["records", "accept", String(name.prefix(8)), "--records", folder.path], environment: key)
        #expect(accepted.status == 0 && accepted.output.contains("interrupted save is now complete"), "\(accepted.output)\(accepted.errors)")
        let clean = try ProgramRunner.run(["records", "verify", "--records", folder.path], environment: key)
        #expect(clean.status == 0 && !clean.output.contains("Interrupted"), "\(clean.output)")
    }
}
