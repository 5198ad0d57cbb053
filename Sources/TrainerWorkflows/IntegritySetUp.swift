import Foundation
import BankKeeping
import ProtocolReading
import TrainerModel
import Training
import TrainingRecords

/// `records init-key`: the clerk's key made (or the existing one used) and the records folder's integrity log
/// started, with the records already there sealed as found. The key is never kept inside the records folder, since
/// whoever can change a record there could then also re-seal it.
public struct IntegritySetUp {
    public let scanner: RecordScanner
    public let keyPath: String
    /// Start a new log where the old one is lost or unreadable.
    public let restart: Bool

    public init(scanner: RecordScanner, keyPath: String, restart: Bool) {
        self.scanner = scanner
        self.keyPath = keyPath
        self.restart = restart
    }

    public struct Outcome: Sendable, Equatable {
        public var keyPath: String
        public var madeNewKey: Bool
        /// Where an unreadable old log was kept, on a restart.
        public var setAside: String?
        public var sealed: Int
        public var logPath: String
    }

    public func run() throws -> Outcome {
        let folder = scanner.store.folder
        // Sealing can start before anyone has trained: the folder is made, as a first save would make it. (A file
        // where the folder should be is named as such by the scan below.)
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch { throw WorkflowError.cannotMakeRecordsFolder(folder: folder) }
        }
        let records = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
        let key = URL(fileURLWithPath: keyPath).standardizedFileURL
        let keyFolder = key.deletingLastPathComponent().resolvingSymlinksInPath().path
        if keyFolder == records || keyFolder.hasPrefix(records + "/") {
            throw IntegrityError.keyInsideRecords(key: key.path, folder: folder)
        }
        let log = IntegrityLog(folder: folder)
        var setAside: String?
        if restart {
            setAside = try log.setAsideForRestart()
        } else {
            if log.isStarted { throw IntegrityError.alreadySetUp(log: log.path) }
            let sealed = try scanner.collect().records.filter { $0.record.sealedWith != nil }.count
            if sealed > 0 { throw IntegrityError.logMissing(folder: folder, sealedRecords: sealed) }
        }
        let files = try scanner.fileNames()
        let existing = FileManager.default.fileExists(atPath: key.path)
        let loaded = existing ? try IntegrityKey.load(key.path) : try IntegrityKey.create(at: key.path)
        // Listed again once the log is in place: a session saving meanwhile is then either found or seals its own save.
        let sealed = try log.begin(key: loaded, listing: { (try? scanner.fileNames()) ?? files }, restart: restart)
        return Outcome(keyPath: loaded.path, madeNewKey: !existing, setAside: setAside, sealed: sealed, logPath: log.path)
    }
}
