import Crypto
import Foundation

/// xAPI 1.0.3 statements for one finished attempt: passed, failed or completed for the attempt, and one `answered`
/// statement per answer linked to it, with ids that are the same every time the attempt is exported.
public struct XAPIStatements: Sendable {
    /// The council's web address: trainees are identified by an account there, and the activities are named under it.
    public var homePage: String?
    /// Trainees' email addresses by name (as `PersonName.key`), where the clerk supplied them.
    public var emails: [String: String]

    public init(homePage: String? = nil, emails: [String: String] = [:]) {
        self.homePage = homePage
        self.emails = emails
    }

    static let verbs = "http://adlnet.gov/expapi/verbs/"

    /// The council's home page for the record: as given, else a placeholder address that can never be a real site.
    public func homePage(for record: TrainingRecord) -> String {
        if let homePage { return homePage.hasSuffix("/") ? String(homePage.dropLast()) : homePage }
        return "https://\(Self.slug(record)).council.invalid"
    }

    /// Statement ids: UUID v5 of the attempt, and of the attempt and question.
    public static func attemptStatementID(_ record: TrainingRecord) -> UUID {
        NameBasedUUID.make(namespace: NameBasedUUID.statements, name: "attempt/" + record.attemptId.uuidString.lowercased())
    }

    public static func answerStatementID(_ record: TrainingRecord, questionID: String) -> UUID {
        NameBasedUUID.make(namespace: NameBasedUUID.statements,
                           name: "attempt/" + record.attemptId.uuidString.lowercased() + "/question/" + questionID)
    }

    /// The statements as JSON objects; none for an attempt still going on or abandoned, since a learning record store
    /// cannot take back a statement once sent and an unfinished attempt's answers may still change.
    public func statements(for record: TrainingRecord) -> [String] {
        guard record.status == .completed else { return [] }
        let facts = AttemptFacts(record)
        let home = homePage(for: record)
        let actor = actor(record, home: home)
        let quiz = quizActivity(record, home: home)
        let registration = JSONText.string(record.attemptId.uuidString.lowercased())
        let platform = JSONText.string("protocol-trainer " + record.toolVersion)
        let verb = switch facts.outcome {
        case .passed: "passed"
        case .failed: "failed"
        default: "completed"
        }
        let maximum = Double(max(1, facts.questionsAsked))
        let score = JSONText.object(["scaled": JSONText.number(min(1, max(0, (facts.percent ?? 0) / 100))),
                                     "raw": JSONText.number(min(maximum, max(0, (facts.marks * 1000).rounded() / 1000))),
                                     "min": "0", "max": JSONText.number(maximum)])
        let result = JSONText.object(["score": score, "success": record.result?.passed.map { $0 ? "true" : "false" },
                                      "completion": "true", "duration": JSONText.string(Self.duration(facts.secondsSpent))])
        let context = JSONText.object(["registration": registration, "platform": platform, "language": "\"en-GB\""])
        var statements = [JSONText.object([
            "id": JSONText.string(Self.attemptStatementID(record).uuidString.lowercased()),
            "actor": actor, "verb": Self.verb(verb), "object": quiz, "result": result, "context": context,
            "timestamp": (record.finishedAt ?? record.updatedAt).isEmpty ? nil : JSONText.string(record.finishedAt ?? record.updatedAt),
            "version": "\"1.0.3\"",
        ])]
        let parent = JSONText.object(["registration": registration, "platform": platform, "language": "\"en-GB\"",
                                      "contextActivities": "{\"parent\":[\(quiz)]}"])
        for answer in record.answers {
            let answerResult = JSONText.object([
                "score": "{\"scaled\":\(JSONText.number(min(1, max(0, answer.score))))}",
                "success": answer.correct ? "true" : "false",
                // xAPI forbids empty values, so a skipped question has no response at all.
                "response": answer.response.isEmpty ? nil : JSONText.string(answer.response.joined(separator: "[,]")),
                "duration": JSONText.string(Self.duration(answer.secondsTaken)),
            ])
            statements.append(JSONText.object([
                "id": JSONText.string(Self.answerStatementID(record, questionID: answer.questionId).uuidString.lowercased()),
                "actor": actor, "verb": Self.verb("answered"), "object": questionActivity(answer.questionId, home: home),
                "result": answerResult, "context": parent, "timestamp": JSONText.string(answer.answeredAt), "version": "\"1.0.3\"",
            ]))
        }
        return statements
    }

