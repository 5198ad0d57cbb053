import Foundation
import Testing
@testable import TrainerModel

/// The record file's contract: keys sorted, every optional field written (as null), the fields added later only where
/// they are set, and the same record read back.
struct TrainingRecordJSONTests {
    private let record = TrainingRecord(
        attemptId: UUID(uuidString: "3f2a1b4c-0000-4000-8000-000000000001")!, toolVersion: "test",
        trainee: Trainee(name: "Siân O'Brien", role: .councillor), council: nil, councilSlug: "iminster", mode: .induction,
        startedAt: "2026-11-22T14:03:12+00:00", bankSHA256: "b", protocolSHA256: "p", seed: 7, questionOrder: ["q-1"],
        optionOrder: ["q-1": ["o-1", "o-2"]], passMark: 80)

    @Test func optionalFieldsAreWrittenAsNullAndLaterFieldsOnlyWhenSet() throws {
        let text = String(decoding: try record.jsonData(), as: UTF8.self)
        #expect(text.hasSuffix("}\n"))
        for key in ["council", "finishedAt", "result"] { #expect(text.contains("\"\(key)\" : null"), "\(key)") }
        for key in ["sealedWith", "questionVersions", "unreviewedQuestions"] { #expect(!text.contains("\"\(key)\""), "\(key)") }
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
    }

    @Test func aRecordReadsBackAsItWasWritten() throws {
        var sealed = record
        sealed.sealedWith = "key"
        sealed.questionVersions = ["q-1": "abc"]
        for original in [record, sealed] {
            #expect(try JSONDecoder().decode(TrainingRecord.self, from: original.jsonData()) == original)
        }
    }

    @Test func aNameMustBeSomethingOnOneLine() {
        #expect(Trainee.validate(name: "Siân O'Brien") == nil)
        #expect(Trainee.validate(name: "   ") == "Give the trainee's name, e.g. --name \"Priya Shah\".")
        #expect(Trainee.validate(name: "Ann\nLee") == "The name contains a line break or another control character; type it on one line.")
    }
}
