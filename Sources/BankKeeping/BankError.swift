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
    /// A GIFT file that cannot be read as Moodle's GIFT, at the question starting on `line`.
    case badGIFT(path: String, line: Int, problem: String)
    /// A GIFT question whose title has no `[clause 3.2]` marker.
    case noClauseMarker(path: String, line: Int, title: String)
    /// A GIFT question citing a clause the bank's protocol does not have.
    case unknownClause(path: String, line: Int, clause: String)
    /// A question that Moodle's formats cannot carry.
    case cannotExport(id: String, reason: String)

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
        case .badGIFT(let path, let line, let problem):
            return "\(path), line \(line): this question cannot be imported: \(problem). Correct it there and import the file again; nothing was added to the bank."
        case .noClauseMarker(let path, let line, let title):
            return "\(path), line \(line): the question '\(title)' does not say which clause it cites. Put the clause in its title, e.g. ::\(title) [clause 3.2]::, and import the file again; nothing was added to the bank."
        case .unknownClause(let path, let line, let clause):
            return "\(path), line \(line): the question cites clause \(clause), which the bank's protocol does not have. Check the clause's number in the protocol ('protocol-trainer protocol show PROTOCOL-FILE' lists them) and import the file again; nothing was added to the bank."
        case .cannotExport(let id, let reason):
            return "Question \(id) cannot be exported for Moodle: \(reason). Retire it or change its options ('protocol-trainer bank show \(id)'), then export again; nothing was written."
        }
    }
}
