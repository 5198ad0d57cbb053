import ArgumentParser
import BankKeeping
import Foundation
import RecordPublishing
import TrainerModel
import TrainingRecords

extension RecordsCommand {
    /// The formats records are exported in.
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
