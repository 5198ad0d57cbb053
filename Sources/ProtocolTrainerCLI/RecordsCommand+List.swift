import ArgumentParser
import BankKeeping
import Foundation
import RecordPublishing
import TrainerModel
import TrainingRecords

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
}
