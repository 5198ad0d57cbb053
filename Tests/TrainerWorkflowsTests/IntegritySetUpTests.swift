import Foundation
import Testing
import BankKeeping
import TrainerModel
import TrainingRecords
@testable import TrainerWorkflows

/// Setting up sealed records without a terminal: the key kept out of the records folder, the log started once.
struct IntegritySetUpTests {
    private func folder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("setup-\(UUID().uuidString)").path
    }

    @Test func theFolderIsMadeTheKeyMadeAndTheLogStartedOnce() throws {
        let records = folder() + "/Records"
        let key = folder() + "/records.key"
        let scanner = RecordScanner(store: RecordStore(folder: records))
        let outcome = try IntegritySetUp(scanner: scanner, keyPath: key, restart: false).run()
        #expect(outcome.madeNewKey && outcome.sealed == 0 && outcome.setAside == nil)
        #expect(outcome.logPath == records + "/" + IntegrityLog.fileName && IntegrityLog(folder: records).isStarted)
        #expect(throws: IntegrityError.alreadySetUp(log: outcome.logPath)) { try IntegritySetUp(scanner: scanner, keyPath: key, restart: false).run() }
        // A restart with the log there and readable is refused too.
        #expect(throws: IntegrityError.restartNotNeeded(log: outcome.logPath)) { try IntegritySetUp(scanner: scanner, keyPath: key, restart: true).run() }
    }

    @Test func aKeyInsideTheRecordsFolderIsRefused() throws {
        let records = folder()
        for key in [records + "/records.key", records + "/keys/records.key"] {
            #expect(throws: IntegrityError.keyInsideRecords(key: key, folder: records)) {
                try IntegritySetUp(scanner: RecordScanner(store: RecordStore(folder: records)), keyPath: key, restart: false).run()
            }
        }
        #expect(!FileManager.default.fileExists(atPath: records + "/records.key"))
    }

    @Test func anExistingKeyIsUsedAgainForAnotherFolder() throws {
        let key = folder() + "/records.key"
        _ = try IntegritySetUp(scanner: RecordScanner(store: RecordStore(folder: folder())), keyPath: key, restart: false).run()
        let second = try IntegritySetUp(scanner: RecordScanner(store: RecordStore(folder: folder())), keyPath: key, restart: false).run()
        #expect(!second.madeNewKey)
    }
}
