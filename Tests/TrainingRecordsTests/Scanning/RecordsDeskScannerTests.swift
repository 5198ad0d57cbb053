import Foundation
import Testing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

struct RecordsDeskScannerTests {
    @Test func damagedRecordsAreListedAndSkippedNeverFatal() throws {
        let good = DeskFixtures.record(name: "Siân O'Brien")
        let store = try DeskFixtures.folder([good, DeskFixtures.record(name: "Smith, John")])
        let data = try good.jsonData()
        try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: store.folder + "/truncated.json"))
        try Data().write(to: URL(fileURLWithPath: store.folder + "/empty.json"))
        try Data("{\"schemaVersion\": 9}".utf8).write(to: URL(fileURLWithPath: store.folder + "/future.json"))
        try Data("{}".utf8).write(to: URL(fileURLWithPath: store.folder + "/.in-progress.json.tmp"))
        let found = try RecordScanner(store: store).collect()
        #expect(found.records.map(\.record.trainee.name).sorted() == ["Siân O'Brien", "Smith, John"])
        #expect(Set(found.damaged.map(\.path)) == Set(["truncated", "empty", "future"].map { store.folder + "/\($0).json" }))
        #expect(found.damaged.contains(.corrupt(path: store.folder + "/empty.json", detail: "the file is empty")))
        #expect(found.damaged.contains(.unsupportedVersion(path: store.folder + "/future.json", version: 9)))
    }

    @Test func aMissingFolderIsAPlainError() {
        let store = RecordStore(folder: "/nonexistent/records-\(UUID().uuidString)")
        #expect(throws: RecordsDeskError.noRecordsFolder(path: store.folder)) { try RecordScanner(store: store).collect() }
    }

    @Test func attemptsAreFoundByTheirFirstCharactersOrFile() throws {
        let one = DeskFixtures.record(name: "A", id: UUID(uuidString: "3f2a1b4c-0000-4000-8000-000000000001")!)
        let two = DeskFixtures.record(name: "B", id: UUID(uuidString: "3f2a1b4d-0000-4000-8000-000000000002")!)
        let store = try DeskFixtures.folder([one, two])
        let scanner = RecordScanner(store: store)
        #expect(try scanner.find("3f2a1b4c").record == one)
        #expect(try scanner.find("3F2A1B4D-0000-4000-8000-000000000002").record == two)
        #expect(try scanner.find(store.path(for: two.attemptId)).record == two)
        #expect(throws: RecordsDeskError.ambiguousAttempt(text: "3f2a1b4", matches: [one, two].map { $0.attemptId.uuidString.lowercased() })) {
            try scanner.find("3f2a1b4")
        }
        #expect(throws: RecordsDeskError.noSuchAttempt(text: "ffff", folder: store.folder)) { try scanner.find("ffff") }
    }

    /// The fast reader must give exactly what JSONDecoder gives, or nothing.
    @Test(arguments: [
        DeskFixtures.record(name: "Siân O'Brien"),
        DeskFixtures.record(name: "Zoë \"Zed\" \\ Adams / 🌻 \u{1}", council: nil, slug: nil, mode: .practice, right: 2),
        DeskFixtures.record(name: "李小龍", status: .inProgress),
        DeskFixtures.record(name: "Ann", status: .abandoned, questions: 1),
    ])
    func theFastReaderAgreesWithJSONDecoder(record: TrainingRecord) throws {
        var edited = record
        edited.seed = UInt64.max
        if !edited.answers.isEmpty { edited.answers[0].secondsTaken = 12.345 }
        let data = try edited.jsonData()
        #expect(RecordJSONReader.record(from: data) == (try JSONDecoder().decode(TrainingRecord.self, from: data)))
        #expect(RecordJSONReader.record(from: data) == edited)
        // Escaped forms of the same text read the same.
        let escaped = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\"toolVersion\" : \"test\"", with: "\"toolVersion\" : \"t\\u0065st\\ud83c\\udf3b\"")
        #expect(RecordJSONReader.record(from: Data(escaped.utf8))?.toolVersion == "test🌻")
    }

    @Test(arguments: ["", "{", "[]", "{\"schemaVersion\": 1}", "{\"a\": 01}", "{\"a\": \"\\x\"}", "{} x"])
    func theFastReaderRefusesWhatIsNotARecord(text: String) {
        #expect(RecordJSONReader.record(from: Data(text.utf8)) == nil)
    }
}
