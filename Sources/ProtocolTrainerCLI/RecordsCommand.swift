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

extension RecordsCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List training attempts as a table, oldest first.",
            discussion: "Example: protocol-trainer records list --council iminster --since 2026-01-01 --status passed"
        )

        @OptionGroup var folder: RecordsFolderOption
        @OptionGroup var filters: RecordFilterOptions

        func run() throws {
            let filter = try filters.filter()
            let found = try desk { try folder.scanner.collect(filter) }
            if found.records.isEmpty {
                let asked = filter.describe()
                print(asked.isEmpty ? "There are no training records in \(folder.scanner.store.folder) yet." : "No attempts match: \(asked).")
            } else {
                print(RecordTable.render(found.records.map(\.record)), terminator: "")
                let count = found.records.count
                print("\n\(count) attempt\(count == 1 ? "" : "s"). To see one in full: protocol-trainer records show \(found.records[0].record.attemptId.uuidString.lowercased().prefix(8))")
            }
            reportDamaged(found.damaged)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one attempt in full: the result by topic and every answer.")

        @Argument(help: ArgumentHelp("The attempt's number (the first 8 characters are enough, as 'records list' shows) or its file.", valueName: "attempt"))
        var attempt: String

        @OptionGroup var folder: RecordsFolderOption

        func run() throws {
            let found = try desk { try folder.scanner.find(attempt) }
            // The built-in bank gives each question's words; without it the sheet still lists every answer by id.
            let bank = found.record.councilSlug.flatMap { slug in
                CouncilLibrary.locate().flatMap { try? BankStore.load($0.bankPath(council: slug)) }
            }
            print(AttemptSheet.render(found.record, path: found.path, bank: bank), terminator: "")
        }
    }
}

extension RecordsCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, xapi
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export training attempts as CSV (for spreadsheets), JSON, or xAPI statements (for a learning record store).",
            discussion: """
            Examples:
              protocol-trainer records export --format csv --out training.csv
              protocol-trainer records export --format csv --per-answer --out answers.csv
              protocol-trainer records export --format json --name "Siân O'Brien"
              protocol-trainer records export --format xapi --home-page https://www.our-tc.gov.uk

            For a subject access request, --name finds the person's attempts however their name was typed, and the JSON format gives everything kept about them. xAPI takes finished attempts only.
            """
        )

        @Option(help: "csv, json or xapi.")
        var format: Format

        @Option(help: ArgumentHelp("The file to write (default: the screen, or a pipe).", valueName: "file"))
        var out: String?

        @Flag(name: .customLong("per-answer"), help: "CSV: one row per answer instead of one per attempt.")
        var perAnswer = false

        @Option(name: .customLong("home-page"), help: ArgumentHelp("xAPI: the council's web address, where trainees' accounts and the activities are named.", valueName: "url"))
        var homePage: String?

        @Option(help: ArgumentHelp("xAPI: a CSV file of names and email addresses, to identify those trainees by email.", valueName: "file"))
        var emails: String?

        @OptionGroup var folder: RecordsFolderOption
        @OptionGroup var filters: RecordFilterOptions

        func validate() throws {
            if perAnswer && format != .csv { throw ValidationError("--per-answer goes with --format csv.") }
            if (homePage != nil || emails != nil) && format != .xapi { throw ValidationError("--home-page and --emails go with --format xapi.") }
            if let homePage, URL(string: homePage)?.host == nil || !(homePage.hasPrefix("https://") || homePage.hasPrefix("http://")) {
                throw ValidationError(RecordsDeskError.badHomePage(text: homePage).description)
            }
        }

        func run() throws {
            let filter = try filters.filter()
            let scanner = folder.scanner
            let summary: RecordExport.Summary = try desk {
                _ = try scanner.fileNames()
                let output = try out.map { try ExportOutput(file: $0) } ?? ExportOutput()
                do {
                    let summary: RecordExport.Summary
                    switch format {
                    case .csv:
                        let csv = CSVExport(perAnswer: perAnswer)
                        summary = try RecordExport.run(scanner, filter: filter, format: csv, to: output)
                    case .json:
                        let json = JSONExport()
                        summary = try RecordExport.run(scanner, filter: filter, format: json, to: output)
                    case .xapi:
                        let addresses = try emails.map { try TraineeEmails.load($0) } ?? [:]
                        let xapi = XAPIExport(statements: XAPIStatements(homePage: homePage, emails: addresses))
                        summary = try RecordExport.run(scanner, filter: filter, format: xapi, to: output)
                    }
                    try output.finish()
                    return summary
                } catch {
                    output.abandon()
                    throw error
                }
            }
            reportDamaged(summary.damaged)
            if summary.leftOut > 0 {
                printError("\(summary.leftOut) unfinished attempt\(summary.leftOut == 1 ? " was" : "s were") left out: a learning record store cannot take back a statement, so only finished attempts are sent.")
            }
            if format == .xapi && homePage == nil && summary.exported > 0 {
                printError("Trainees are identified by an account at a placeholder address; give your council's web address with --home-page, e.g. --home-page https://www.example-tc.gov.uk.")
            }
            let attempts = "\(summary.exported) attempt\(summary.exported == 1 ? "" : "s")"
            if let out {
                print("Exported \(attempts) to \(out).")
            } else if summary.exported == 0 {
                printError("No attempts matched\(filter.describe().isEmpty ? "" : ": " + filter.describe()).")
            }
        }
    }
}

