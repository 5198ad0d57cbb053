import Foundation
import Testing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

struct RecordsDeskFilterTests {
    let utc = TimeZone(identifier: "UTC")!

    @Test func namesMatchWhateverTheCapitalsAccentsApostrophesOrSpaces() {
        let record = DeskFixtures.record(name: "Siân O'Brien")
        for typed in ["Siân O'Brien", "sian o'brien", "SIAN  O’BRIEN", " Siân O'Brien "] {
            #expect(RecordFilter(name: typed).matches(record), "\(typed)")
        }
        #expect(!RecordFilter(name: "Siân O'Brian").matches(record))
        #expect(!RecordFilter(name: "Siân").matches(record))
    }

    @Test func councilMatchesItsShortNameOrWordsFromItsName() {
        let record = DeskFixtures.record(name: "Ann")
        #expect(RecordFilter(council: "iminster").matches(record))
        #expect(RecordFilter(council: "IMINSTER TOWN").matches(record))
        #expect(!RecordFilter(council: "rayleigh").matches(record))
        let fromFile = DeskFixtures.record(name: "Ann", council: "Little Snoring Parish Council", slug: nil)
        #expect(RecordFilter(council: "little snoring").matches(fromFile))
    }

    @Test func datesIncludeTheWholeOfBothDays() throws {
        let early = DeskFixtures.record(name: "A", started: "2026-03-01T00:00:00+00:00")
        let late = DeskFixtures.record(name: "B", started: "2026-03-31T23:59:59+00:00")
        let after = DeskFixtures.record(name: "C", started: "2026-04-01T00:00:00+00:00")
        let march = RecordFilter(since: try DeskDate.day("2026-03-01", timeZone: utc).start,
                                 until: try DeskDate.day("31/03/2026", timeZone: utc).end)
        #expect([early, late, after].filter(march.matches).map(\.trainee.name) == ["A", "B"])
    }

    @Test func statusPicksPassedFailedAndUnfinished() {
        let passed = DeskFixtures.record(name: "P", right: 4)
        let failed = DeskFixtures.record(name: "F", right: 1)
        let practice = DeskFixtures.record(name: "R", mode: .practice, right: 1)
        let going = DeskFixtures.record(name: "G", status: .inProgress)
        let all = [passed, failed, practice, going]
        #expect(all.filter(RecordFilter(status: .passed).matches).map(\.trainee.name) == ["P"])
        #expect(all.filter(RecordFilter(status: .failed).matches).map(\.trainee.name) == ["F"])
        #expect(all.filter(RecordFilter(status: .completed).matches).map(\.trainee.name) == ["P", "F", "R"])
        #expect(all.filter(RecordFilter(status: .inProgress).matches).map(\.trainee.name) == ["G"])
        #expect(all.filter(RecordFilter(role: .officer).matches).isEmpty)
    }

    @Test func datesAreReadInTheFormsAClerkTypes() throws {
        let day = try DeskDate.day("2026-03-31", timeZone: utc)
        #expect(day.start == Timestamp.date("2026-03-31T00:00:00Z"))
        #expect(day.end == Timestamp.date("2026-04-01T00:00:00Z"))
        #expect(try DeskDate.day("31/03/2026", timeZone: utc) == day)
        for bad in ["2026-02-31", "31/13/2026", "yesterday", "2026/03/31", "", "03-31-2026"] {
            #expect(throws: RecordsDeskError.badDate(text: bad)) { try DeskDate.day(bad, timeZone: utc) }
        }
    }

    @Test func intervalsAreReadAsNumbersAndUnits() throws {
        #expect(try DeskInterval("12m", option: "--interval") == DeskInterval(count: 12, unit: .months))
        #expect(try DeskInterval("30 days", option: "--within") == DeskInterval(count: 30, unit: .days))
        #expect(try DeskInterval("1y", option: "--interval").description == "1 year")
        for bad in ["12", "m", "12x", "twelve months", "12min", ""] {
            #expect(throws: RecordsDeskError.badInterval(text: bad, option: "--interval")) { try DeskInterval(bad, option: "--interval") }
        }
        // How often training is due cannot be nothing, or before today; how far ahead to look can be nothing.
        for short in ["0m", "-3d"] {
            #expect(throws: RecordsDeskError.intervalTooShort(text: short, option: "--interval", zeroAllowed: false)) {
                try DeskInterval(short, option: "--interval")
            }
        }
        #expect(try DeskInterval("0d", option: "--within", allowingZero: true) == DeskInterval(count: 0, unit: .days))
        #expect(throws: RecordsDeskError.intervalTooShort(text: "-1w", option: "--within", zeroAllowed: true)) {
            try DeskInterval("-1w", option: "--within", allowingZero: true)
        }
        #expect(throws: RecordsDeskError.intervalTooLong(text: "99999y", option: "--interval")) { try DeskInterval("99999y", option: "--interval") }
        #expect(RecordsDeskError.intervalTooShort(text: "0m", option: "--interval", zeroAllowed: false).description
            == "--interval must be at least one day, e.g. --interval 12m for twelve months; you gave 0m.")
        let jan31 = Timestamp.date("2026-01-31T12:00:00Z")!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        #expect(DeskInterval(count: 12, unit: .months).after(jan31, calendar: calendar) == Timestamp.date("2027-01-31T12:00:00Z"))
    }
}
