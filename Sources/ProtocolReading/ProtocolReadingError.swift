/// Why a protocol file cannot be used, in words a clerk can act on.
public enum ProtocolReadingError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binary(path: String, looksLike: String?)
    case noClauses(path: String)
    /// A PDF, and poppler's `pdftotext` is not installed.
    case pdfReaderMissing(path: String)
    /// A PDF whose pages carry no text: a scan, or pictures of pages.
    case scannedPDF(path: String)
    /// `pdftotext` could not read the file (damaged, password-protected, not really a PDF).
    case unreadablePDF(path: String, reason: String)
    /// `pdftotext` was still working after the time allowed.
    case pdfTimedOut(path: String, seconds: Int)
    /// A .docx or .odt that is not a valid file of its kind (`kind` is e.g. "Word (.docx)").
    case damagedDocument(path: String, kind: String, reason: String)
    /// A Word 97–2003 `.doc` (or any other Office file of that older binary kind).
    case legacyWord(path: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "There is no file at '\(path)'. Check the name and folder, or give one of the built-in councils by name."
        case .isDirectory(let path):
            return "'\(path)' is a folder, not a protocol file. Give the path of the protocol's file inside it."
        case .unreadable(let path, let reason):
            return "'\(path)' could not be opened (\(reason)). Check that the file exists and that you are allowed to read it."
        case .empty(let path):
            return "'\(path)' is empty. Give the protocol as a PDF, a Word (.docx) file, a saved web page or a plain-text (.txt) file with its text."
        case .binary(let path, let looksLike):
            let kind = looksLike.map { "a \($0) file" } ?? "not text"
            return "'\(path)' is \(kind), not a protocol document. Give the protocol as a PDF, a Word (.docx) file, a saved web page (.html) or a plain-text (.txt) file."
        case .noClauses(let path):
            return "No clauses were found in '\(path)'. Check that it is the council's member/officer protocol and that its text is there in full."
        case .pdfReaderMissing(let path):
            return "'\(path)' is a PDF, and reading a PDF needs the program pdftotext, which is not installed on this computer. Install the Debian package poppler-utils (sudo apt-get install poppler-utils) and try again, or save the protocol as a Word (.docx) or plain-text (.txt) file."
        case .scannedPDF(let path):
            return "'\(path)' has no text in it that can be read: it looks like a scan (a picture of each page). Ask for the protocol as a Word file or a PDF saved from Word, or type its text into a plain-text (.txt) file."
        case .unreadablePDF(let path, let reason):
            return "'\(path)' could not be read as a PDF (\(reason)). Check that it opens in a PDF viewer; if it asks for a password, save a copy without one, or save the protocol as a Word (.docx) file."
        case .pdfTimedOut(let path, let seconds):
            return "Reading the PDF '\(path)' took longer than \(seconds) seconds, so it was stopped. Check that the file opens in a PDF viewer, or save the protocol as a Word (.docx) or plain-text (.txt) file."
        case .damagedDocument(let path, let kind, let reason):
            return "'\(path)' is not a valid \(kind) file (\(reason)). Open it in Word or LibreOffice and save it again as a Word document (.docx), or save it as a PDF."
        case .legacyWord(let path):
            return "'\(path)' is an older Word (.doc) file, or a password-protected one, which cannot be read. Open it in Word or LibreOffice and save it as a Word document (.docx) without a password, or as a PDF, and give that file."
        }
    }
}
