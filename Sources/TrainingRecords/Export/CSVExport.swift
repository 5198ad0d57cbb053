import Foundation
import TrainerModel

/// Attempts as CSV for spreadsheets: one row per attempt, or one row per answer with `perAnswer`.
public struct CSVExport: ExportFormat {
    public let perAnswer: Bool

    /// One row per attempt, or per answer with `perAnswer`.
    public init(perAnswer: Bool) {
        self.perAnswer = perAnswer
    }

    static let attemptHeadings = ["name", "role", "council", "mode", "started", "finished", "duration", "score %", "pass mark",
                                  "result", "questions answered", "questions asked", "protocol version", "attempt id"]
    static let answerHeadings = ["name", "role", "council", "mode", "started", "attempt id", "question number", "question id",
                                 "response", "result", "score", "answered at", "seconds taken"]

    public var header: String {
        CSVText.byteOrderMark + CSVText.row((perAnswer ? Self.answerHeadings : Self.attemptHeadings).map(CSVText.field))
    }

    /// Rows end in CRLF, so nothing goes between them.
    public var separator: StaticString { "" }

    public func footer(afterAny: Bool) -> String { "" }

    public func add(_ record: TrainingRecord, source: UnsafeRawBufferPointer, to out: inout ExportBytes) -> Bool {
        let facts = AttemptFacts(record)
        // The columns every row starts with, written once per attempt.
        var who = ExportBytes(capacity: 128)
        CSVText.append(textField: record.trainee.name, to: &who)
        who.append(",")
        who.append(record.trainee.role.rawValue)
        who.append(",")
        CSVText.append(textField: facts.councilName, to: &who)
        who.append(",")
        who.append(record.mode.rawValue)
        who.append(",")
        CSVText.append(wallClockField: record.startedAt, to: &who)
        who.append(",")
        guard perAnswer else {
            out.append(bytes: who.bytes)
            CSVText.append(wallClockField: record.finishedAt, to: &out)
            out.append(",")
            out.append(facts.durationText)
            out.append(",")
            if let percent = facts.percent { out.append(number: percent) }
            out.append(",")
            if let passMark = facts.passMark { out.append(number: passMark) }
            out.append(",")
            out.append(facts.outcome.rawValue)
            out.append(",")
            out.append(integer: facts.questionsAnswered)
            out.append(",")
            out.append(integer: facts.questionsAsked)
            out.append(",")
            out.append(facts.protocolVersion)
            out.append(",")
            out.append(uuid: record.attemptId)
            out.append("\r\n")
            return true
        }
        for answer in record.answers {
            out.append(bytes: who.bytes)
            out.append(uuid: record.attemptId)
            out.append(",")
            if let index = record.questionOrder.firstIndex(of: answer.questionId) { out.append(integer: index + 1) }
            out.append(",")
            CSVText.append(field: answer.questionId, to: &out)
            out.append(",")
            CSVText.append(field: answer.response.count == 1 ? answer.response[0] : answer.response.joined(separator: " "), to: &out)
            out.append(",")
            out.append(answer.skipped ? "skipped" : answer.correct ? "right" : answer.score > 0 ? "partly right" : "wrong")
            out.append(",")
            out.append(number: (answer.score * 1000).rounded() / 1000)
            out.append(",")
            CSVText.append(wallClockField: answer.answeredAt, to: &out)
            out.append(",")
            out.append(number: (answer.secondsTaken * 10).rounded() / 10)
            out.append("\r\n")
        }
        return true
    }
}
