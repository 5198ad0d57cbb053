import Foundation
import Testing
@testable import TrainerModel

/// Banks and records name a bad field the same way, as a path a clerk can find in the file.
struct FieldPathTests {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init(intValue: Int) { self.stringValue = "\(intValue)"; self.intValue = intValue }
    }

    @Test func keysAndIndexesReadAsAPath() {
        let path: [any CodingKey] = [Key(stringValue: "questions"), Key(intValue: 3), Key(stringValue: "options"), Key(intValue: 1),
                                     Key(stringValue: "feedback")]
        #expect(FieldPath.describe(path) == "questions[3].options[1].feedback")
        #expect(FieldPath.describe([]) == "the file")
    }

    @Test func aDecodingErrorOfARecordNamesItsField() throws {
        let json = Data(#"{"trainee": {"name": "Ann", "role": "mayor"}}"#.utf8)
        do {
            _ = try JSONDecoder().decode([String: Trainee].self, from: json)
            Issue.record("a role that does not exist was read")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(FieldPath.describe(context.codingPath) == "trainee.role")
        }
    }
}
