import ArgumentParser
import BankKeeping
import Foundation
import LineEditing
import ProtocolReading
import RecordPublishing
import TrainerModel
import TrainerWorkflows
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
        let location = try workflow { try CouncilLocation.forTraining(bank: bank, council: council, library: library) }
        let loaded: QuestionBank
        do { loaded = try BankStore.load(location.bankPath) } catch { throw Failure(error) }
        let bankData = (try? Data(contentsOf: URL(fileURLWithPath: location.bankPath))) ?? Data()
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
        var saving = SessionSaving(store: store)
        switch FolderSealing.check(store, records: listing.records.map(\.record)) {
        case .unsealed, .sealed: break
        case .noKey(let reason):
            printError("Warning: the training records in \(store.folder) are sealed, but \(reason.dropLast()), so your answers will be saved but could not be sealed. Nothing will be lost; tell the clerk, who can check and accept your record.")
            saving = SessionSaving(store: store, warned: true)
        case .refused(let problem):
            throw Failure(problem, then: "Tell the clerk.")
        }
        var planning = AttemptPlanning(store: store, trainee: trainee, location: location, bank: loaded, bankData: bankData,
                                       passMark: passMark, toolVersion: ToolVersion.current)
        planning.mode = mode
        planning.seed = seed
        planning.questions = questions
        let (chosen, attemptLock) = try chooseAttempt(planning, existing: listing.records.map(\.record), saving: &saving, reader: reader)
        var record = chosen
        // The clauses' full words are only shown in practice, so the protocol is only read then.
        let clauses = record.mode == .practice ? location.clauseTexts : [:]
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
        try save(record, &saving)
        var outputs = session.start(now: Date())
        var interrupts = 0
        while true {
            for output in outputs { print(renderer.render(output), terminator: "") }
            if session.record != saved {
                record = session.record
                do {
                    if let warning = try saving.save(record) { printError(warning) }
                    saved = record
                } catch {
                    printError("Warning: \(error.description) It will be tried again after your next answer.")
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
        try save(session.record, &saving)
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

    /// The unfinished attempt, if the trainee carries it on, or a new one, with its lock held for the session.
    private func chooseAttempt(_ planning: AttemptPlanning, existing: [TrainingRecord], saving: inout SessionSaving,
                               reader: any LineReading) throws -> (TrainingRecord, AttemptLock) {
        if let (latest, lock) = try workflow({ try planning.unfinished(in: existing) }) {
            var carryOn = resume
            if !resume && !startNew {
                print("You have an unfinished \(latest.mode.rawValue) started \(AttemptPlanning.shortTime(latest.startedAt)), with \(latest.answers.count) of \(latest.questionOrder.count) answered.")
                reader.setCompletions(["yes", "no"])
                switch reader.read(prompt: "Carry on with it? [Y/n] ") {
                case .line(let answer): carryOn = !["n", "no"].contains(answer.lowercased().trimmingCharacters(in: .whitespaces))
                case .interrupted: throw ExitCode(.interrupted)
                case .endOfInput: throw ExitCode(0)
                }
            }
            if carryOn { return (latest, lock) }
            if let warning = try workflow({ try planning.abandon(latest, saving: &saving) }) { printError(warning) }
            withExtendedLifetime(lock) {}
        } else if resume {
            print("There is no unfinished attempt to carry on, so a new one is starting.")
        }
        return try workflow { try planning.newAttempt(in: existing) }
    }

    private func save(_ record: TrainingRecord, _ saving: inout SessionSaving) throws {
        do {
            if let warning = try saving.save(record) { printError(warning) }
        } catch { throw Failure(error) }
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
