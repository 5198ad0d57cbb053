import ArgumentParser
import Foundation
import RecordPublishing
import TrainerModel
import TrainingRecords

extension RecordsCommand {
    struct Push: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send finished attempts to a learning record store (xAPI 1.0.3), each exactly once.",
            discussion: """
            Examples:
              protocol-trainer records push --lrs https://lrs.example.org/xAPI/ --user clerk --password-file ~/lrs-password
              protocol-trainer records push --dry-run
              protocol-trainer records push --status
              protocol-trainer records push --void 3f2a9c1b
              protocol-trainer records push --configure --lrs https://lrs.example.org/xAPI/ --user clerk --password-file ~/lrs-password --after-training

            The password is read from --password-file (a file only you can read), else $\(PushSettings.passwordVariable), else the settings saved by --configure; never from the command line. What the store acknowledged is written to \(AcknowledgementLog.fileName) in the records folder, so a second push sends nothing new, and a push stopped part-way carries on where it stopped.
            """
        )

        @Option(help: ArgumentHelp("The store's xAPI address (default: the one saved by --configure).", valueName: "url"))
        var lrs: String?

        @Option(help: ArgumentHelp("The user name the store knows you by.", valueName: "name"))
        var user: String?

        @Option(name: .customLong("password-file"), help: ArgumentHelp("A file holding the password on its first line, readable only by you.", valueName: "file"))
        var passwordFile: String?

        @Option(name: .customLong("home-page"), help: ArgumentHelp("The council's web address, where trainees' accounts and the activities are named (as for 'records export --format xapi').", valueName: "url"))
        var homePage: String?

        @Option(help: ArgumentHelp("A CSV file of names and email addresses, to identify those trainees by email.", valueName: "file"))
        var emails: String?

        @Flag(name: .customLong("dry-run"), help: "Say what would be sent, and send nothing.")
        var dryRun = false

        @Flag(help: "Show what is waiting to be sent, what the store holds, and what it refused.")
        var status = false

        @Option(help: ArgumentHelp("Take an attempt back out of the store with xAPI voiding statements (its number, or its first 8 characters).", valueName: "attempt"))
        var void: String?

        @Flag(help: "Save the store, user, password and home page for later pushes (outside the records folder).")
        var configure = false

        @Flag(name: .customLong("after-training"), inversion: .prefixedNo,
              help: "With --configure: send each attempt to the store as soon as its training finishes.")
        var afterTraining: Bool?

        @Option(name: .customLong("batch-size"), help: ArgumentHelp("Statements sent in one request.", valueName: "count"))
        var batchSize = 500

        @Option(help: ArgumentHelp("How many times to try again when the store does not answer, waiting 1, 2, 4, … seconds.", valueName: "count"))
        var retries = 5

        @Option(help: ArgumentHelp("Seconds to wait for each answer from the store.", valueName: "seconds"))
        var timeout = 30.0

        @OptionGroup var folder: RecordsFolderOption

        func validate() throws {
            let modes = [dryRun, status, void != nil, configure].filter { $0 }.count
            if modes > 1 { throw ValidationError("Give only one of --dry-run, --status, --void and --configure.") }
            if afterTraining != nil && !configure { throw ValidationError("--after-training goes with --configure.") }
            if !(1...5000).contains(batchSize) { throw ValidationError("--batch-size must be between 1 and 5000 statements.") }
            if !(0...10).contains(retries) { throw ValidationError("--retries must be between 0 and 10.") }
            if !(timeout > 0 && timeout <= 600) { throw ValidationError("--timeout must be more than 0 and at most 600 seconds.") }
            if let homePage, URL(string: homePage)?.host == nil || !(homePage.hasPrefix("https://") || homePage.hasPrefix("http://")) {
                throw ValidationError(RecordsDeskError.badHomePage(text: homePage).description)
            }
            if let lrs { do { _ = try LRSEndpoint(lrs) } catch { throw ValidationError(error.description) } }
        }

        func run() throws {
            let settingsFolder = PushSettings.folder()
            let saved = try workflow { try PushSettings.load(from: settingsFolder) }
            if configure { return try saveSettings(in: settingsFolder, saved: saved) }
            let scanner = folder.scanner
            _ = try desk { try scanner.fileNames() }
            let push = try workflow {
                try makePush(scanner, saved: saved, settingsFolder: settingsFolder, needsPassword: !(dryRun || status),
                             emailsByName: emails.map { try TraineeEmails.load($0) } ?? [:])
            }
            if status { return try showStatus(push) }
            if dryRun { return try showDryRun(push) }
            if let void { return try voidAttempt(void, push) }
            try send(push)
        }

        private func makePush(_ scanner: RecordScanner, saved: PushSettings?, settingsFolder: String, needsPassword: Bool,
                              emailsByName: [String: String]) throws(PushError) -> RecordPush {
            guard let address = lrs ?? saved?.lrs else { throw .noAddress }
            let endpoint = try LRSEndpoint(address)
            // The saved user and password belong to the saved store only.
            let sameStore = saved.map { (try? LRSEndpoint($0.lrs)) == endpoint } ?? false
            let user = self.user ?? (sameStore ? saved?.user : nil)
            var transport: any StatementTransport = Unreachable()
            if needsPassword {
                guard let user else { throw .noUser }
                if endpoint.isUnencrypted {
                    printError("Warning: \(endpoint) starts http://, so the password and the trainees' results cross the network unencrypted. Ask whoever runs the store for its https:// address.")
                }
                let password = try PushSettings.password(file: passwordFile, folder: sameStore ? settingsFolder : nil)
                transport = LRSClient(endpoint: endpoint, user: user, password: password, timeout: timeout)
            }
            let statements = XAPIStatements(homePage: homePage ?? (sameStore ? saved?.homePage : nil), emails: emailsByName)
            var push = RecordPush(scanner: scanner, endpoint: endpoint, transport: transport, statements: statements)
            push.batchSize = batchSize
            push.user = user ?? ""
            push.retry = RetryPolicy(delays: (0..<retries).map { pow(2, Double($0)) })
            return push
        }

        private func send(_ push: RecordPush) throws {
            let started = Date()
            var lastProgress = started
            let outcome = try workflow {
                try push.run { done, total in
                    // A long push says how far it has got, every few seconds; a short one only its result.
                    guard done < total, Date().timeIntervalSince(lastProgress) >= 3 else { return }
                    lastProgress = Date()
                    printError("Sent \(done) of \(total) attempts…")
                }
            }
            reportDamaged(outcome.damaged)
            for (attempt, reason) in outcome.rejected {
                printError("Refused by the store: attempt \(attempt.uuidString.lowercased().prefix(8)) (\(reason)). The other attempts still went; it is tried again on the next push.")
            }
            let seconds = Date().timeIntervalSince(started)
            var summary = outcome.waiting == 0 ? "Nothing to send: the store at \(push.endpoint) has every finished attempt."
                : "Sent \(outcome.attemptsSent) of \(outcome.waiting) attempt\(outcome.waiting == 1 ? "" : "s") (\(outcome.statementsSent) statements) to \(push.endpoint) in \(String(format: "%.1f", seconds)) s."
            if outcome.alreadyHeld > 0 { summary += " \(outcome.alreadyHeld) statement\(outcome.alreadyHeld == 1 ? " was" : "s were") there already, from a push that was stopped." }
            if outcome.notKept > 0 { summary += " \(outcome.notKept) statement\(outcome.notKept == 1 ? "" : "s") the store did not keep wait for the next push." }
            print(summary)
            if push.statements.homePage == nil && outcome.statementsSent > 0 {
                printError("Trainees are identified by an account at a placeholder address; give your council's web address with --home-page (or save it with --configure).")
            }
            if let stopped = outcome.stopped { throw Failure(stopped) }
            if !outcome.rejected.isEmpty {
                throw Failure(.findings, "\(outcome.rejected.count) attempt\(outcome.rejected.count == 1 ? " was" : "s were") refused by the store (listed above).")
            }
        }

        private func showDryRun(_ push: RecordPush) throws {
            let (pending, damaged) = try workflow { try push.pending() }
            reportDamaged(damaged)
            let statements = pending.reduce(0) { $0 + $1.statementIDs.count }
            if pending.isEmpty {
                print("Nothing to send: the store at \(push.endpoint) has every finished attempt.")
                return
            }
            print("Would send \(pending.count) attempt\(pending.count == 1 ? "" : "s") (\(statements) statements) to \(push.endpoint). Nothing was sent.")
        }

        private func showStatus(_ push: RecordPush) throws {
            let status = try workflow { try PushStatus(push) }
            reportDamaged(status.damaged)
            print("Learning record store: \(status.lrs)")
            print("Waiting to be sent: \(status.waitingAttempts) attempt\(status.waitingAttempts == 1 ? "" : "s") (\(status.waitingStatements) statements)")
            print("Acknowledged by the store: \(status.acknowledgedAttempts) attempt\(status.acknowledgedAttempts == 1 ? "" : "s") (\(status.acknowledgedStatements) statements)\(status.lastAcknowledged.map { ", last on \(Timestamp.wallClock($0))" } ?? "")")
            for (attempt, reason) in status.rejected {
                print("Refused last time: attempt \(attempt.uuidString.lowercased().prefix(8)): \(reason)")
            }
            if !status.heldAfterRemoval.isEmpty {
                print("Removed here but still held by the store: \(status.heldAfterRemoval.map { String($0.uuidString.lowercased().prefix(8)) }.joined(separator: ", ")). To take one back out there: protocol-trainer records push --void ATTEMPT")
            }
            if status.unreadableLogLines > 0 {
                print("\(status.unreadableLogLines) line\(status.unreadableLogLines == 1 ? "" : "s") of \(push.log.path) could not be read (a push stopped while writing); at worst their statements are sent again, and the store recognises them.")
            }
        }

        private func voidAttempt(_ text: String, _ push: RecordPush) throws {
            let outcome = try workflow { try VoidStatements(push: push).run(text) }
            let short = outcome.attempt.uuidString.lowercased().prefix(8)
            if outcome.voided == 0 {
                print("Attempt \(short) was voided at \(push.endpoint) already; nothing more to do.")
            } else {
                print("Voided \(outcome.voided) statement\(outcome.voided == 1 ? "" : "s") of attempt \(short) at \(push.endpoint); the store now leaves them out of what it shows.")
            }
        }

        private func saveSettings(in settingsFolder: String, saved: PushSettings?) throws {
            try workflow {
                guard let address = lrs ?? saved?.lrs else { throw PushError.noAddress }
                let endpoint = try LRSEndpoint(address)
                guard let user = user ?? saved?.user else { throw PushError.noUser }
                let records = URL(fileURLWithPath: folder.scanner.store.folder).standardizedFileURL.path
                let settingsPath = URL(fileURLWithPath: settingsFolder).standardizedFileURL.path
                if settingsPath == records || settingsPath.hasPrefix(records + "/") {
                    throw PushError.cannotSaveSettings(path: settingsFolder, reason: "it is inside the records folder, which is copied and backed up with the records; choose another with $PROTOCOL_TRAINER_CONFIG")
                }
                let password = try PushSettings.password(file: passwordFile, folder: settingsFolder)
                let settings = PushSettings(lrs: endpoint, user: user, homePage: homePage ?? saved?.homePage,
                                            afterTraining: afterTraining ?? saved?.afterTraining ?? false)
                try settings.save(in: settingsFolder, password: password)
                print("Saved: pushes go to \(endpoint) as '\(user)'\(settings.afterTraining ? ", and each training is sent as soon as it finishes" : ""). The settings are in \(settingsFolder)/\(PushSettings.fileName), the password in \(settingsFolder)/\(PushSettings.passwordFileName), readable only by you.")
            }
        }
    }
}

/// The transport of a push that only reads the log (--status, --dry-run): it is never asked to send.
private struct Unreachable: StatementTransport {
    func post(statements body: Data) throws(TransportFailure) -> LRSAnswer { throw TransportFailure(reason: "not connected") }
    func statement(id: UUID) throws(TransportFailure) -> LRSAnswer { throw TransportFailure(reason: "not connected") }
}
