import Foundation
import Testing
@testable import TrainerModel

/// Temporary copies a killed process left behind hold whole records, so they go once their process has gone; a live
/// process's copy, and files that are not ours, stay.
struct LeftoverFilesTests {
    @Test func onlyTheCopiesOfGoneProcessesAreRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leftovers-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // pid 2^22 + 1 is above Linux's largest process id, so no process has it.
        let gone = ".bank.json.4194305.123.tmp", mine = ".bank.json.\(getpid()).456.tmp", other = "notes.tmp"
        for name in [gone, mine, other] { try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        #expect(LeftoverFiles.names(in: folder) == [gone, mine].sorted())
        #expect(LeftoverFiles.remove(in: folder) == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == [mine, other].sorted())
    }

    @Test func aCopyOverAnHourOldGoesEvenIfItsProcessIdIsInUse() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leftovers-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = ".bank.json.\(getpid()).789.tmp"
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder + "/" + name))
        #expect(LeftoverFiles.remove(in: folder, now: Date().addingTimeInterval(2 * 3600)) == 1)
        #expect(LeftoverFiles.names(in: folder).isEmpty)
    }
}
