import ArgumentParser

/// What kind of failure stopped the program; its raw value is the exit status. This is the program's one table of exit
/// statuses, after sysexits.h so that a clerk's script can tell "fix the file" from "try again"; README.md ("Exit
/// status") lists it for people.
enum FailureKind: Int32, CaseIterable, Sendable {
    /// The work was done and found problems the clerk should look at (`bank check`, `records verify`, `protocol check`).
    case findings = 1
    /// The command was typed wrongly: an unknown or missing option, or a value out of range.
    case usage = 64
    /// A protocol, bank, record, key or list that was found but cannot be used as it is.
    case badData = 65
    /// A file, folder, council, question or attempt that was named is not there, or cannot be read.
    case inputMissing = 66
    /// A program this needs is not installed: pdftotext (Debian's poppler-utils) to read a PDF.
    case unavailable = 69
    /// A file the program was asked to write (a bank, a record, an export, a report, a key, a log) could not be written.
    case cannotCreateOutput = 73
    /// A file that is there could not be read or removed part-way.
    case ioError = 74
    /// Something held for a moment by someone else, such as a records folder another session is saving to, or a learning
    /// record store that is not answering: try again later.
    case tryAgain = 75
    /// A learning record store refused the user and password given for it.
    case notPermitted = 77
    /// Stopped with Ctrl-C.
    case interrupted = 130
}

extension ExitCode {
    init(_ kind: FailureKind) { self.init(kind.rawValue) }
}
