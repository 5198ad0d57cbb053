import Foundation
import TrainerModel

/// Writes one finished attempt's xAPI statements as bytes. What every statement of the attempt shares (the actor, the
/// quiz activity, the context) is written once here and copied into each statement: an attempt of 12 answers has 13
/// statements, and building each from Strings was three quarters of an xAPI export's time.
struct XAPIStatementWriter {
    let record: TrainingRecord
    let facts: AttemptFacts
    let home: String
    /// "attempt/<attempt id>", the name the statement ids are made from.
    let idName: ExportBytes
    let actor: ExportBytes
    let quiz: ExportBytes
    /// `"registration":…,"platform":…,"language":"en-GB"`: the context's members, without braces.
    let contextMembers: ExportBytes

    init(_ record: TrainingRecord, statements: XAPIStatements) {
        self.record = record
        facts = AttemptFacts(record)
        home = statements.homePage(for: record)
        var idName = ExportBytes(capacity: 44)
        idName.append("attempt/")
        idName.append(uuid: record.attemptId)
        self.idName = idName
        actor = Self.actor(record, home: home, emails: statements.emails)
        quiz = Self.quizActivity(record, councilName: facts.councilName, home: home)
        var context = ExportBytes(capacity: 128)
        context.append("\"registration\":\"")
        context.append(bytes: idName.bytes.dropFirst(8))
        context.append("\",\"platform\":\"protocol-trainer ")
        JSONText.append(stringContent: record.toolVersion, to: &context)
        context.append("\",\"language\":\"en-GB\"")
        contextMembers = context
    }

    /// The attempt's own statement: passed, failed or (practice) completed, with the score.
    func appendAttemptStatement(to out: inout ExportBytes) {
        out.append("{\"id\":\"")
        idName.bytes.withUnsafeBytes { NameBasedUUID.append(namespace: NameBasedUUID.statements, name: $0, to: &out) }
        out.append("\",\"actor\":")
        out.append(bytes: actor.bytes)
        out.append(",\"verb\":")
        switch facts.outcome {
        case .passed: out.append("{\"id\":\"http://adlnet.gov/expapi/verbs/passed\",\"display\":{\"en-GB\":\"passed\"}}")
        case .failed: out.append("{\"id\":\"http://adlnet.gov/expapi/verbs/failed\",\"display\":{\"en-GB\":\"failed\"}}")
        default: out.append("{\"id\":\"http://adlnet.gov/expapi/verbs/completed\",\"display\":{\"en-GB\":\"completed\"}}")
        }
        out.append(",\"object\":")
        out.append(bytes: quiz.bytes)
        let maximum = Double(max(1, facts.questionsAsked))
        out.append(",\"result\":{\"score\":{\"scaled\":")
        JSONText.append(number: min(1, max(0, (facts.percent ?? 0) / 100)), to: &out)
        out.append(",\"raw\":")
        JSONText.append(number: min(maximum, max(0, (facts.marks * 1000).rounded() / 1000)), to: &out)
        out.append(",\"min\":0,\"max\":")
        JSONText.append(number: maximum, to: &out)
        out.append("}")
        if let passed = record.result?.passed { out.append(passed ? ",\"success\":true" : ",\"success\":false") }
        out.append(",\"completion\":true,\"duration\":\"")
        XAPIStatements.append(duration: facts.secondsSpent, to: &out)
        out.append("\"},\"context\":{")
        out.append(bytes: contextMembers.bytes)
        out.append("}")
        let timestamp = record.finishedAt ?? record.updatedAt
        if !timestamp.isEmpty {
            out.append(",\"timestamp\":")
            JSONText.append(string: timestamp, to: &out)
        }
        out.append(",\"version\":\"1.0.3\"}")
    }

