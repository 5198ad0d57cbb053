import Foundation
import Testing
@testable import TrainingRecords

/// The byte writers must give exactly what the String versions they replaced gave.
struct RecordsDeskExportBytesTests {
    private func written(_ write: (inout ExportBytes) -> Void) -> String {
        var out = ExportBytes()
        write(&out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    @Test func numbersAreWrittenAsStringDoes() {
        let values: [Double] = [0, -0.0, 1, -1, 7, 0.875, 87.5, 1e15, 1e16, -1e15, 0.1 + 0.2, 1e-7, .nan, .infinity, -.infinity,
                                Double(Int.max), 123_456_789.125]
        for value in values + (0..<2000).map({ Double($0) / 1000 }) {
            #expect(written { $0.append(number: value) } == AttemptFacts.number(value))
        }
        for value in [Int.min, Int.max, 0, -5, 42, 1_000_000] { #expect(written { $0.append(integer: value) } == String(value)) }
        #expect(JSONText.number(.nan) == "0" && JSONText.number(2.5) == "2.5")
    }

    @Test func everyDurationUpToAnHourMatchesTheFormattedOne() {
        for hundredths in stride(from: 0, to: 400_000, by: 7) {
            let seconds = Double(hundredths) / 100
            let hours = hundredths / 360_000, minutes = hundredths / 6000 % 60, rest = Double(hundredths % 6000) / 100
            var text = "PT"
            if hours > 0 { text += "\(hours)H" }
            if minutes > 0 { text += "\(minutes)M" }
            if rest > 0 || text == "PT" { text += (rest == rest.rounded() ? String(Int(rest)) : String(rest)) + "S" }
            #expect(XAPIStatements.duration(seconds) == text)
        }
    }

    @Test func uuidsAreLowerCaseText() {
        for _ in 0..<50 {
            let id = UUID()
            #expect(written { $0.append(uuid: id) } == id.uuidString.lowercased())
        }
    }

    @Test func jsonStringsAreEscapedPerRFC8259() {
        #expect(JSONText.string("plain") == "\"plain\"")
        #expect(JSONText.string("a\"b\\c\nd\re\tf\u{1}g\u{1F}h\u{7F}") == "\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\u{7F}\"")
        #expect(JSONText.string("Siân 🌻") == "\"Siân 🌻\"")
    }

    @Test func csvFieldsFollowCharactersNotBytes() {
        // A space carrying an accent is not a space character, so it does not call for quotes.
        #expect(CSVText.field(" \u{301}x") == " \u{301}x")
        #expect(CSVText.field("x ") == "\"x \"")
        let quoteWithAccent = "a\"\u{301}b, c"
        #expect(CSVText.field(quoteWithAccent) == "\"" + quoteWithAccent.replacingOccurrences(of: "\"", with: "\"\"") + "\"")
        #expect(CSVText.textField("-5 ") == "\"'-5 \"")
        #expect(CSVText.textField("\t") == "'\t")
    }
}
