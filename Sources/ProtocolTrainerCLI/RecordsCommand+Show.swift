import ArgumentParser
import BankKeeping
import Foundation
import RecordPublishing
import TrainerModel
import TrainingRecords

extension RecordsCommand {
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
