import Foundation
import TrainerModel

/// One training attempt as a state machine fed plain strings: no terminal, no files. The front end shows what it
/// returns and saves `record` whenever it changes.
public struct TrainingSession: Sendable {
    public private(set) var record: TrainingRecord
    private let questions: [Question]
    private let clauses: [String: String]
    private var shownAt: Date
    public private(set) var isOver = false

    /// Why a saved attempt cannot be continued with this bank.
    public enum ResumeError: Error, Equatable, CustomStringConvertible {
        case questionsMissing([String])

        public var description: String {
            switch self {
            case .questionsMissing(let ids):
                return "The unfinished attempt asked questions that are no longer in the bank (\(ids.prefix(3).joined(separator: ", "))\(ids.count > 3 ? " …" : "")). Start a new attempt instead."
            }
        }
    }

    /// `clauses` maps clause ids to their words, for the `clause` command; it may be empty.
    public init(record: TrainingRecord, bank: QuestionBank, clauses: [String: String] = [:], now: Date) throws(ResumeError) {
        let byID = Dictionary(bank.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let missing = record.questionOrder.filter { byID[$0] == nil }
        guard missing.isEmpty else { throw .questionsMissing(missing) }
        self.record = record
        self.questions = record.questionOrder.compactMap { byID[$0] }
        self.clauses = clauses
        self.shownAt = now
    }

    /// The question on screen now.
    public var position: Int { record.position }
    public var total: Int { questions.count }

    /// The prompt to show.
    public var prompt: String {
        guard !isOver, position < questions.count else { return "> " }
        switch questions[position].type {
        case .chooseAll: return "Your answers (e.g. A C) > "
        case .yesNo: return "Your answer (Y or N) > "
        default: return "Your answer > "
        }
    }

    /// What Tab completes at the prompt: this question's letters and the commands.
    public var completions: [String] {
        guard !isOver, position < questions.count else { return AnswerInput.commands }
        let letters = (0..<questions[position].options.count).map(letter)
        return letters + AnswerInput.commands.filter(isAvailable)
    }

    /// The screen to show on starting or resuming.
    public mutating func start(now: Date) -> [SessionOutput] {
        if questions.isEmpty || position >= questions.count { return finish(now: now) }
        shownAt = now
        return [.question(screen())]
    }

    /// Handles one line typed at the prompt.
    public mutating func handle(_ line: String, now: Date) -> [SessionOutput] {
        guard !isOver else { return [] }
        let question = questions[position]
        switch AnswerInput.parse(line, type: question.type, optionCount: question.options.count) {
        case .invalid(let hint):
            return [.hint(hint)]
        case .help:
            return [.help(helpText)]
        case .quit:
            return pause(now: now)
        case .back:
            guard record.mode.isExam else { return [.hint("There is no going back in practice: each answer is marked as you go.")] }
            guard position > 0 else { return [.hint("This is the first question.")] }
            record.position -= 1
            touch(now)
            shownAt = now
            return [.question(screen())]
        case .clause:
            guard record.mode == .practice else {
                return [.hint("The clauses are shown with the results at the end; in practice mode you can see them as you go.")]
            }
            return [.clauses(clauseTexts(for: question))]
        case .skip:
            return answer(question, chosenIndices: [], skipped: true, now: now)
        case .choose(let indices):
            return answer(question, chosenIndices: indices, skipped: false, now: now)
        }
    }

    /// Ctrl-D, end of input or a second Ctrl-C: keep what has been answered so the attempt can be resumed.
    public mutating func pause(now: Date) -> [SessionOutput] {
        guard !isOver else { return [] }
        isOver = true
        touch(now)
        return [.paused]
    }

    // MARK: Answering

    private mutating func answer(_ question: Question, chosenIndices: [Int], skipped: Bool, now: Date) -> [SessionOutput] {
        let order = record.optionOrder[question.id] ?? question.options.map(\.id)
        let chosen = chosenIndices.map { order[$0] }
        let score = Scoring.score(question, chosen: Set(chosen))
        let answer = RecordedAnswer(questionId: question.id, response: chosen, correct: score == 1, score: score, skipped: skipped,
                                    answeredAt: Timestamp.string(now), secondsTaken: max(0, (now.timeIntervalSince(shownAt) * 10).rounded() / 10))
        if let existing = record.answers.firstIndex(where: { $0.questionId == question.id }) {
            record.answers[existing] = answer
        } else {
            record.answers.append(answer)
        }
        var outputs: [SessionOutput] = []
        if record.mode == .practice, !skipped { outputs.append(.feedback(feedback(question, chosen: chosen, score: score))) }
        record.position += 1
        touch(now)
        if record.position >= questions.count {
            outputs += finish(now: now)
        } else {
            shownAt = now
            outputs.append(.question(screen()))
        }
        return outputs
    }

    private mutating func finish(now: Date) -> [SessionOutput] {
        isOver = true
        let result = Self.result(of: record, questions: questions)
        record.result = result
        record.status = .completed
        record.finishedAt = Timestamp.string(now)
        record.position = questions.count
        touch(now)
        return [.finished(AttemptSummary(mode: record.mode, result: result, answered: record.answers.filter { !$0.skipped }.count,
                                         total: questions.count, review: review()))]
    }

    /// Score, pass or fail, and results per topic.
    static func result(of record: TrainingRecord, questions: [Question]) -> AttemptResult {
        let scores = Dictionary(record.answers.map { ($0.questionId, $0.score) }, uniquingKeysWith: { _, last in last })
        let total = questions.reduce(0) { $0 + (scores[$1.id] ?? 0) }
        let percent = Scoring.percent(total: total, questions: questions.count)
        var topics: [TopicResult] = []
        for topic in Topic.allCases {
            let asked = questions.filter { $0.topic == topic }
            guard !asked.isEmpty else { continue }
            let score = asked.reduce(0) { $0 + (scores[$1.id] ?? 0) }
            topics.append(TopicResult(topic: topic, questions: asked.count, score: (score * 100).rounded() / 100,
                                      percent: Scoring.percent(total: score, questions: asked.count)))
        }
        let passMark = record.mode.isExam ? record.passMark : nil
        return AttemptResult(percent: percent, passMark: passMark, passed: passMark.map { percent >= $0 }, topics: topics)
    }

    // MARK: Screens

    private func screen() -> QuestionScreen {
        let question = questions[position]
        let order = record.optionOrder[question.id] ?? question.options.map(\.id)
        let previous = record.answer(to: question.id).map { answer in
            answer.response.compactMap { id in order.firstIndex(of: id).map(letter) }
        }
        return QuestionScreen(number: position + 1, total: questions.count, stem: question.stem,
                              options: order.compactMap { id in question.options.first { $0.id == id }?.text },
                              type: question.type, previousAnswer: previous)
    }

    private func feedback(_ question: Question, chosen: [String], score: Double) -> AnswerFeedback {
        let order = record.optionOrder[question.id] ?? question.options.map(\.id)
        let options = order.enumerated().compactMap { index, id -> (String, String, Bool, String)? in
            guard let option = question.options.first(where: { $0.id == id }) else { return nil }
            return (letter(index), option.text, option.correct, option.feedback)
        }
        return AnswerFeedback(score: score, chosenLetters: chosen.compactMap { id in order.firstIndex(of: id).map(letter) },
                              rightLetters: options.filter { $0.2 }.map { $0.0 }, options: options, citations: question.citations)
    }

    private func review() -> [ReviewItem] {
        questions.enumerated().compactMap { index, question in
            let answer = record.answer(to: question.id)
            guard (answer?.score ?? 0) < 1 else { return nil }
            let order = record.optionOrder[question.id] ?? question.options.map(\.id)
            let right = question.options.filter(\.correct)
            return ReviewItem(
                number: index + 1, stem: question.stem,
                yourAnswer: (answer?.response ?? []).compactMap { id in question.options.first { $0.id == id }.map { option in
                    "\(order.firstIndex(of: id).map(letter) ?? "?"). \(option.text)" } },
                rightAnswer: right.map { option in "\(order.firstIndex(of: option.id).map(letter) ?? "?"). \(option.text)" },
                explanation: right.first?.feedback ?? "", citations: question.citations)
        }
    }

    private func clauseTexts(for question: Question) -> [ClauseText] {
        var seen: Set<String> = []
        return question.citations.compactMap { citation in
            guard seen.insert(citation.clause).inserted else { return nil }
            return ClauseText(id: citation.clause, text: clauses[citation.clause] ?? citation.quote)
        }
    }

    private func isAvailable(_ command: String) -> Bool {
        switch command {
        case "back": return record.mode.isExam
        case "clause": return record.mode == .practice
        default: return true
        }
    }

    private var helpText: String {
        var lines = [
            "Type the letter of your answer and press Enter.",
            "For \"choose all that apply\" questions, type every letter that applies, e.g. A C or a,c.",
            "For yes/no questions, type Y or N.",
            "skip   leave this question and go on (it scores nothing)",
        ]
        if record.mode.isExam { lines.append("back   go back to the previous question to change your answer") }
        if record.mode == .practice { lines.append("clause show the protocol's words this question is about") }
        lines.append("quit   stop now; your answers are saved and you can carry on later")
        lines.append("Tab completes letters and commands; Ctrl-C clears the line; Ctrl-D also saves and stops.")
        return lines.joined(separator: "\n")
    }

    private mutating func touch(_ now: Date) {
        record.updatedAt = Timestamp.string(now)
    }
}

/// "A" for 0, "B" for 1 …
func letter(_ index: Int) -> String {
    String(UnicodeScalar(UInt8(65 + index)))
}
