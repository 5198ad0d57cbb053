import Foundation
import Testing
@testable import TrainerModel

/// Every file the program writes goes through `AtomicFile`: whole or not at all, with the permissions asked for, never
/// through a symbolic link, and a failure in words a clerk can act on.
struct AtomicFileTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aWriteReplacesTheFileWholeWithThePermissionsAskedForAndLeavesNothingBeside() throws {
        let folder = try folder()
        let path = folder + "/bank.json"
        try AtomicFile.write(Data("old".utf8), to: path)
        try AtomicFile.write(Data("new".utf8), to: path, permissions: 0o600)
        #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["bank.json"])
    }

    @Test func withoutReplacingAnExistingFileIsLeftAloneAndTheWriteFails() throws {
        let path = try folder() + "/records.key"
        try AtomicFile.write(Data("first".utf8), to: path)
        let failure = #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write(Data("second".utf8), to: path, replacing: false) }
        #expect(failure?.reason == "a file is already there")
        #expect(FileManager.default.contents(atPath: path) == Data("first".utf8))
    }

    @Test func aSymbolicLinkAtThePathIsReplacedNeverWrittenThrough() throws {
        let folder = try folder()
        let victim = folder + "/outside.txt"
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: victim))
        let path = folder + "/export.csv"
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim)
        try AtomicFile.write(Data("export".utf8), to: path, unnamed: true)
        #expect(FileManager.default.contents(atPath: victim) == Data("keep me".utf8))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType == .typeRegular)
        #expect(FileManager.default.contents(atPath: path) == Data("export".utf8))
    }

    @Test func aMissingFolderIsNamedInPlainWords() throws {
        let path = try folder() + "/no-such-folder/bank.json"
        let failure = #expect(throws: AtomicFile.Failure.self) { try AtomicFile.write(Data("x".utf8), to: path) }
        #expect(failure?.reason == "the folder does not exist")
    }
}
