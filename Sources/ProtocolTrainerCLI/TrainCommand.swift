import ArgumentParser
import BankKeeping
import Foundation
import LineEditing
import ProtocolReading
import RecordPublishing
import TrainerModel
import Training
import TrainingRecords

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Take an induction, a refresher or a practice session on your council's protocol.",
        discussion: """
        Induction (the default for councillors) and refresher (the default for officers) are marked at the end against a pass mark.
        Practice tells you after each answer whether it was right, and why. Every answer is saved as you go: if you stop,
        run the same command again to carry on. At any question, type help to see the commands.
        """
    )

    @Option(help: ArgumentHelp("The council, e.g. iminster (see 'protocol-trainer councils').", valueName: "council"))
    var council: String?

    @Option(help: ArgumentHelp("A question bank file, instead of a built-in council.", valueName: "file"))
    var bank: String?

    @Option(help: ArgumentHelp("Your name, as it should appear on your training record.", valueName: "name"))
    var name: String

    @Option(help: "councillor or officer.")
    var role: TraineeRole

    @Option(help: "induction, refresher or practice (default: induction for councillors, refresher for officers).")
    var mode: TrainingMode?

    @Option(name: .customLong("questions"), parsing: .unconditional,
            help: ArgumentHelp("How many questions (default: 12 for induction, 10 otherwise).", valueName: "questions"))
    var questionsGiven: TypedNumber?
    var questions: Int? { try? questionsGiven?.whole("--questions", in: 1...Int.max, example: 10) }

    @Option(name: .customLong("seed"), parsing: .unconditional,
            help: ArgumentHelp("A number that fixes the choice and order of questions, for repeatable sessions.", valueName: "seed"))
    var seedGiven: TypedNumber?
    var seed: UInt64? { try? seedGiven?.whole("--seed", in: 0...UInt64.max, example: 7) }

    @Option(name: .customLong("pass-mark"), parsing: .unconditional,
            help: ArgumentHelp("The percentage needed to pass an induction or refresher.", valueName: "pass-mark"))
    var passMarkGiven = TypedNumber(argument: "80")
    var passMark: Double { (try? passMarkGiven.percentage("--pass-mark", example: 80)) ?? 80 }

    @Option(help: ArgumentHelp("Where training records are kept (default: $PROTOCOL_TRAINER_RECORDS, or Records/).", valueName: "folder"))
    var records: String?

    @Flag(help: "Carry on your unfinished attempt without asking.")
    var resume = false

    @Flag(name: .customLong("new"), help: "Start a new attempt even if you have an unfinished one (the old one is marked abandoned).")
    var startNew = false

    func validate() throws {
        if let problem = Trainee.validate(name: name) { throw ValidationError(problem) }
        if council == nil && bank == nil { throw ValidationError("Say which council's training to take, e.g. --council iminster.") }
        _ = try questionsGiven?.whole("--questions", in: 1...Int.max, example: 10)
        _ = try seedGiven?.whole("--seed", in: 0...UInt64.max, example: 7)
        _ = try passMarkGiven.percentage("--pass-mark", example: 80)
        if resume && startNew { throw ValidationError("Use either --resume or --new, not both.") }
        if let records, RecordStore(folder: records).isAFile {
            throw ValidationError(RecordError.notAFolder(path: records, folder: records).description)
        }
    }

    func run() throws {
        let library = CouncilLibrary.locate()
        let (bankPath, slug) = try locateBank(library)
        let loaded: QuestionBank
        do { loaded = try BankStore.load(bankPath) } catch { throw Failure(error) }
        let bankData = (try? Data(contentsOf: URL(fileURLWithPath: bankPath))) ?? Data()
        let store = RecordStore.locate(explicit: records, library: library)
        // The same check as validate()'s, for a folder named by PROTOCOL_TRAINER_RECORDS, before anything is shown.
        if store.isAFile { throw Failure(RecordError.notAFolder(path: store.folder, folder: store.folder)) }
        let trainee = Trainee(name: name, role: role)
        let reader = LineReaders.make(historyFile: historyFile(for: trainee))
        let renderer = SessionRenderer(width: Terminal.width, colour: Terminal.allowsColour)

        // One pass over the records folder: damaged records are reported and left alone, never a reason to stop.
        let listing = store.all()
        for problem in listing.unreadable { printError("Note: \(problem.description)") }
        // Copies of records that killed sessions left behind are personal data that no list shows.
        LeftoverFiles.remove(in: store.folder)
        var sealWarned = false
        switch FolderSealing.check(store, records: listing.records.map(\.record)) {
        case .unsealed, .sealed: break
        case .noKey(let reason):
            printError("Warning: the training records in \(store.folder) are sealed, but \(reason.dropLast()), so your answers will be saved but could not be sealed. Nothing will be lost; tell the clerk, who can check and accept your record.")
            sealWarned = true
        case .refused(let problem):
            throw Failure(problem, then: "Tell the clerk.")
        }
        let (chosen, attemptLock) = try chooseAttempt(store: store, existing: listing.records.map(\.record), trainee: trainee, slug: slug,
                                                      bank: loaded, bankData: bankData, reader: reader)
        var record = chosen
        // The clauses' full words are only shown in practice, so the protocol is only read then.
        let clauses = record.mode == .practice ? clauseTexts(beside: bankPath) : [:]
        let now = Date()
        var session: TrainingSession
        do {
            session = try TrainingSession(record: record, bank: loaded, clauses: clauses, now: now)
        } catch {
            throw Failure(error)
        }
        if record.answers.isEmpty {
            print("\(loaded.council ?? "Protocol") training: \(record.mode.rawValue), \(session.total) questions, for \(role.rawValue)s. Type help at any question.")
        } else {
            print("Carrying on your \(record.mode.rawValue): \(record.answers.count) of \(session.total) answered.")
        }
        if record.unreviewedQuestions == true {
            print("Note: some of these are questions not yet reviewed by the clerk.")
        }
        var saved = record
        try save(record, to: store, sealWarned: &sealWarned)
        var outputs = session.start(now: Date())
        var interrupts = 0
        while true {
            for output in outputs { print(renderer.render(output), terminator: "") }
            if session.record != saved {
                record = session.record
                do { try store.save(record); saved = record } catch {
                    if case .notSealed = error {
                        // The record is safe; warn about the missing seal once, not after every answer.
                        saved = record
                        if !sealWarned { printError("Warning: \(error.description)") }
                        sealWarned = true
                    } else {
                        printError("Warning: \(error.description) It will be tried again after your next answer.")
                    }
                }
            }
            if session.isOver { break }
            reader.setCompletions(session.completions)
            switch reader.read(prompt: session.prompt) {
            case .line(let line):
                interrupts = 0
                outputs = session.handle(line, now: Date())
            case .interrupted:
                interrupts += 1
                outputs = interrupts >= 2 ? session.pause(now: Date())
                    : [.hint("(Line cleared. Press Ctrl-C again to stop; your answers so far are saved.)")]
            case .endOfInput:
                outputs = session.pause(now: Date())
            }
        }
        try save(session.record, to: store, sealWarned: &sealWarned)
        // The lock is held to here, the last save.
        withExtendedLifetime(attemptLock) {}
        let path = store.path(for: session.record.attemptId)
        if session.record.status == .completed {
            print("\nYour training record was saved as \(path).")
            switch AfterTrainingPush.send(session.record.attemptId, from: store, settingsFolder: PushSettings.folder()) {
            case .notConfigured: break
            case .sent: print("It was also sent to the council's learning record store.")
            case .deferred(let reason):
                print("It could not be sent to the council's learning record store just now (\(reason)). Nothing is lost: it goes with the next push.")
            }
        } else {
            print("Your answers so far are saved in \(path).\nTo carry on, run the same command again.")
        }
    }

    // MARK: Steps

    private func locateBank(_ library: CouncilLibrary?) throws -> (String, String?) {
        if let bank { return (bank, nil) }
        let slug = council!.lowercased()
        guard let library else {
            throw Failure(.inputMissing, "The built-in question banks (the QuestionBanks folder) could not be found. Run protocol-trainer from the project folder, or set PROTOCOL_TRAINER_BANKS.")
        }
        guard library.councils.contains(slug) else {
            throw Failure(.inputMissing, "There is no built-in council called '\(council!)'. Give one of \(library.councils.joined(separator: ", ")) with --council, or a bank file with --bank.")
        }
        return (library.bankPath(council: slug), slug)
    }

    /// The clauses' words, for the `clause` command in practice, from the protocol beside the bank.
    private func clauseTexts(beside bankPath: String) -> [String: String] {
        let protocolPath = CouncilLibrary.protocolFile(in: URL(fileURLWithPath: bankPath).deletingLastPathComponent())
        return ClauseWords.beside(protocolPath: protocolPath)
    }

    /// The unfinished attempt to carry on, or a new one, with its lock held for the rest of the session.
    private func chooseAttempt(store: RecordStore, existing: [TrainingRecord], trainee: Trainee, slug: String?, bank: QuestionBank,
                               bankData: Data, reader: any LineReading) throws -> (TrainingRecord, AttemptLock) {
        let unfinished = store.unfinished(trainee: trainee, councilSlug: slug, council: bank.council, in: existing)
        if let listed = unfinished.first {
            guard let lock = try lock(listed.attemptId, in: store) else {
                throw Failure(.tryAgain, "Your unfinished \(listed.mode.rawValue) started \(Self.shortTime(listed.startedAt)) is open in another window. Carry on in that window, or close it and run this command again.")
            }
            // Read again under the lock: another window may have saved answers, or finished, since the folder was read.
            guard var latest = try? store.load(store.path(for: listed.attemptId)), latest.status == .inProgress else {
                return try chooseAttempt(store: store, existing: store.all().records.map(\.record), trainee: trainee, slug: slug,
                                         bank: bank, bankData: bankData, reader: reader)
            }
            var carryOn = resume
            if !resume && !startNew {
                let answered = latest.answers.count
                print("You have an unfinished \(latest.mode.rawValue) started \(Self.shortTime(latest.startedAt)), with \(answered) of \(latest.questionOrder.count) answered.")
                reader.setCompletions(["yes", "no"])
                switch reader.read(prompt: "Carry on with it? [Y/n] ") {
                case .line(let answer): carryOn = !["n", "no"].contains(answer.lowercased().trimmingCharacters(in: .whitespaces))
                case .interrupted: throw ExitCode(.interrupted)
                case .endOfInput: throw ExitCode(0)
                }
            }
            if carryOn { return (latest, lock) }
            latest.status = .abandoned
            latest.updatedAt = Timestamp.string(Date())
            var sealWarned = false
            try save(latest, to: store, sealWarned: &sealWarned)
            withExtendedLifetime(lock) {}
        } else if resume {
            print("There is no unfinished attempt to carry on, so a new one is starting.")
        }
        let chosenMode = mode ?? TrainingMode.defaultMode(for: role)
        let chosenSeed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        let previous = chosenMode == .refresher ? store.latest(trainee: trainee, councilSlug: slug, council: bank.council, in: existing) : nil
        let selection = QuestionSelection(bank: bank, role: role, mode: chosenMode, count: questions ?? chosenMode.defaultQuestionCount,
                                          seed: chosenSeed, previous: previous)
        guard !selection.questions.isEmpty else {
            throw Failure(.badData, "The question bank has no questions for \(role.rawValue)s that can be asked (retired questions are never asked; once the clerk approves any, an induction or refresher asks approved ones only). Ask the clerk to generate or review the bank.")
        }
        var record = TrainingRecord(
            attemptId: UUID(), toolVersion: ToolVersion.current, trainee: trainee, council: bank.council, councilSlug: slug,
            mode: chosenMode, startedAt: Timestamp.string(Date()), bankSHA256: ProtocolFingerprint.sha256(of: bankData),
            protocolSHA256: bank.source.sha256, seed: chosenSeed, questionOrder: selection.questions.map(\.id),
            optionOrder: selection.optionOrder, passMark: chosenMode.isExam ? passMark : nil)
        record.questionVersions = Dictionary(selection.questions.map { ($0.id, $0.wordingVersion) }, uniquingKeysWith: { first, _ in first })
        record.unreviewedQuestions = selection.unreviewed
        // A new attempt's id is new, so nobody else can hold its lock.
        guard let lock = try lock(record.attemptId, in: store) else { throw Failure(.tryAgain, "The new attempt could not be started; run the command again.") }
        return (record, lock)
    }

    private func lock(_ attemptID: UUID, in store: RecordStore) throws -> AttemptLock? {
        do { return try AttemptLock.acquire(attemptID, in: store.folder) } catch { throw Failure(error) }
    }

    private static func shortTime(_ timestamp: String) -> String {
        timestamp.prefix(16).replacingOccurrences(of: "T", with: " ")
    }

    private func save(_ record: TrainingRecord, to store: RecordStore, sealWarned: inout Bool) throws {
        do { try store.save(record) } catch {
            // The record itself is safe; only its seal is missing, which the clerk's check will show.
            if case .notSealed = error {
                if !sealWarned { printError("Warning: \(error.description)") }
                sealWarned = true
                return
            }
            throw Failure(error)
        }
    }

    private func historyFile(for trainee: Trainee) -> String? {
        guard Terminal.isInteractive, let home = ProcessInfo.processInfo.environment["HOME"] else { return nil }
        let folder = home + "/.local/state/protocol-trainer"
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return nil }
        return folder + "/history-" + trainee.fileKey
    }
}

extension TraineeRole: ExpressibleByArgument {}
extension TrainingMode: ExpressibleByArgument {}
