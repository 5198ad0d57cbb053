import Foundation
import Testing
@testable import RecordPublishing
@testable import TestSupport

/// Addresses written one way, passwords only from files their owner alone reads, settings kept where they belong.
struct PushSettingsTests {
    @Test(arguments: [
        ("https://lrs.example.org/xAPI/", "https://lrs.example.org/xAPI/"),
        ("https://lrs.example.org/xAPI", "https://lrs.example.org/xAPI/"),
        ("https://LRS.Example.org/xAPI/statements", "https://lrs.example.org/xAPI/"),
        ("http://127.0.0.1:8100/xAPI/statements/", "http://127.0.0.1:8100/xAPI/"),
        (" HTTPS://lrs.example.org ", "https://lrs.example.org/"),
    ])
    func addressesAreWrittenOneWay(typed: String, written: String) throws {
        let endpoint = try LRSEndpoint(typed)
        #expect(endpoint.description == written)
        #expect(endpoint.statements.absoluteString == written + "statements")
    }

    @Test func plainHTTPIsUnencryptedExceptOnThisComputer() throws {
        #expect(try LRSEndpoint("http://lrs.example.org/xAPI/").isUnencrypted)
        #expect(try !LRSEndpoint("https://lrs.example.org/xAPI/").isUnencrypted)
        #expect(try !LRSEndpoint("http://127.0.0.1:8100/xAPI/").isUnencrypted)
        #expect(try !LRSEndpoint("http://localhost:8100/xAPI/").isUnencrypted)
    }

    @Test(arguments: ["lrs.example.org/xAPI", "ftp://lrs.example.org/", "https://clerk:secret@lrs.example.org/xAPI/",
                      "https://lrs.example.org/xAPI/?key=1", "https:///xAPI", ""])
    func whatIsNotAStoreAddressIsRefused(typed: String) {
        #expect(throws: PushError.badAddress(text: typed)) { try LRSEndpoint(typed) }
    }

    private func file(_ text: String, mode: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("pw-\(UUID().uuidString)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    @Test func thePasswordIsTheFilesFirstLineAndOnlyFromAPrivateFile() throws {
        #expect(try PushSettings.password(fromFile: try file("s3cret pass\r\nsecond line\n", mode: 0o600)) == "s3cret pass")
        let shared = try file("s3cret\n", mode: 0o644)
        #expect(throws: PushError.passwordReadableByOthers(path: shared)) { try PushSettings.password(fromFile: shared) }
        let empty = try file("\n", mode: 0o600)
        #expect(throws: PushError.unreadablePassword(path: empty)) { try PushSettings.password(fromFile: empty) }
        #expect(try PushSettings.password(file: nil, folder: nil, environment: [PushSettings.passwordVariable: "from-env"]) == "from-env")
        #expect(throws: PushError.noPassword(variable: PushSettings.passwordVariable)) {
            try PushSettings.password(file: nil, folder: "/nonexistent", environment: [:])
        }
    }

    @Test func settingsAreSavedForTheirOwnerAndReadBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)/protocol-trainer").path
        let settings = PushSettings(lrs: try LRSEndpoint("https://lrs.example.org/xAPI"), user: "clerk",
                                    homePage: "https://www.example-tc.gov.uk", afterTraining: true)
        try settings.save(in: folder, password: "s3cret")
        #expect(try PushSettings.load(from: folder) == settings)
        #expect(try PushSettings.password(file: nil, folder: folder, environment: [:]) == "s3cret")
        for name in [PushSettings.fileName, PushSettings.passwordFileName] {
            let mode = try FileManager.default.attributesOfItem(atPath: folder + "/" + name)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name)")
        }
        #expect(PushSettings.folder(environment: ["HOME": "/home/clerk"]) == "/home/clerk/.config/protocol-trainer")
        #expect(PushSettings.folder(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/protocol-trainer")
        #expect(PushSettings.folder(environment: ["PROTOCOL_TRAINER_CONFIG": "/c", "XDG_CONFIG_HOME": "/x"]) == "/c")
        try Data("{".utf8).write(to: URL(fileURLWithPath: folder + "/" + PushSettings.fileName))
        #expect(throws: PushError.self) { try PushSettings.load(from: folder) }
    }

    @Test func afterTrainingNothingIsTriedUnlessSetUpAndAnUnreachableStoreOnlyDefers() throws {
        let record = DeskFixtures.record(name: "Ann Lee")
        let store = try DeskFixtures.folder([record])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("config-\(UUID().uuidString)").path
        #expect(AfterTrainingPush.send(record.attemptId, from: store, settingsFolder: folder) == .notConfigured)
        // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
        try PushSettings(lrs: try LRSEndpoint("http://127.0.0.1:9/xAPI/"), user: "clerk", homePage: nil, afterTraining: true)
            .save(in: folder, password: "s3cret")
        guard case .deferred(let reason) = AfterTrainingPush.send(record.attemptId, from: store, settingsFolder: folder, environment: [:]) else {
            Issue.record("an unreachable store must defer the push")
            return
        }
        #expect(reason.contains("refused"))
        #expect(FileManager.default.fileExists(atPath: store.path(for: record.attemptId)), "the record stays saved")
    }
}
