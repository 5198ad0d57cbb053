/// Why a question bank cannot be used or written, in words a clerk can act on.
public enum BankError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case invalid(path: String, field: String, problem: String)
    case unsupportedVersion(path: String, version: Int)
    case unknownQuestion(path: String, id: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "There is no question bank at '\(path)'. Generate one with 'protocol-trainer bank generate PROTOCOL --out \(path)'."
        case .unreadable(let path, let reason):
            return "The question bank '\(path)' could not be read (\(reason))."
        case .invalid(let path, let field, let problem):
            return "The question bank '\(path)' is not valid: \(field) \(problem). Regenerate it, or correct that field by hand."
        case .unsupportedVersion(let path, let version):
            return "The question bank '\(path)' uses format version \(version), which this version of protocol-trainer does not know. Update protocol-trainer, or regenerate the bank."
        case .unknownQuestion(let path, let id):
            return "There is no question '\(id)' in '\(path)'. 'protocol-trainer bank stats' and the bank file list the question ids."
        case .cannotWrite(let path, let reason):
            return "The question bank could not be saved to '\(path)' (\(reason)). Check that the folder exists, that you may write to it and that the disk is not full."
        }
    }
}