extension RecordsCommand {
    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who has not passed an induction or refresher within the interval, and who falls due soon.",
            discussion: "Example: protocol-trainer records due --interval 12m --within 30d --council iminster"
        )

        // `.unconditional`, so that "-3d" is read, and refused, as a length of time rather than taken for an option.
        @Option(parsing: .unconditional,
                help: ArgumentHelp("How often training must be passed: 12m (months), 52w (weeks), 365d (days) or 1y.", valueName: "interval"))
        var interval = "12m"

        @Option(parsing: .unconditional, help: ArgumentHelp("How far ahead to look for people falling due.", valueName: "interval"))
        var within = "30d"

        @Option(help: ArgumentHelp("Only this council: its short name (iminster) or words from its name.", valueName: "council"))
        var council: String?

        @Option(help: "Only councillors or only officers.")
        var role: TraineeRole?

        @OptionGroup var folder: RecordsFolderOption

        func validate() throws {
            do {
                _ = try DeskInterval(interval, option: "--interval")
                _ = try DeskInterval(within, option: "--within", allowingZero: true)
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() throws {
            let every = try DeskInterval(interval, option: "--interval"), ahead = try DeskInterval(within, option: "--within", allowingZero: true)
            let found = try desk { try folder.scanner.collect(RecordFilter(council: council, role: role)) }
            let list = DueList(found.records.map(\.record), interval: every, within: ahead, now: Date())
            print(list.render(interval: every, within: ahead), terminator: "")
            reportDamaged(found.damaged)
        }
    }

    struct Purge: ParsableCommand {
        private func reportLeftovers(_ count: Int) {
            guard count > 0 else { return }
            print("Also removed \(count) temporary cop\(count == 1 ? "y" : "ies") of a record that a stopped session had left behind.")
        }

        static let configuration = CommandConfiguration(
            abstract: "Remove attempts last saved before a date, under the council's retention policy.",
            discussion: """
            Without --yes it only lists what would be removed. With --yes each removal is written to purge.log in the records folder (without the trainee's name). Damaged records are never removed; look at them by hand. Attempts a training session has open are left for the next purge. Temporary copies of records left by sessions that were stopped are removed too.

            Example: protocol-trainer records purge --before 2020-04-01 --yes
            """
        )

        @Option(help: ArgumentHelp("Remove attempts last saved before this day, e.g. 2020-04-01 or 01/04/2020.", valueName: "date"))
        var before: String

        @Option(help: ArgumentHelp("Only this person's attempts (e.g. for a request to erase them).", valueName: "name"))
        var name: String?

        @Option(help: ArgumentHelp("Only this council: its short name (iminster) or words from its name.", valueName: "council"))
        var council: String?

        @Flag(help: "Really remove them (without it, nothing is removed).")
        var yes = false

        @OptionGroup var folder: RecordsFolderOption
        @OptionGroup var keyOption: IntegrityKeyOption

        func validate() throws {
            do { _ = try DeskDate.day(before) } catch { throw ValidationError(error.description) }
            // An empty name must never stand for everyone.
            if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--name needs a person's name.") }
        }

        func run() throws {
            let cutoff = try DeskDate.day(before).start
            var store = folder.scanner.store
            store.keyPath = keyOption.key
            let purge = RecordPurge(scanner: RecordScanner(store: store), before: cutoff, filter: RecordFilter(council: council, name: name))
            let found = try desk { try purge.candidates() }
            let day = String(Timestamp.string(cutoff).prefix(10))
            if found.records.isEmpty {
                print("No attempts were last saved before \(day)\(name.map { " for '\($0)'" } ?? ""); nothing to remove.")
            } else if !yes {
                let count = found.records.count
                print(count == 1 ? "This attempt was last saved before \(day) and would be removed:\n"
                                 : "These \(count) attempts were last saved before \(day) and would be removed:\n")
                print(RecordTable.render(found.records.map(\.record)), terminator: "")
                print("\nNothing has been removed. To remove \(count == 1 ? "it" : "them"), run the same command with --yes.")
            } else {
                let reason = "purge --before \(day)" + (name == nil ? "" : " for a named person")
                let outcome = try desk { try purge.remove(found.records, reason: reason) }
                for line in outcome.lines { print(line) }
                print("Removed \(outcome.lines.count) attempt\(outcome.lines.count == 1 ? "" : "s"). A line for each is in \(purge.logPath).")
                if !outcome.inUse.isEmpty {
                    print("Left \(outcome.inUse.count) attempt\(outcome.inUse.count == 1 ? "" : "s") that a training session has open (\(outcome.inUse.joined(separator: ", "))). Run the purge again once the session has stopped.")
                }
                reportLeftovers(outcome.leftoversRemoved)
                let removed = Set(found.records.map(\.record.attemptId)).subtracting(
                    found.records.filter { outcome.inUse.contains(URL(fileURLWithPath: $0.path).lastPathComponent) }.map(\.record.attemptId))
                for (lrs, held) in AcknowledgementLog(folder: store.folder).storesHolding(removed) {
                    let ids = held.map { String($0.uuidString.lowercased().prefix(8)) }
                    print("The learning record store at \(lrs) still holds the statements of \(held.count == 1 ? "this removed attempt" : "\(held.count) of these removed attempts") (\(ids.joined(separator: ", "))); they are never sent again. To take \(held.count == 1 ? "it" : "them") back out there too: protocol-trainer records push --lrs \(lrs) --void \(ids[0])\(held.count > 1 ? " (and so on for each)" : "")")
                }
            }
            // Even with nothing to remove, a purge finishes what a stopped one began and clears what killed sessions left.
            if yes, found.records.isEmpty { reportLeftovers(try desk { try purge.remove([], reason: "") }.leftoversRemoved) }
            reportDamaged(found.damaged)
        }
    }
}

