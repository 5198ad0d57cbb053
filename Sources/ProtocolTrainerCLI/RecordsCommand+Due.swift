import ArgumentParser
import BankKeeping
import Foundation
import RecordPublishing
import TrainerModel
import TrainingRecords

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
}
