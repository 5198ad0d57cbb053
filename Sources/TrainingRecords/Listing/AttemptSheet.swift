import TrainerModel

/// One attempt in full, for `records show`: who, when, the result by topic, and every answer.
public enum AttemptSheet {
    /// The attempt as plain text, `path` being its file; with the council's `bank`, each question's words too.
    public static func render(_ record: TrainingRecord, path: String, bank: QuestionBank? = nil) -> String {
        let facts = AttemptFacts(record)
        var lines = ["Attempt \(record.attemptId.uuidString.lowercased())", "File: \(path)", ""]
        lines.append("Name: \(record.trainee.name)")
        lines.append("Role: \(record.trainee.role.rawValue)")
        lines.append("Council: \(facts.councilName)" + (record.councilSlug.map { " (\($0))" } ?? ""))
        lines.append("Mode: \(record.mode.rawValue)")
        lines.append("Result: \(resultLine(facts))")
        lines.append("Started: \(Timestamp.wallClock(record.startedAt))")
        lines.append("Finished: \(record.finishedAt.map { Timestamp.wallClock($0) } ?? "not finished")")
        lines.append("Last saved: \(Timestamp.wallClock(record.updatedAt))")
        lines.append("Time spent answering: \(facts.durationText)")
        lines.append("Questions: \(facts.questionsAsked) asked, \(facts.questionsAnswered) answered, \(facts.questionsSkipped) skipped")
        lines.append("Protocol version: \(facts.protocolVersion) (question bank \(record.bankSHA256.prefix(12)), seed \(record.seed), protocol-trainer \(record.toolVersion))")
        if let topics = record.result?.topics, !topics.isEmpty {
            lines += ["", "By topic:"]
            let width = topics.map(\.topic.title.count).max() ?? 0
            for topic in topics {
                let questions = "\(topic.questions) question\(topic.questions == 1 ? "" : "s")"
                let percent = AttemptFacts.number(topic.percent) + "%"
                let padded = String(repeating: " ", count: max(0, 6 - percent.count)) + percent
                lines.append("  \(topic.topic.title.padding(toLength: width, withPad: " ", startingAt: 0))  \(padded)  (\(questions))")
            }
        }
        lines += ["", record.answers.isEmpty ? "No answers yet." : "Answers:"]
        var worded = false
        for (index, questionID) in record.questionOrder.enumerated() {
            guard let answer = record.answer(to: questionID) else {
                lines.append("  \(index + 1). \(questionID): not answered")
                continue
            }
            let verdict = answer.skipped ? "skipped" : answer.correct ? "right" : answer.score > 0 ? "partly right" : "wrong"
            let letters = letters(for: answer, options: record.optionOrder[questionID] ?? [])
            var line = "  \(index + 1). \(questionID): \(verdict)"
            if !answer.skipped { line += ", chose \(letters) (\(answer.response.joined(separator: ", ")))" }
            line += ", \(AttemptFacts.number((answer.score * 100).rounded() / 100)) mark\(answer.score == 1 ? "" : "s")"
            line += ", \(Int(answer.secondsTaken.rounded())) s, at \(Timestamp.wallClock(answer.answeredAt, seconds: true))"
            lines.append(line)
            if let question = bank?.question(id: questionID) {
                lines += wording(of: question, answer: answer)
                worded = true
            }
        }
        if worded { lines += ["", "(The questions' wording is from the council's question bank as it is now.)"] }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The question and the options chosen, in the bank's words, so the clerk need not look the ids up.
    private static func wording(of question: Question, answer: RecordedAnswer) -> [String] {
        func text(_ ids: [String]) -> String {
            ids.compactMap { id in question.options.first { $0.id == id }.map { "“\($0.text)”" } }.joined(separator: " and ")
        }
        var lines = ["     Question: \(question.stem)"]
        if !answer.skipped { lines.append("     Chose: \(text(answer.response))") }
        if !answer.correct { lines.append("     Right answer: \(text(question.options.filter(\.correct).map(\.id)))") }
        return lines
    }

    static func resultLine(_ facts: AttemptFacts) -> String {
        let score = facts.percentText.isEmpty ? "" : " with \(facts.percentText)%"
        let mark = facts.passMarkText.isEmpty ? "" : " (pass mark \(facts.passMarkText)%)"
        switch facts.outcome {
        case .passed: return "passed\(score)\(mark)"
        case .failed: return "not passed\(score)\(mark)"
        case .completed: return "completed\(score) (practice has no pass mark)"
        case .inProgress: return "in progress, \(facts.record.answers.count) of \(facts.questionsAsked) answered"
        case .abandoned: return "abandoned after \(facts.record.answers.count) of \(facts.questionsAsked) questions"
        }
    }

    /// The letters the trainee saw (A, B, C …) for the options chosen.
    static func letters(for answer: RecordedAnswer, options: [String]) -> String {
        answer.response.map { id in
            options.firstIndex(of: id).map { String(UnicodeScalar(UInt8(65 + min($0, 25)))) } ?? "?"
        }.joined(separator: ",")
    }
}
