/// Why a training record could not be saved or read, in words a clerk can act on.
public enum RecordError: Error, Equatable, CustomStringConvertible {
    case cannotWrite(path: String, reason: String)
    case unreadable(path: String, reason: String)
    case corrupt(path: String, detail: String)
    case unsupportedVersion(path: String, version: Int)
    /// The record was saved, but its seal could not be added to the integrity log.
    case notSealed(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason):
            return "The training record could not be saved to '\(path)' (\(reason)). Nothing was lost yet: free some space or fix the folder's permissions, then carry on with the same command."
        case .unreadable(let path, let reason):
            return "The training record '\(path)' could not be read (\(reason))."
        case .corrupt(let path, let detail):
            return "The training record '\(path)' is damaged (\(detail)). It has been left as it is; the clerk can look at it or restore it from a backup."
        case .unsupportedVersion(let path, let version):
            return "The training record '\(path)' uses format version \(version), which this version of protocol-trainer does not know. It has been left as it is."
        case .notSealed(let path, let reason):
            return "Your answers were saved in '\(path)', but the record could not be sealed in the records' integrity log: \(reason) Nothing was lost; tell the clerk."
        }
    }

    /// The record's file.
    public var path: String {
        switch self {
        case .cannotWrite(let path, _), .unreadable(let path, _), .corrupt(let path, _), .unsupportedVersion(let path, _),
             .notSealed(let path, _): return path
        }
    }
}
