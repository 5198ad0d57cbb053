/// Why the clerk's records desk could not do what was asked, in sentences a clerk can act on, naming the file.
public enum RecordsDeskError: Error, Equatable, CustomStringConvertible {
    case noRecordsFolder(path: String)
    case notAFolder(path: String)
    case noSuchAttempt(text: String, folder: String)
    case ambiguousAttempt(text: String, matches: [String])
    case badDate(text: String)
    case badInterval(text: String, option: String)
    /// A length of time below the least the option takes: zero for `--within`, one day for `--interval`.
    case intervalTooShort(text: String, option: String, zeroAllowed: Bool)
    case intervalTooLong(text: String, option: String)
    case badHomePage(text: String)
    case cannotWrite(path: String, reason: String)
    case cannotRemove(path: String, reason: String)
    case cannotLog(path: String, reason: String)
    case damaged(RecordError)
    case unreadableFile(path: String)
    case badEmailLine(path: String, line: Int)
    case integrity(IntegrityError)

    /// What went wrong and what to do, naming the file.
    public var description: String {
        switch self {
        case .integrity(let error):
            return error.description
        case .noRecordsFolder(let path):
            return "There is no records folder at '\(path)'. Training records are kept there once someone has trained; if they are kept elsewhere, give the folder with --records FOLDER."
        case .notAFolder(let path):
            return "'\(path)' is a file, not a folder of training records. Give the records folder with --records FOLDER."
        case .noSuchAttempt(let text, let folder):
            return "There is no attempt '\(text)' in '\(folder)'. Run 'protocol-trainer records list' to see each attempt's number (its last column), and give that, or the first 8 characters of it."
        case .ambiguousAttempt(let text, let matches):
            return "More than one attempt starts with '\(text)' (\(matches.joined(separator: ", "))). Type more of the attempt's number."
        case .badDate(let text):
            return "'\(text)' is not a date I can read. Write dates as year-month-day, e.g. 2026-03-31, or as day/month/year, e.g. 31/03/2026."
        case .badInterval(let text, let option):
            return "'\(text)' is not a length of time I can read for \(option). Write a number and a unit: 12m for twelve months, 30d for thirty days, 6w for six weeks, 1y for a year."
        case .intervalTooShort(let text, let option, true):
            return "\(option) must be a length of time from today onwards, e.g. \(option) 30d; you gave \(text)."
        case .intervalTooShort(let text, let option, false):
            return "\(option) must be at least one day, e.g. \(option) 12m for twelve months; you gave \(text)."
        case .intervalTooLong(let text, let option):
            return "\(option) \(text) is longer than protocol-trainer can work with; give at most 1200 of a unit, e.g. \(option) 100y."
        case .badHomePage(let text):
            return "'\(text)' is not a web address. Give your council's home page in full, e.g. --home-page https://www.example-tc.gov.uk."
        case .cannotWrite(let path, let reason):
            return "The export could not be written to '\(path)' (\(reason)). Nothing was written there; choose another file with --out, or free some space, and try again."
        case .cannotRemove(let path, let reason):
            return "The training record '\(path)' could not be removed (\(reason)). It is still there; fix the folder's permissions and run the same command again."
        case .cannotLog(let path, let reason):
            return "The purge log '\(path)' could not be written (\(reason)), so nothing was removed. Fix the folder's permissions or free some space and run the same command again."
        case .damaged(let error):
            return error.description
        case .unreadableFile(let path):
            return "The file '\(path)' could not be read. Check the name and that it is not open in another program."
        case .badEmailLine(let path, let line):
            return "Line \(line) of '\(path)' is not a name and an email address. Fix that line: each should be a name, a comma and an address, e.g. Siân O'Brien,sian.obrien@example.gov.uk."
        }
    }
}
