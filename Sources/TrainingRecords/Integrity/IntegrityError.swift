/// Why the records' integrity log could not be set up, kept or read, in words a clerk can act on.
public enum IntegrityError: Error, Equatable, CustomStringConvertible {
    case keyInsideRecords(key: String, folder: String)
    case noKey(path: String)
    case keyIsFolder(path: String)
    case unreadableKey(path: String, reason: String)
    case cannotWriteKey(path: String, reason: String)
    case alreadySetUp(log: String)
    case notSetUp(folder: String)
    case wrongKey(key: String, log: String)
    case cannotWriteLog(path: String, reason: String)
    case unreadableLog(path: String, reason: String)
    case logMissing(folder: String, sealedRecords: Int)
    case restartNotNeeded(log: String)
    case noRecord(path: String)
    case notInterrupted(path: String)
    case notARecord(path: String)

    public var description: String {
        switch self {
        case .keyInsideRecords(let key, let folder):
            return "The key '\(key)' would be inside the records folder '\(folder)'. Keep it somewhere else (the default is in your home folder), so that whoever can change the records cannot also re-seal them."
        case .noKey(let path):
            return "There is no integrity key at '\(path)'. Run 'protocol-trainer records init-key' to make one, or give the key's file with --key."
        case .keyIsFolder(let path):
            return "'\(path)' is a folder, not an integrity key file. Give the key's file with --key, e.g. --key \(path)/records.key."
        case .unreadableKey(let path, let reason):
            return "The integrity key '\(path)' could not be read (\(reason)). Check the file, or give the right one with --key."
        case .cannotWriteKey(let path, let reason):
            return "The integrity key could not be written to '\(path)' (\(reason)). Choose another place with --key."
        case .alreadySetUp(let log):
            return "This records folder already has an integrity log ('\(log)'). Run 'protocol-trainer records verify' to check the records."
        case .notSetUp(let folder):
            return "The records in '\(folder)' are not sealed yet. Run 'protocol-trainer records init-key' once; from then on every record saved is sealed."
        case .wrongKey(let key, let log):
            return "The key '\(key)' is not the one the integrity log '\(log)' was started with. Give the right key with --key."
        case .cannotWriteLog(let path, let reason):
            return "The integrity log '\(path)' could not be written (\(reason)). Free some space or fix the folder's permissions."
        case .unreadableLog(let path, let reason):
            return "The integrity log '\(path)' could not be read (\(reason)). Check that you are allowed to read it; if it was emptied or edited, restore it from a backup (no record was changed); if it is lost for good, 'protocol-trainer records init-key --restart' starts a new one."
        case .logMissing(let folder, let count):
            return "The records in '\(folder)' were sealed (\(count) record\(count == 1 ? " says" : "s say") so), but the integrity log '\(folder)/\(IntegrityLog.fileName)' is missing: it has been deleted or moved. Until it is back no record there can be checked, and training is not recorded there. Restore the log from a backup; if it is lost for good, 'protocol-trainer records init-key --restart' starts a new one, sealing the records as they are now."
        case .restartNotNeeded(let log):
            return "The integrity log '\(log)' is there and readable, so there is nothing to restart. Run 'protocol-trainer records verify' to check the records."
        case .noRecord(let path):
            return "There is no training record at '\(path)'. Check the attempt number with 'protocol-trainer records list'."
        case .notInterrupted(let path):
            return "'\(path)' is not a save that was interrupted: it was changed after protocol-trainer saved it, or put in the folder by hand. Look at it first; if you are sure it is right as it is, run the same command with --edited, and your acceptance is written in the integrity log."
        case .notARecord(let path):
            return "'\(path)' is not complete JSON, so it cannot be accepted as a training record. Restore it from a backup."
        }
    }
}
