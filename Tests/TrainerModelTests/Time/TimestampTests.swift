import Foundation
import Testing
@testable import TrainerModel

/// Records keep times as ISO 8601 with the local offset; the desk and `records verify` show them as a wall clock.
struct TimestampTests {
    @Test func aTimeIsWrittenWithItsOffsetAndReadBackAsTheSameMoment() throws {
        let moment = Date(timeIntervalSince1970: 1_795_356_192)
        let london = try #require(TimeZone(identifier: "Europe/London"))
        let text = Timestamp.string(moment, timeZone: london)
        #expect(text == "2026-11-22T14:03:12+00:00")
        #expect(Timestamp.date(text) == moment)
        #expect(Timestamp.date("2026-11-22T15:03:12+01:00") == moment)
        #expect(Timestamp.date("22/11/2026") == nil)
    }

    @Test func theWallClockIsTheLocalTimeTheTraineeSaw() {
        #expect(Timestamp.wallClock("2026-11-22T14:03:12+05:30") == "2026-11-22 14:03")
        #expect(Timestamp.wallClock("2026-11-22T14:03:12+05:30", seconds: true) == "2026-11-22 14:03:12")
        #expect(Timestamp.wallClock(nil) == "")
        #expect(Timestamp.wallClock("2026-11") == "")
    }
}
