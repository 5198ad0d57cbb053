import Foundation

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

    public func begin(_ out: ExportOutput) {
        out.write(CSVText.byteOrderMark + CSVText.row((perAnswer ? Self.answerHeadings : Self.attemptHeadings).map(CSVText.field)))
    }

    public func add(_ record: TrainingRecord, source: Data, to out: ExportOutput) -> Bool {
        let facts = AttemptFacts(record)
        let who = [CSVText.textField(record.trainee.name), record.trainee.role.rawValue, CSVText.textField(facts.councilName),
                   record.mode.rawValue, CSVText.field(DeskDate.wallClock(record.startedAt, seconds: true))]
        let id = record.attemptId.uuidString.lowercased()
        guard perAnswer else {
            out.write(CSVText.row(who + [CSVText.field(DeskDate.wallClock(record.finishedAt, seconds: true)), facts.durationText,
                                         facts.percentText, facts.passMarkText, facts.outcome.rawValue,
                                         String(facts.questionsAnswered), String(facts.questionsAsked), facts.protocolVersion, id]))
            return true
        }
        for answer in record.answers {
            let number = (record.questionOrder.firstIndex(of: answer.questionId) ?? -1) + 1
            let verdict = answer.skipped ? "skipped" : answer.correct ? "right" : answer.score > 0 ? "partly right" : "wrong"
            out.write(CSVText.row(who + [id, number > 0 ? String(number) : "", CSVText.field(answer.questionId),
                                         CSVText.field(answer.response.joined(separator: " ")), verdict,
                                         AttemptFacts.number((answer.score * 1000).rounded() / 1000),
                                         CSVText.field(DeskDate.wallClock(answer.answeredAt, seconds: true)),
                                         AttemptFacts.number((answer.secondsTaken * 10).rounded() / 10)]))
        }
        return true
    }

    public func end(_ out: ExportOutput) {}
}