    /// One `answered` statement, its context naming the attempt's quiz as parent; `occurrence` as
    /// `XAPIStatements.answerStatementID` counts it.
    func appendAnswerStatement(_ answer: RecordedAnswer, occurrence: Int = 1, to out: inout ExportBytes) {
        out.append("{\"id\":\"")
        var name = ExportBytes(capacity: idName.count + 14 + answer.questionId.utf8.count)
        name.append(bytes: idName.bytes)
        name.append("/question/")
        name.append(answer.questionId)
        if occurrence > 1 {
            name.append("/")
            name.append(integer: occurrence)
        }
        name.bytes.withUnsafeBytes { NameBasedUUID.append(namespace: NameBasedUUID.statements, name: $0, to: &out) }
        out.append("\",\"actor\":")
        out.append(bytes: actor.bytes)
        out.append(",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/answered\",\"display\":{\"en-GB\":\"answered\"}}")
        out.append(",\"object\":")
        Self.appendQuestionActivity(answer.questionId, home: home, to: &out)
        out.append(",\"result\":{\"score\":{\"scaled\":")
        JSONText.append(number: min(1, max(0, answer.score)), to: &out)
        out.append(answer.correct ? "},\"success\":true" : "},\"success\":false")
        // xAPI forbids empty values, so a skipped question has no response at all.
        if !answer.response.isEmpty {
            out.append(",\"response\":")
            JSONText.append(string: answer.response.count == 1 ? answer.response[0] : answer.response.joined(separator: "[,]"), to: &out)
        }
        out.append(",\"duration\":\"")
        XAPIStatements.append(duration: answer.secondsTaken, to: &out)
        out.append("\"},\"context\":{")
        out.append(bytes: contextMembers.bytes)
        out.append(",\"contextActivities\":{\"parent\":[")
        out.append(bytes: quiz.bytes)
        out.append("]}},\"timestamp\":")
        JSONText.append(string: answer.answeredAt, to: &out)
        out.append(",\"version\":\"1.0.3\"}")
    }

    /// An mbox where the clerk gave an email, else an account at the council's home page with the trainee's short key.
    static func actor(_ record: TrainingRecord, home: String, emails: [String: String]) -> ExportBytes {
        var out = ExportBytes(capacity: 160)
        out.append("{\"objectType\":\"Agent\",\"name\":")
        JSONText.append(string: record.trainee.name, to: &out)
        // The name's key is worth working out only when there are emails to look it up in.
        if !emails.isEmpty, let email = emails[PersonName.key(record.trainee.name)] {
            out.append(",\"mbox\":\"mailto:")
            JSONText.append(stringContent: email, to: &out)
            out.append("\"}")
            return out
        }
        out.append(",\"account\":{\"homePage\":")
        JSONText.append(string: home, to: &out)
        out.append(",\"name\":")
        JSONText.append(string: XAPIStatements.traineeKey(record.trainee), to: &out)
        out.append("}}")
        return out
    }

    static func quizActivity(_ record: TrainingRecord, councilName: String, home: String) -> ExportBytes {
        var out = ExportBytes(capacity: 256)
        out.append("{\"objectType\":\"Activity\",\"id\":\"")
        JSONText.append(stringContent: home, to: &out)
        out.append("/protocol-trainer/")
        JSONText.append(stringContent: XAPIStatements.slug(record), to: &out)
        out.append("/")
        out.append(record.mode.rawValue)
        out.append("\",\"definition\":{\"name\":{\"en-GB\":\"")
        JSONText.append(stringContent: councilName, to: &out)
        out.append(": Protocol on Member/Officer Relations, ")
        out.append(record.mode.rawValue)
        out.append("\"},\"type\":\"http://adlnet.gov/expapi/activities/assessment\"}}")
        return out
    }

    static func appendQuestionActivity(_ questionID: String, home: String, to out: inout ExportBytes) {
        // Question ids are letters, digits, dashes and underscores; anything else is percent-encoded in the address.
        let plain = questionID.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"): true
            default: false
            }
        }
        let safe = plain ? questionID : questionID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/"])) ?? questionID
        out.append("{\"objectType\":\"Activity\",\"id\":\"")
        JSONText.append(stringContent: home, to: &out)
        out.append("/protocol-trainer/questions/")
        JSONText.append(stringContent: safe, to: &out)
        out.append("\",\"definition\":{\"name\":{\"en-GB\":\"Question ")
        JSONText.append(stringContent: questionID, to: &out)
        out.append("\"},\"type\":\"http://adlnet.gov/expapi/activities/cmi.interaction\"}}")
    }
}
