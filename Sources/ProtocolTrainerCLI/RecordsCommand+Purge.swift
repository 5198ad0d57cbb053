import ArgumentParser
import BankKeeping
import Foundation
import RecordPublishing
import TrainerModel
import TrainingRecords

extension RecordsCommand {
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