extension RecordsCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a training report as one web page to open, print or show the council.",
            discussion: """
            The page shows who has completed training, pass rates by role, results by topic as a chart, how each question went (flagging those worth reviewing), and who is due. It needs no internet connection and runs no scripts. It holds personal data, so only you can read the file.

            Example: protocol-trainer records report --out report.html --council iminster --since 2026-01-01
            """
        )

        @Option(help: ArgumentHelp("The web page to write, e.g. report.html.", valueName: "file"))
        var out: String

        // `.unconditional`, so that "-3d" is read, and refused, as a length of time rather than taken for an option.
        @Option(parsing: .unconditional,
                help: ArgumentHelp("How often training must be passed: 12m (months), 52w (weeks), 365d (days) or 1y.", valueName: "interval"))
        var interval = "12m"

        @Option(parsing: .unconditional, help: ArgumentHelp("How far ahead to look for people falling due.", valueName: "interval"))
        var within = "30d"

        @OptionGroup var folder: RecordsFolderOption
        @OptionGroup var filters: RecordFilterOptions

        func validate() throws {
            do {
                _ = try DeskInterval(interval, option: "--interval")
                _ = try DeskInterval(within, option: "--within", allowingZero: true)
            } catch {
                throw ValidationError(error.description)
            }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), isFolder.boolValue {
                throw ValidationError("--out \(out) is a folder; give a file name such as report.html.")
            }
        }

        func run() throws {
            let filter = try filters.filter()
            let every = try DeskInterval(interval, option: "--interval"), ahead = try DeskInterval(within, option: "--within", allowingZero: true)
            let found = try desk { try folder.scanner.collect(filter) }
            // Who is due goes by every pass, not only those in the chosen dates or outcomes, as `records due` does.
            let dueFilter = RecordFilter(council: filter.council, role: filter.role, name: filter.name)
            let dueRecords = filter.since == nil && filter.until == nil && filter.status == nil
                ? found.records : try desk { try folder.scanner.collect(dueFilter) }.records
            var report = TrainingReport(found.records.map(\.record), dueRecords: dueRecords.map(\.record), filterText: filter.describe(),
                                        interval: every, within: ahead, now: Date())
            report.questionWords = builtInQuestionWords(found.records.map(\.record))
            let page = Data(ReportHTML.render(report).utf8)
            do throws(AtomicFile.Failure) {
                try AtomicFile.write(page, to: out, permissions: 0o600)
            } catch {
                throw Failure(.cannotCreateOutput, "The report could not be written to '\(out)' (\(error.reason)). Nothing was written there; choose another file with --out, or free some space, and try again.")
            }
            reportDamaged(found.damaged)
            let count = found.records.count
            if count == 0 { printError("No attempts matched\(filter.describe().isEmpty ? "" : ": " + filter.describe()); the report says so.") }
            print("Wrote the report on \(count) attempt\(count == 1 ? "" : "s") to \(out). Open it in a web browser to read or print it.")
        }
    }
}
