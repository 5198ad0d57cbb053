import ArgumentParser
import Foundation
import ProtocolTrainerKit

/// The integrity key's file, for the commands that seal or check records.
struct IntegrityKeyOption: ParsableArguments {
    @Option(help: ArgumentHelp("The integrity key's file (default: $PROTOCOL_TRAINER_KEY, or ~/.config/protocol-trainer/records.key).",
                               valueName: "file"))
    var key: String?

    var path: String { IntegrityKey.location(explicit: key) }
}

/// Runs integrity work, turning its errors into plain messages.
private func integrity<T>(_ work: () throws(IntegrityError) -> T) throws -> T {
    do { return try work() } catch { throw Failure(error) }
}

extension RecordsCommand {
    struct InitKey: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init-key",
            abstract: "Make the clerk's integrity key and start sealing the training records.",
            discussion: """
            Run this once. It makes a secret key (kept outside the records folder, readable only by you) and starts integrity.log in the records folder: the records already there are sealed as they are now, and from then on every record saved or purged is sealed as well. 'protocol-trainer records verify' then finds any record edited by hand, removed, or cut short.

            Keep a copy of the key somewhere safe: without it the records can still be read, but no longer checked. If the key already exists (for another records folder), it is used again.
            """
        )

        @OptionGroup var keyOption: IntegrityKeyOption
        @OptionGroup var folder: RecordsFolderOption

        func run() throws {
            let scanner = folder.scanner
            // Sealing can start before anyone has trained: the records folder is made, as a first save would make it.
            // (A file where the folder should be is named as such by the scan below.)
            if !FileManager.default.fileExists(atPath: scanner.store.folder) {
                do {
                    try FileManager.default.createDirectory(atPath: scanner.store.folder, withIntermediateDirectories: true,
                                                            attributes: [.posixPermissions: 0o700])
                } catch {
                    let parent = URL(fileURLWithPath: scanner.store.folder).deletingLastPathComponent().path
                    throw Failure(.cannotCreateOutput, "The records folder '\(scanner.store.folder)' could not be made. Check that you may write to '\(parent)' and that the disk is not full, or give another folder with --records FOLDER.")
                }
            }
            let records = URL(fileURLWithPath: scanner.store.folder).standardizedFileURL.resolvingSymlinksInPath().path
            let keyPath = URL(fileURLWithPath: keyOption.path).standardizedFileURL
            let keyFolder = keyPath.deletingLastPathComponent().resolvingSymlinksInPath().path
            if keyFolder == records || keyFolder.hasPrefix(records + "/") {
                throw Failure(IntegrityError.keyInsideRecords(key: keyPath.path, folder: scanner.store.folder))
            }
            let files = try desk { try scanner.fileNames() }
            let log = IntegrityLog(folder: scanner.store.folder)
            if log.isStarted { throw Failure(IntegrityError.alreadySetUp(log: log.path)) }
            let existing = FileManager.default.fileExists(atPath: keyPath.path)
            let (key, sealed) = try integrity { () throws(IntegrityError) in
                let key = existing ? try IntegrityKey.load(keyPath.path) : try IntegrityKey.create(at: keyPath.path)
                return (key, try log.begin(key: key, recordFiles: files))
            }
            print(existing ? "Using the integrity key at \(key.path)." : "Made a new integrity key at \(key.path) (readable only by you; keep a copy somewhere safe).")
            print("Started the integrity log \(log.path): \(sealed) record\(sealed == 1 ? "" : "s") sealed as they are now; every record saved from now on is sealed too.")
            print("Check the records at any time with: protocol-trainer records verify")
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that no training record has been edited by hand, removed or cut short.",
            discussion: """
            Every record is checked against its last sealed version in integrity.log, and the log itself against the key. Each problem is listed with its file; the exit status is non-zero when there is any.
            """
        )

        @OptionGroup var keyOption: IntegrityKeyOption
        @OptionGroup var folder: RecordsFolderOption

        func run() throws {
            let scanner = folder.scanner
            let files = try desk { try scanner.fileNames() }
            let log = IntegrityLog(folder: scanner.store.folder)
            let report = try integrity { () throws(IntegrityError) in
                guard log.isStarted else { throw .notSetUp(folder: scanner.store.folder) }
                return try IntegrityCheck(log: log, key: try IntegrityKey.load(keyOption.path)).run(recordFiles: files)
            }
            let checked = "\(report.recordsChecked) record\(report.recordsChecked == 1 ? "" : "s")"
            let sealed = report.lastSealedAt.map { ", last sealed \(DeskDate.wallClock($0))" } ?? ""
            let entries = "\(report.logEntries) sealed entr\(report.logEntries == 1 ? "y" : "ies") in the log\(sealed)"
            guard !report.findings.isEmpty else {
                print(report.recordsChecked == 0 ? "There are no records yet, and the integrity log is intact (\(entries))."
                                                 : "All \(checked) are as protocol-trainer saved them (\(entries)).")
                return
            }
            for finding in report.findings { print(finding.description) }
            print("\n\(report.findings.count) problem\(report.findings.count == 1 ? "" : "s") found in \(checked) and the integrity log. Restore the files named above from a backup, or ask whoever changed them; the log itself is never changed by this check.")
            throw ExitCode(.findings)
        }
    }
}
