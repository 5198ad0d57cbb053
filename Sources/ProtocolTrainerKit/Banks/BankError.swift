/// Why a question bank cannot be used or written, in words a clerk can act on.
public enum BankError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    /// A folder was given where the bank's file was wanted; `bankInside` is the bank.json it holds, if any.
    case isFolder(path: String, bankInside: String?)
    case unreadable(path: String, reason: String)
    case invalid(path: String, field: String, problem: String)
    case unsupportedVersion(path: String, version: Int)
    case unknownQuestion(path: String, id: String)
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "There is no question bank at '\(path)'. Generate one with 'protocol-trainer bank generate PROTOCOL --out \(path)'."
        case .isFolder(let path, let inside?):
            return "'\(path)' is a folder, not a question bank file. Give the bank's file inside it: '\(inside)'."
        case .isFolder(let path, nil):
            return "'\(path)' is a folder, not a question bank file. Give the bank's .json file (as written by 'protocol-trainer bank generate'), or a built-in council's name."
        case .unreadable(let path, let reason):
            return "The question bank '\(path)' could not be read (\(reason)). Check that you are allowed to read it, or give another bank."
        case .invalid(let path, "the file", let problem):
            return "The question bank '\(path)' is not valid: the file \(problem). Give the bank's .json file as 'protocol-trainer bank generate' wrote it, or regenerate it."
        case .invalid(let path, let field, let problem):
            return "The question bank '\(path)' is not valid: \(field) \(problem). Regenerate it, or correct that field by hand."
        case .unsupportedVersion(let path, let version) where version < 1:
            return "The question bank '\(path)' says it uses format version \(version), which no protocol-trainer writes (versions start at 1). Regenerate the bank, or if it was edited by hand, set schemaVersion back to 1."
        case .unsupportedVersion(let path, let version):
            return "The question bank '\(path)' uses format version \(version), which this version of protocol-trainer does not know. Update protocol-trainer, or regenerate the bank."
        case .unknownQuestion(let path, let id):
            return "There is no question '\(id)' in '\(path)'. Check the id: each question's id is on its \"id\" line in the bank file, e.g. q-4d147d78f805."
        case .cannotWrite(let path, let reason):
            return "The question bank could not be saved to '\(path)' (\(reason)). Check that the folder exists, that you may write to it and that the disk is not full; the bank there before, if any, was left as it is."
        }
    }
}
