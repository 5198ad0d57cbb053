/// Why training records could not be sent to the learning record store, in sentences a clerk can act on.
public enum PushError: Error, Equatable, CustomStringConvertible {
    case badAddress(text: String)
    case noAddress
    case noUser
    case noPassword(variable: String)
    case unreadablePassword(path: String)
    case passwordReadableByOthers(path: String)
    /// The store could not be reached, or kept failing, after every retry.
    case unreachable(url: String, reason: String, tries: Int)
    case refusedCredentials(url: String, user: String, status: Int)
    /// The store answered in a way no xAPI store should: not found, a redirect, a body that is not a list of ids.
    case unexpectedAnswer(url: String, status: Int, detail: String)
    case busy(path: String)
    case cannotLog(path: String, reason: String)
    case unreadableLog(path: String, reason: String)
    case notSent(attempt: String, url: String)
    case cannotSaveSettings(path: String, reason: String)
    case unreadableSettings(path: String, reason: String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .badAddress(let text):
            return "'\(text)' is not the address of a learning record store. Give its xAPI address, starting https:// (or http:// on this computer), e.g. --lrs https://lrs.example.org/xAPI/."
        case .noAddress:
            return "No learning record store was given. Give its address with --lrs URL, or set it up once with 'protocol-trainer records push --configure --lrs URL --user NAME --password-file FILE'."
        case .noUser:
            return "No user name for the learning record store was given. Give it with --user NAME (the password goes in a file, --password-file FILE)."
        case .noPassword(let variable):
            return "No password for the learning record store was given. Put it in a file readable only by you and give --password-file FILE, or set $\(variable). It is never taken on the command line, where others could see it."
        case .unreadablePassword(let path):
            return "The password file '\(path)' could not be read. Check its name and that you are allowed to read it."
        case .passwordReadableByOthers(let path):
            return "The password file '\(path)' can be read by other people on this computer. Make it yours alone ('chmod 600 \(path)') and run the same command again."
        case .unreachable(let url, let reason, let tries):
            return "The learning record store at \(url) could not be reached (\(reason)), after \(tries) tr\(tries == 1 ? "y" : "ies"). Nothing it did not acknowledge is marked as sent; run the same command again later and it carries on from where it stopped."
        case .refusedCredentials(let url, let user, let status):
            return "The learning record store at \(url) refused the user '\(user)' and its password (HTTP \(status)). Check the user name and the password file with whoever runs the store; nothing was marked as sent."
        case .unexpectedAnswer(let url, let status, let detail):
            return "The learning record store at \(url) gave an answer protocol-trainer does not understand (HTTP \(status): \(detail)). Check that the address is the store's xAPI address (it usually ends in /xAPI/); nothing was marked as sent."
        case .busy(let path):
            return "Another push from this records folder is running (it holds '\(path)'). Wait for it to finish and run the same command again."
        case .cannotLog(let path, let reason):
            return "The record of what the store acknowledged, '\(path)', could not be written (\(reason)). Fix the folder's permissions or free some space; the next push sends again what was not written down, and the store recognises statements it already has."
        case .unreadableLog(let path, let reason):
            return "'\(path)', the record of what the learning record store acknowledged, could not be read (\(reason)). Check that you are allowed to read it; if it is lost, the next push sends everything again and the store recognises what it already has."
        case .notSent(let attempt, let url):
            return "Attempt \(attempt) has no statements at the learning record store at \(url) that it acknowledged, so there is nothing to void there. 'protocol-trainer records push --status' shows what was sent."
        case .cannotSaveSettings(let path, let reason):
            return "The push settings '\(path)' could not be saved (\(reason)). Check that you can write to that folder."
        case .unreadableSettings(let path, let reason):
            return "The push settings '\(path)' could not be read (\(reason)). Set them up again with 'protocol-trainer records push --configure --lrs URL --user NAME --password-file FILE'."
        }
    }
}
