import ArgumentParser
import BankKeeping
import Foundation
import RecordPublishing
import TrainerModel
import TrainingRecords

struct RecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records",
        abstract: "The clerk's records desk: list, show, export, report on, check who is due, purge, push to a learning record store, and verify training records.",
        discussion: """
        Records are read from --records FOLDER, else $PROTOCOL_TRAINER_RECORDS, else the Records folder. A damaged record is listed as such and skipped; it is never changed.
        """,
        subcommands: [List.self, Show.self, Export.self, Report.self, Due.self, Purge.self, Push.self, InitKey.self, Verify.self, Accept.self]
    )
}

/// Where the records are.
struct RecordsFolderOption: ParsableArguments {
    @Option(help: ArgumentHelp("Where training records are kept (default: $PROTOCOL_TRAINER_RECORDS, or Records/).", valueName: "folder"))
    var records: String?

    var scanner: RecordScanner {
        RecordScanner(store: RecordStore.locate(explicit: records, library: CouncilLibrary.locate()))
    }
}

/// The filters shared by list and export.
struct RecordFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only this council: its short name (iminster) or words from its name.", valueName: "council"))
    var council: String?

    @Option(help: "Only councillors or only officers.")
    var role: TraineeRole?

    @Option(help: ArgumentHelp("Only this person (capitals, accents and spacing are ignored).", valueName: "name"))
    var name: String?

    @Option(help: ArgumentHelp("Only attempts started on or after this day, e.g. 2026-01-01 or 01/01/2026.", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only attempts started on or before this day.", valueName: "date"))
    var until: String?

    @Option(help: "Only in-progress, completed, abandoned, passed or failed attempts.")
    var status: StatusFilter?

    func validate() throws { _ = try filter() }

    func filter() throws -> RecordFilter {
        do {
            let start = try since.map { try DeskDate.day($0).start }
            let end = try until.map { try DeskDate.day($0).end }
            if let start, let end, start >= end {
                throw ValidationError("--since \(since!) is after --until \(until!); give the earlier day first.")
            }
            if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--name needs a person's name.") }
            return RecordFilter(council: council, role: role, name: name, since: start, until: end, status: status)
        } catch let error as RecordsDeskError {
            throw ValidationError(error.description)
        }
    }
}

extension StatusFilter: ExpressibleByArgument {}

/// Runs desk work, turning its errors into plain messages.
func desk<T>(_ work: () throws -> T) throws -> T {
    do { return try work() } catch let error as RecordsDeskError { throw Failure(error) }
}

/// Each question's words, from the built-in banks of the councils the records name (none where a bank is missing).
func builtInQuestionWords(_ records: [TrainingRecord]) -> [String: String] {
    guard let library = CouncilLibrary.locate() else { return [:] }
    var words: [String: String] = [:]
    for slug in Set(records.compactMap(\.councilSlug)) {
        guard let bank = try? BankStore.load(library.bankPath(council: slug)) else { continue }
        for question in bank.questions { words[question.id] = question.stem }
    }
    return words
}

/// Tells the clerk, on standard error, about each damaged record that was skipped.
func reportDamaged(_ damaged: [RecordError]) {
    guard !damaged.isEmpty else { return }
    for problem in damaged { printError("Skipped: \(problem.description)") }
    printError("\(damaged.count) damaged record\(damaged.count == 1 ? " was" : "s were") skipped (listed above); the others are complete.")
}
