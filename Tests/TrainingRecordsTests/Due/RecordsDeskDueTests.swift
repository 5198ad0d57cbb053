import Foundation
import Testing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

struct RecordsDeskDueTests {
    let now = Timestamp.date("2026-11-22T12:00:00Z")!
    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    @Test func eachPersonIsNeverPassedOverdueDueSoonOrUpToDate() throws {
        let records = [
            DeskFixtures.record(name: "Never Passed", started: "2026-10-01T10:00:00+00:00", right: 1),
            DeskFixtures.record(name: "Only Practice", mode: .practice, started: "2026-10-01T10:00:00+00:00"),
            DeskFixtures.record(name: "Over Due", started: "2025-11-01T10:00:00+00:00"),
            DeskFixtures.record(name: "Soon Due", role: .officer, mode: .refresher, started: "2025-12-10T10:00:00+00:00"),
            DeskFixtures.record(name: "Up To-Date", started: "2026-06-01T10:00:00+00:00"),
            // An older pass does not hide a newer one, and the name matches however it was typed.
            DeskFixtures.record(name: "up to-date", started: "2024-06-01T10:00:00+00:00"),
        ]
        let list = DueList(records, interval: DeskInterval(count: 12, unit: .months), within: DeskInterval(count: 30, unit: .days),
                           now: now, calendar: calendar)
        #expect(Set(list.entries(.neverPassed).map(\.name)) == ["Never Passed", "Only Practice"])
        #expect(list.entries(.overdue).map(\.name) == ["Over Due"])
        #expect(list.entries(.dueSoon).map(\.name) == ["Soon Due"])
        #expect(list.entries(.upToDate).map(\.name) == ["Up To-Date"])
        #expect(list.entries(.dueSoon).first?.dueBy == Timestamp.date("2026-12-10T10:02:00Z"))
        let text = list.render(interval: DeskInterval(count: 12, unit: .months), within: DeskInterval(count: 30, unit: .days),
                               timeZone: TimeZone(identifier: "UTC")!)
        #expect(text.contains("Overdue: last passed more than 12 months ago (1):\n  Over Due"))
        #expect(text.contains("last passed 2025-11-01, due 2026-11-01"))
        #expect(text.contains("Due within 30 days (1):"))
        #expect(text.hasSuffix("1 person is up to date.\n"))
    }

    @Test func theSameNameInAnotherRoleIsAnotherPerson() {
        let records = [DeskFixtures.record(name: "Ann Lee", role: .councillor, started: "2026-10-01T10:00:00+00:00"),
                       DeskFixtures.record(name: "Ann Lee", role: .officer, mode: .practice, started: "2026-10-01T10:00:00+00:00")]
        let list = DueList(records, interval: DeskInterval(count: 12, unit: .months), within: DeskInterval(count: 30, unit: .days), now: now)
        #expect(list.entries(.upToDate).map(\.role) == [.councillor])
        #expect(list.entries(.neverPassed).map(\.role) == [.officer])
    }
}
