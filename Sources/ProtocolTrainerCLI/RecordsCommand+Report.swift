import ArgumentParser
import BankKeeping
import Foundation
import RecordPublishing
import TrainerModel
import TrainingRecords

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
