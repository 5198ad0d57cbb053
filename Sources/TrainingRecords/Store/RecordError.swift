import TrainerModel

/// Why a training record could not be saved or read, in words a clerk can act on.
public enum RecordError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    /// The records folder named is a file.
    case notAFolder(path: String, folder: String)
    case unreadable(path: String, reason: String)
    case corrupt(path: String, detail: String)
    case unsupportedVersion(path: String, version: Int)
    /// The record was saved, but its seal could not be added to the integrity log.
    case notSealed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            return "The training record could not be saved to '\(path)' (\(reason)). Nothing was lost yet: free some space or fix the folder's permissions, then carry on with the same command."
        case .notAFolder(_, let folder):
            return "'\(folder)' is a file, not a folder of training records. Give the folder where the records are kept with --records FOLDER (it is made if it is not there yet)."
        case .unreadable(let path, let reason):
            return "The training record '\(path)' could not be read (\(reason)). It has been left as it is; check that you are allowed to read it."
        case .corrupt(let path, let detail):
            return "The training record '\(path)' is damaged (\(detail)). It has been left as it is; the clerk can look at it or restore it from a backup."
        case .unsupportedVersion(let path, let version) where version < 1:
            return "The training record '\(path)' says it uses format version \(version), which no protocol-trainer writes (versions start at 1), so it was not read. It has been left as it is; the clerk can restore it from a backup."
        case .unsupportedVersion(let path, let version):
            return "The training record '\(path)' uses format version \(version), which is newer than this version of protocol-trainer knows (version \(TrainingRecord.currentSchemaVersion)). It has been left as it is; update protocol-trainer to read it."
        case .notSealed(let path, let reason):
            return "Your answers were saved in '\(path)', but the record could not be sealed in the records' integrity log: \(reason) Nothing was lost; tell the clerk."
        }
    }

    /// The record's file.
    public var path: String {
        switch self {
        case .cannotWrite(let path, _), .notAFolder(let path, _), .unreadable(let path, _), .corrupt(let path, _), .unsupportedVersion(let path, _),
             .notSealed(let path, _): return path
        }
    }
}
