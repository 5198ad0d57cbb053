import Foundation
import TrainerModel

/// The report's "who is due" section: the same people and standings as `records due`, as tables for the page.
enum ReportDueSection {
    static func render(_ due: DueList, interval: DeskInterval, within: DeskInterval, timeZone: TimeZone) -> String {
        guard !due.entries.isEmpty else { return ReportHTML.note("There are no training records to go by.") }
        let day = { (date: Date?) in date.map { String(Timestamp.string($0, timeZone: timeZone).prefix(10)) } ?? "" }
        // Headings match `records due`, so the clerk sees the same words on screen and on paper.
        let groups: [(DueList.Entry.Standing, String)] = [
            (.neverPassed, "Never passed an induction or refresher"),
            (.overdue, "Overdue: last passed more than \(interval) ago"),
            (.dueSoon, "Due within \(within)"),
        ]
        var html = ReportHTML.note("Everyone must pass an induction or refresher every \(interval); this looks \(within) ahead.")
        for (standing, heading) in groups {
            let group = due.entries(standing)
            guard !group.isEmpty else { continue }
            html += "<h3>\(HTMLText.escape("\(heading) (\(group.count))"))</h3>\n"
            let rows = group.map { entry in
                [entry.name, entry.role.rawValue.capitalized, entry.council, day(entry.lastPassed), day(entry.dueBy)].map(HTMLText.escape)
            }
            html += HTMLText.table(["Name", "Role", "Council", "Last passed", "Due by"], rows)
        }
        let upToDate = due.entries(.upToDate).count
        if upToDate == due.entries.count {
            html += ReportHTML.note("Nobody is due: everyone has passed within the last \(interval) and stays in date for \(within) at least.")
        }
        return html + ReportHTML.note("\(upToDate) \(upToDate == 1 ? "person is" : "people are") up to date.")
    }
}
