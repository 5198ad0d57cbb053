/// Why a protocol file cannot be used, in words a clerk can act on.
public enum ProtocolReadingError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, looksLike: String?)
    case noClauses(path: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "There is no file at '\(path)'. Check the name and folder, or give one of the built-in councils by name."
        case .isDirectory(let path):
            return "'\(path)' is a folder, not a protocol file. Give the path of the protocol's text file inside it."
        case .unreadable(let path, let reason):
            return "'\(path)' could not be opened (\(reason)). Check that the file exists and that you are allowed to read it."
        case .empty(let path):
            return "'\(path)' is empty. Copy the protocol's text into it (from the PDF or web page) and try again."
        case .binary(let path, let looksLike):
            let kind = looksLike.map { "a \($0) file" } ?? "not plain text"
            return "'\(path)' is \(kind). Open the protocol, copy all of its text into a plain-text (.txt) file, and give that file instead."
        case .noClauses(let path):
            return "No clauses were found in '\(path)'. Check that it is the council's member/officer protocol and that its text was copied in full."
        }
    }
}
