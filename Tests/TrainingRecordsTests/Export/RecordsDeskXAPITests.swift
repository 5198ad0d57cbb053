import Foundation
import Testing
@testable import TestSupport
@testable import TrainingRecords

struct RecordsDeskXAPITests {
    private func objects(_ statements: [String]) throws -> [[String: Any]] {
        try statements.map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test func version5UUIDsMatchTheRFCsWorkedExample() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(NameBasedUUID.make(namespace: dns, name: "python.org").uuidString.lowercased() == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }

    @Test func aPassedAttemptGivesOneStatementAndOnePerAnswer() throws {
        var record = DeskFixtures.record(name: "Siân O'Brien", questions: 5, right: 4)
        record.answers[4].skipped = true
        record.answers[4].response = []
        let made = try objects(XAPIStatements(homePage: "https://www.iminster.gov.uk/").statements(for: record))
        #expect(made.count == 6)
        let attempt = made[0]
        #expect((attempt["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/passed")
        let actor = try #require(attempt["actor"] as? [String: Any])
        #expect(actor["name"] as? String == "Siân O'Brien")
        #expect(actor["account"] as? [String: String] == ["homePage": "https://www.iminster.gov.uk", "name": record.trainee.fileKey])
        let result = try #require(attempt["result"] as? [String: Any])
        #expect(result["success"] as? Bool == true && result["completion"] as? Bool == true)
        #expect(result["score"] as? [String: Double] == ["scaled": 0.8, "raw": 4, "min": 0, "max": 5])
        #expect(result["duration"] as? String == "PT2M30S")
        let context = try #require(attempt["context"] as? [String: Any])
        #expect(context["registration"] as? String == record.attemptId.uuidString.lowercased())
        let quizID = (attempt["object"] as? [String: Any])?["id"] as? String
        #expect(quizID == "https://www.iminster.gov.uk/protocol-trainer/iminster/induction")
        for answer in made.dropFirst() {
            #expect((answer["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/answered")
            let parents = ((answer["context"] as? [String: Any])?["contextActivities"] as? [String: Any])?["parent"] as? [[String: Any]]
            #expect(parents?.map { $0["id"] as? String } == [quizID])
        }
        let first = try #require(made[1]["result"] as? [String: Any])
        #expect(first["success"] as? Bool == true && first["response"] as? String == "o-1")
        let skipped = try #require(made[5]["result"] as? [String: Any])
        #expect(skipped["success"] as? Bool == false && skipped["response"] == nil, "xAPI allows no empty values")
    }

    @Test func idsAreTheSameEveryTimeAndDifferentForEachStatement() throws {
        let record = DeskFixtures.record(name: "Ann Lee", mode: .practice, right: 2)
        let once = try objects(XAPIStatements().statements(for: record)).map { $0["id"] as? String }
        let again = try objects(XAPIStatements().statements(for: record)).map { $0["id"] as? String }
        #expect(once == again)
        #expect(Set(once).count == once.count)
        #expect(once[0] == XAPIStatements.attemptStatementID(record).uuidString.lowercased())
        #expect(once[0]?.dropFirst(14).first == "5", "version 5")
        let practice = try objects(XAPIStatements().statements(for: record))[0]
        #expect((practice["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/completed")
        #expect((practice["result"] as? [String: Any])?["success"] == nil)
    }

    @Test func aQuestionAnsweredTwiceInOneAttemptGetsAStatementIdOfItsOwn() throws {
        var record = DeskFixtures.record(name: "Ann Lee", questions: 3)
        record.answers.append(record.answers[1])
        let made = try objects(XAPIStatements().statements(for: record)).map { $0["id"] as? String }
        #expect(Set(made).count == made.count, "a store refuses two statements with one id")
        #expect(made == XAPIStatements.statementIDs(of: record).map { $0.uuidString.lowercased() })
        #expect(made[2] == XAPIStatements.answerStatementID(record, questionID: record.answers[1].questionId).uuidString.lowercased(),
                "the first answer keeps the id it always had")
        var export = ExportBytes()
        _ = XAPIStatements().append(record, to: &export, separator: ",")
        #expect(String(decoding: export.bytes, as: UTF8.self).contains(made[4]!), "the export writes the same ids")
    }

    @Test func failedAndUnfinishedAttempts() throws {
        let failed = try objects(XAPIStatements().statements(for: DeskFixtures.record(name: "F", right: 1)))
        #expect((failed[0]["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/failed")
        #expect(XAPIStatements().statements(for: DeskFixtures.record(name: "G", status: .inProgress)).isEmpty)
        #expect(XAPIStatements().statements(for: DeskFixtures.record(name: "A", status: .abandoned)).isEmpty)
    }

    @Test func aKnownEmailBecomesTheMbox() throws {
        let emails = try TraineeEmails.parse("name,email\n\"Smith, John\",john.smith@example.gov.uk\nSiân O’Brien, sian@example.gov.uk\n", path: "emails.csv")
        #expect(emails.count == 2)
        let made = try objects(XAPIStatements(emails: emails).statements(for: DeskFixtures.record(name: "smith, john")))
        #expect(made[0]["actor"] as? [String: String] == ["objectType": "Agent", "name": "smith, john", "mbox": "mailto:john.smith@example.gov.uk"])
        #expect(throws: RecordsDeskError.badEmailLine(path: "e.csv", line: 2)) { try TraineeEmails.parse("name,email\nJohn Smith\n", path: "e.csv") }
    }

    @Test func durationsAreISO8601() {
        #expect(XAPIStatements.duration(0) == "PT0S")
        #expect(XAPIStatements.duration(20.5) == "PT20.5S")
        #expect(XAPIStatements.duration(3725) == "PT1H2M5S")
    }
}
