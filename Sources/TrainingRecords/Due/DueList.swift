import Foundation
import TrainerModel

/// Who needs training: no passed induction or refresher within the interval (overdue), or one that runs out soon.
public struct DueList: Sendable {
    /// One person's standing.
    public struct Entry: Sendable, Equatable {
        public enum Standing: String, Sendable {
            case neverPassed = "never passed"
            case overdue
            case dueSoon = "due soon"
            case upToDate = "up to date"
        }
        public var name: String
        public var role: TraineeRole
        public var council: String
        public var lastPassed: Date?
        /// When the next refresher is due; nil for someone who has never passed.
        public var dueBy: Date?
        public var standing: Standing
    }

    /// Everyone with a record, soonest due first (those never passed at the top).
    public var entries: [Entry]

    /// People are told apart by name (as `PersonName.key`), role and council; their latest passed exam counts.
    public init(_ records: [TrainingRecord], interval: DeskInterval, within: DeskInterval, now: Date,
                calendar: Calendar = Calendar(identifier: .gregorian)) {
        struct Person { var name: String; var role: TraineeRole; var council: String; var latestStart: String; var lastPassed: Date? }
        var people: [String: Person] = [:]
        for record in records {
            let council = AttemptFacts(record).councilName
            let key = [PersonName.key(record.trainee.name), record.trainee.role.rawValue, council.lowercased()].joined(separator: "\u{1F}")
            var person = people[key] ?? Person(name: record.trainee.name, role: record.trainee.role, council: council,
                                               latestStart: record.startedAt, lastPassed: nil)
            // Show the name as it was typed most recently.
            if record.startedAt > person.latestStart { person.name = record.trainee.name; person.latestStart = record.startedAt }
            if record.mode.isExam, record.status == .completed, record.result?.passed == true,
               let passed = DeskDate.moment(record.finishedAt ?? record.updatedAt) {
                person.lastPassed = max(person.lastPassed ?? passed, passed)
            }
            people[key] = person
        }
        let horizon = within.after(now, calendar: calendar)
        entries = people.values.map { person in
            guard let last = person.lastPassed else {
                return Entry(name: person.name, role: person.role, council: person.council, lastPassed: nil, dueBy: nil, standing: .neverPassed)
            }
            let due = interval.after(last, calendar: calendar)
            let standing: Entry.Standing = due <= now ? .overdue : due <= horizon ? .dueSoon : .upToDate
            return Entry(name: person.name, role: person.role, council: person.council, lastPassed: last, dueBy: due, standing: standing)
        }
        .sorted { ($0.dueBy ?? .distantPast, $0.council, $0.name) < ($1.dueBy ?? .distantPast, $1.council, $1.name) }
    }

    /// The people with this standing, soonest due first.
    public func entries(_ standing: Entry.Standing) -> [Entry] { entries.filter { $0.standing == standing } }

    /// Sections for the clerk: never passed, overdue, due soon, and a count of those up to date.
    public func render(interval: DeskInterval, within: DeskInterval, timeZone: TimeZone = .current) -> String {
        let day = { (date: Date?) in date.map { String(Timestamp.string($0, timeZone: timeZone).prefix(10)) } ?? "" }
        var text = ""
        let sections: [(Entry.Standing, String)] = [
            (.neverPassed, "Never passed an induction or refresher"),
            (.overdue, "Overdue: last passed more than \(interval) ago"),
            (.dueSoon, "Due within \(within)"),
        ]
        for (standing, heading) in sections {
            let group = entries(standing)
            guard !group.isEmpty else { continue }
            text += "\(heading) (\(group.count)):\n"
            let width = group.map { RecordTable.clip($0.name, 32).count }.max() ?? 0
            for entry in group {
                var line = "  " + RecordTable.clip(entry.name, 32).padding(toLength: width, withPad: " ", startingAt: 0)
                line += "  \(entry.role.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))  \(entry.council)"
                if let last = entry.lastPassed { line += ", last passed \(day(last)), due \(day(entry.dueBy))" }
                text += line + "\n"
            }
            text += "\n"
        }
        let upToDate = entries(.upToDate).count
        if entries.isEmpty { return "There are no training records to go by.\n" }
        if text.isEmpty { text = "Nobody is due: everyone has passed within the last \(interval) and stays in date for \(within) at least.\n" }
        text += "\(upToDate) \(upToDate == 1 ? "person is" : "people are") up to date.\n"
        return text
    }
}