    /// An mbox where the clerk gave an email, else an account at the council's home page with the trainee's short key.
    func actor(_ record: TrainingRecord, home: String) -> String {
        let name = JSONText.string(record.trainee.name)
        if let email = emails[PersonName.key(record.trainee.name)] {
            return JSONText.object(["objectType": "\"Agent\"", "name": name, "mbox": JSONText.string("mailto:" + email)])
        }
        let account = JSONText.object(["homePage": JSONText.string(home), "name": JSONText.string(Self.traineeKey(record.trainee))])
        return JSONText.object(["objectType": "\"Agent\"", "name": name, "account": account])
    }

    func quizActivity(_ record: TrainingRecord, home: String) -> String {
        let title = "\(AttemptFacts(record).councilName): Protocol on Member/Officer Relations, \(record.mode.rawValue)"
        let definition = JSONText.object(["name": "{\"en-GB\":\(JSONText.string(title))}",
                                          "type": "\"http://adlnet.gov/expapi/activities/assessment\""])
        return JSONText.object(["objectType": "\"Activity\"",
                                "id": JSONText.string("\(home)/protocol-trainer/\(Self.slug(record))/\(record.mode.rawValue)"),
                                "definition": definition])
    }

    func questionActivity(_ questionID: String, home: String) -> String {
        let plain = questionID.utf8.allSatisfy { $0 < 0x80 && (Character(UnicodeScalar($0)).isLetter || Character(UnicodeScalar($0)).isNumber || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_")) }
        let safe = plain ? questionID : questionID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? questionID
        let definition = JSONText.object(["name": "{\"en-GB\":\(JSONText.string("Question " + questionID))}",
                                          "type": "\"http://adlnet.gov/expapi/activities/cmi.interaction\""])
        return JSONText.object(["objectType": "\"Activity\"", "id": JSONText.string("\(home)/protocol-trainer/questions/\(safe)"),
                                "definition": definition])
    }

    static func verb(_ name: String) -> String {
        "{\"id\":\"\(verbs)\(name)\",\"display\":{\"en-GB\":\"\(name)\"}}"
    }

    /// ISO 8601 duration to the hundredth of a second, as xAPI asks: "PT12M30.5S".
    static func duration(_ seconds: Double) -> String {
        let hundredths = Int((max(0, seconds) * 100).rounded())
        let hours = hundredths / 360_000, minutes = hundredths / 6000 % 60, rest = Double(hundredths % 6000) / 100
        var text = "PT"
        if hours > 0 { text += "\(hours)H" }
        if minutes > 0 { text += "\(minutes)M" }
        if rest > 0 || text == "PT" { text += JSONText.number(rest) + "S" }
        return text
    }

    /// The council's short name for addresses: its folder name, else its name in lower case with dashes.
    static func slug(_ record: TrainingRecord) -> String {
        if let slug = record.councilSlug, !slug.isEmpty { return slug }
        let words = (record.council ?? "council").lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : " " }
        let slug = String(words).split(separator: " ").joined(separator: "-")
        return slug.isEmpty ? "council" : slug
    }

    /// The trainee's short key, as `Trainee.fileKey` gives it, without its per-byte string formatting (which was a tenth
    /// of an xAPI export's time).
    static func traineeKey(_ trainee: Trainee) -> String {
        let digest = SHA256.hash(data: Data((trainee.name + "\u{1F}" + trainee.role.rawValue).utf8))
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        for byte in digest.prefix(8) { hex += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        return String(decoding: hex, as: UTF8.self)
    }
}
