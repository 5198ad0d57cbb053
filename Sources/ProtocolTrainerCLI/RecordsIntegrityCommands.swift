import ArgumentParser
import Foundation
import TrainerModel
import TrainerWorkflows
import TrainingRecords

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

            If integrity.log has been lost for good (no backup), --restart starts a new one, sealing the records as they are now; the new log's first line says it was restarted, and 'records verify' says so from then on.
            """
        )

        @OptionGroup var keyOption: IntegrityKeyOption
        @OptionGroup var folder: RecordsFolderOption

        @Flag(help: "Start a new integrity log where the old one is missing or unreadable and no backup is left.")
        var restart = false

        func run() throws {
            let outcome = try workflow { try IntegritySetUp(scanner: folder.scanner, keyPath: keyOption.path, restart: restart).run() }
            print(outcome.madeNewKey ? "Made a new integrity key at \(outcome.keyPath) (readable only by you; keep a copy somewhere safe)." : "Using the integrity key at \(outcome.keyPath).")
            if let setAside = outcome.setAside { print("The unreadable log was kept as \(setAside), for you to look at.") }
            print("\(restart ? "Restarted" : "Started") the integrity log \(outcome.logPath): \(outcome.sealed) record\(outcome.sealed == 1 ? "" : "s") sealed as they are now; every record saved from now on is sealed too.")
            print("Check the records at any time with: protocol-trainer records verify")
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that no training record has been edited by hand, removed or cut short.",
            discussion: """
            Every record is checked against its last sealed version in integrity.log, and the log itself against the key. Each problem is listed with its file; the exit status is 1 when there is any. Saves that the computer stopped before their seal was complete are listed apart: they are exactly what protocol-trainer was saving, and 'protocol-trainer records accept' seals each after you have looked at it.
            """
        )

        @OptionGroup var keyOption: IntegrityKeyOption
        @OptionGroup var folder: RecordsFolderOption

        func run() throws {
            let scanner = folder.scanner
            _ = try desk { try scanner.fileNames() }
            let log = IntegrityLog(folder: scanner.store.folder)
            guard log.isStarted else {
                let sealed = try desk { try scanner.collect() }.records.filter { $0.record.sealedWith != nil }.count
                guard sealed > 0 else { throw Failure(IntegrityError.notSetUp(folder: scanner.store.folder)) }
                print("\(log.path): missing. " + IntegrityError.logMissing(folder: scanner.store.folder, sealedRecords: sealed).description)
                throw ExitCode(.findings)
            }
            let key = try integrity { () throws(IntegrityError) in try IntegrityKey.load(keyOption.path) }
            let report = try desk { try IntegrityCheck(log: log, key: key).run(recordFiles: { try scanner.fileNames() }) }
            let checked = "\(report.recordsChecked) record\(report.recordsChecked == 1 ? "" : "s")"
            let sealed = report.lastSealedAt.map { ", last sealed \(Timestamp.wallClock($0))" } ?? ""
            let entries = "\(report.logEntries) sealed entr\(report.logEntries == 1 ? "y" : "ies") in the log\(sealed)"
            if let restartedAt = report.restartedAt {
                print("The integrity log was restarted on \(Timestamp.wallClock(restartedAt)) after the earlier one was lost; records saved before then were sealed as they were found that day.")
            }
            for finding in report.findings { print(finding.description) }
            if !report.interruptedSaves.isEmpty {
                if !report.findings.isEmpty { print("") }
                print("Interrupted saves (not problems: each file is exactly what protocol-trainer was saving when it stopped):")
                for note in report.interruptedSaves { print("  " + note.description) }
            }
            if !report.interruptedPurges.isEmpty {
                print("Interrupted purges (not problems):")
                for note in report.interruptedPurges { print("  " + note.description) }
            }
            guard !report.findings.isEmpty else {
                let notes = report.interruptedSaves.count + report.interruptedPurges.count
                let intact = report.recordsChecked == 1 ? "the 1 record is as protocol-trainer saved it" : "all \(checked) are as protocol-trainer saved them"
                print(report.recordsChecked == 0 ? "There are no records yet, and the integrity log is intact (\(entries))."
                      : notes == 0 ? intact.prefix(1).uppercased() + intact.dropFirst() + " (\(entries))."
                      : "Apart from the interrupted \(report.interruptedSaves.isEmpty ? "purges" : "saves") above, \(intact) (\(entries)).")
                return
            }
            print("\n\(report.findings.count) problem\(report.findings.count == 1 ? "" : "s") found in \(checked) and the integrity log. Ask whoever changed the files named above, and restore them from a backup if they are wrong; a record you have looked at and know to be right can be sealed as it is with 'protocol-trainer records accept ATTEMPT --edited'. The log itself is never changed by this check.")
            throw ExitCode(.findings)
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Seal a record that 'records verify' listed, after you have looked at it.",
            discussion: """
            For a save that was interrupted before its seal was complete (the computer or the session stopped), the record is exactly what protocol-trainer was saving, and this completes its seal. A record that was changed after it was saved, or put in the folder by hand, is only accepted with --edited, once you are sure it is right. Either way the acceptance is itself written in integrity.log.

            Example: protocol-trainer records accept 3f2a1b4c
            """
        )

        @Argument(help: ArgumentHelp("The attempt's number (as 'records list' and 'records verify' show it) or its file.", valueName: "attempt"))
        var attempt: String

        @Flag(help: "Accept a record that was changed or put in by hand, not just an interrupted save.")
        var edited = false

        @OptionGroup var keyOption: IntegrityKeyOption
        @OptionGroup var folder: RecordsFolderOption

        func run() throws {
            let scanner = folder.scanner
            let log = IntegrityLog(folder: scanner.store.folder)
            guard log.isStarted else { throw Failure(IntegrityError.notSetUp(folder: scanner.store.folder)) }
            let found = try desk { try scanner.find(attempt) }
            let name = URL(fileURLWithPath: found.path).lastPathComponent
            let outcome = try integrity { () throws(IntegrityError) in
                try RecordAcceptance(log: log, key: try IntegrityKey.load(keyOption.path)).accept(name, edited: edited)
            }
            switch outcome {
            case .alreadySealed: print("\(found.path) is already as protocol-trainer sealed it; nothing was changed.")
            case .interruptedSave: print("Sealed \(found.path): its interrupted save is now complete, and your acceptance is in \(log.path).")
            case .edited: print("Sealed \(found.path) as it is now. Your acceptance of the change is in \(log.path).")
            }
        }
    }
}
