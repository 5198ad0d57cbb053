import Foundation
import Testing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

struct RecordsDeskCSVTests {
    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVText.field("Siân O'Brien") == "Siân O'Brien")
        #expect(CSVText.field("Smith, John") == "\"Smith, John\"")
        #expect(CSVText.field("Zoë \"Zed\" Adams") == "\"Zoë \"\"Zed\"\" Adams\"")
        #expect(CSVText.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVText.field(" padded ") == "\" padded \"")
        #expect(CSVText.row(["a", "b"]) == "a,b\r\n")
    }

    @Test func typedTextThatLooksLikeAFormulaIsKeptAsText() {
        #expect(CSVText.textField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(CSVText.textField("+44 123") == "'+44 123")
        #expect(CSVText.textField("@admin") == "'@admin")
        #expect(CSVText.textField("Ann-Marie") == "Ann-Marie")
    }

    @Test func oneRowPerAttemptReadsBackExactlyWithAwkwardNames() throws {
        let names = ["Siân O'Brien", "Smith, John", "Zoë \"Zed\" Adams", "李小龍", "Amélie 🌻 Dubois"]
        let records = names.enumerated().map { DeskFixtures.record(name: $1, started: "2026-03-1\($0)T10:00:00+00:00", right: 3) }
        let store = try DeskFixtures.folder(records)
        let csv = CSVExport(perAnswer: false)
        let (text, summary) = try DeskFixtures.export(store, format: csv)
        #expect(text.hasPrefix("\u{FEFF}name,role,council,mode,started,finished,duration,score %,pass mark,result,"))
        #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(summary.exported == 5)
        let rows = DeskFixtures.parseCSV(text)
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.count == CSVExport.attemptHeadings.count })
        #expect(Set(rows.dropFirst().map { $0[0] }) == Set(names))
        let siân = try #require(rows.first { $0[0] == "Siân O'Brien" })
        #expect(siân[1...].prefix(9) == ["councillor", "Iminster Town Council", "induction", "2026-03-10 10:00:00",
                                         "2026-03-10 10:02:00", "0:02:00", "75", "80", "failed"])
        #expect(siân[10] == "4" && siân[11] == "4" && siân[12] == "aaaaaaaaaaaa")
        #expect(siân[13] == records[0].attemptId.uuidString.lowercased())
    }

    @Test func perAnswerGivesOneRowForEachAnswer() throws {
        let done = DeskFixtures.record(name: "Smith, John", questions: 4, right: 3)
        let unfinished = DeskFixtures.record(name: "Ann Lee", status: .inProgress, questions: 4)
        let store = try DeskFixtures.folder([done, unfinished])
        let csv = CSVExport(perAnswer: true)
        let rows = DeskFixtures.parseCSV(try DeskFixtures.export(store, format: csv).text)
        #expect(rows[0] == CSVExport.answerHeadings)
        #expect(rows.count == 1 + 4 + 2)
        let john = rows.filter { $0[0] == "Smith, John" }
        #expect(john.map { $0[6] } == ["1", "2", "3", "4"])
        #expect(john.map { $0[9] } == ["right", "right", "right", "wrong"])
        #expect(john[3][8] == "o-2" && john[3][10] == "0" && john[3][12] == "30")
    }

    @Test func jsonExportIsOneArrayOfTheRecordsAsKept() throws {
        let records = [DeskFixtures.record(name: "Siân O'Brien"), DeskFixtures.record(name: "Smith, John", status: .abandoned)]
        let store = try DeskFixtures.folder(records)
        let json = JSONExport()
        let text = try DeskFixtures.export(store, format: json).text
        let decoded = try JSONDecoder().decode([TrainingRecord].self, from: Data(text.utf8))
        #expect(Set(decoded.map(\.attemptId)) == Set(records.map(\.attemptId)))
        #expect(decoded.first { $0.trainee.name == "Siân O'Brien" } == records[0])
        let empty = JSONExport()
        let none = try DeskFixtures.export(store, filter: RecordFilter(name: "Nobody"), format: empty).text
        #expect(try JSONSerialization.jsonObject(with: Data(none.utf8)) as? [Any] != nil)
    }
}
