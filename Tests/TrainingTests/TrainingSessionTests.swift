import Foundation
import Testing
@testable import TestSupport
@testable import TrainerModel
@testable import Training

/// The session is a state machine fed plain strings: whole attempts, scripted.
struct TrainingSessionTests {
    static let bank = try! Banks.committed("iminster")
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    private func newRecord(mode: TrainingMode, count: Int = 6, seed: UInt64 = 5) -> TrainingRecord {
        let selection = QuestionSelection(bank: Self.bank, role: .councillor, mode: mode, count: count, seed: seed)
        return TrainingRecord(attemptId: UUID(), toolVersion: "test", trainee: Trainee(name: "Siân O'Brien", role: .councillor),
                              council: Self.bank.council, councilSlug: "iminster", mode: mode, startedAt: Timestamp.string(start),
                              bankSHA256: "b", protocolSHA256: Self.bank.source.sha256, seed: seed,
                              questionOrder: selection.questions.map(\.id), optionOrder: selection.optionOrder,
                              passMark: mode.isExam ? 80 : nil)
    }

    /// The letters of the right options as shown, e.g. "A C".
    private func rightAnswer(_ session: TrainingSession) -> String {
        let id = session.record.questionOrder[session.position]
        let question = Self.bank.question(id: id)!
        let order = session.record.optionOrder[id]!
        return order.enumerated().filter { index, optionID in question.options.first { $0.id == optionID }!.correct }
            .map { String(UnicodeScalar(UInt8(65 + $0.offset))) }.joined(separator: " ")
    }

    private func wrongAnswer(_ session: TrainingSession) -> String {
        let id = session.record.questionOrder[session.position]
        let question = Self.bank.question(id: id)!
        let order = session.record.optionOrder[id]!
        let index = order.firstIndex { optionID in !question.options.first { $0.id == optionID }!.correct }!
        return String(UnicodeScalar(UInt8(65 + index)))
    }

    @Test func aWholeInductionAnsweredRightPasses() throws {
        var session = try TrainingSession(record: newRecord(mode: .induction), bank: Self.bank, now: start)
        var outputs = session.start(now: start)
        guard case .question(let first) = outputs.first else { Issue.record("no first question"); return }
        #expect(first.number == 1 && first.total == 6)
        var clock = start
        while !session.isOver {
            clock += 7
            outputs = session.handle(rightAnswer(session), now: clock)
        }
        guard case .finished(let summary) = outputs.last else { Issue.record("not finished"); return }
        #expect(summary.result.percent == 100)
        #expect(summary.result.passed == true)
        #expect(summary.review.isEmpty)
        #expect(session.record.status == .completed)
        #expect(session.record.answers.count == 6)
        #expect(session.record.answers.allSatisfy { $0.correct && $0.score == 1 && $0.secondsTaken == 7 })
        #expect(session.record.finishedAt == Timestamp.string(clock))
    }

    @Test func wrongAndSkippedAnswersAreReviewedAtTheEnd() throws {
        var session = try TrainingSession(record: newRecord(mode: .induction, count: 5), bank: Self.bank, now: start)
        _ = session.start(now: start)
        _ = session.handle(wrongAnswer(session), now: start)
        _ = session.handle("skip", now: start)
        var outputs: [SessionOutput] = []
        while !session.isOver { outputs = session.handle(rightAnswer(session), now: start) }
        guard case .finished(let summary) = outputs.last else { Issue.record("not finished"); return }
        #expect(summary.result.percent == 60)
        #expect(summary.result.passed == false)
        #expect(summary.review.map(\.number) == [1, 2])
        #expect(summary.review[1].yourAnswer.isEmpty)
        #expect(!summary.review[0].citations.isEmpty)
        #expect(session.record.answers[1].skipped && session.record.answers[1].response.isEmpty)
    }

    @Test func backLetsTheTraineeChangeAnAnswer() throws {
        var session = try TrainingSession(record: newRecord(mode: .induction, count: 3), bank: Self.bank, now: start)
        _ = session.start(now: start)
        _ = session.handle(wrongAnswer(session), now: start)
        let outputs = session.handle("back", now: start)
        guard case .question(let screen) = outputs.first else { Issue.record("did not go back"); return }
        #expect(screen.number == 1)
        #expect(screen.previousAnswer?.count == 1)
        _ = session.handle(rightAnswer(session), now: start)
        #expect(session.record.answers.count == 1)
        #expect(session.record.answers[0].correct)
        #expect(session.position == 1)
    }

    @Test func badInputAsksTheSameQuestionAgain() throws {
        var session = try TrainingSession(record: newRecord(mode: .induction, count: 3), bank: Self.bank, now: start)
        _ = session.start(now: start)
        for input in ["Z", "AA", "", "back"] {
            let outputs = session.handle(input, now: start)
            guard case .hint = outputs.first else { Issue.record("\(input) was not queried"); return }
            #expect(outputs.count == 1)
            #expect(session.position == 0)
        }
        #expect(session.record.answers.isEmpty)
    }

    @Test func practiceExplainsEachAnswerAndShowsTheClause() throws {
        let clauses = ["2.3": "A Councillor acting as an individual cannot give instructions to a Council employee"]
        var session = try TrainingSession(record: newRecord(mode: .practice, count: 4), bank: Self.bank, clauses: clauses, now: start)
        _ = session.start(now: start)
        let clauseOutput = session.handle("clause", now: start)
        guard case .clauses(let texts) = clauseOutput.first else { Issue.record("no clause shown"); return }
        #expect(!texts.isEmpty)
        let outputs = session.handle(wrongAnswer(session), now: start)
        guard case .feedback(let feedback) = outputs.first else { Issue.record("no feedback"); return }
        #expect(feedback.score < 1)
        #expect(feedback.options.allSatisfy { !$0.feedback.isEmpty })
        #expect(!feedback.citations.isEmpty)
        guard case .question(let next) = outputs.last else { Issue.record("no next question"); return }
        #expect(next.number == 2)
        while !session.isOver { _ = session.handle(rightAnswer(session), now: start) }
        #expect(session.record.result?.passed == nil)
        #expect(session.record.result?.passMark == nil)
    }

    @Test func quittingPausesAndTheAttemptResumesWhereItStopped() throws {
        var session = try TrainingSession(record: newRecord(mode: .induction, count: 4), bank: Self.bank, now: start)
        _ = session.start(now: start)
        _ = session.handle(rightAnswer(session), now: start)
        #expect(session.handle("quit", now: start) == [.paused])
        #expect(session.isOver)
        #expect(session.record.status == .inProgress)
        var resumed = try TrainingSession(record: session.record, bank: Self.bank, now: start)
        guard case .question(let screen) = resumed.start(now: start).first else { Issue.record("no question on resume"); return }
        #expect(screen.number == 2)
        while !resumed.isOver { _ = resumed.handle(rightAnswer(resumed), now: start) }
        #expect(resumed.record.result?.percent == 100)
    }

    @Test func resumingWithABankThatLostTheQuestionsIsRefusedPlainly() {
        var record = newRecord(mode: .induction)
        record.questionOrder[0] = "q-000000000000"
        #expect(throws: TrainingSession.ResumeError.questionsMissing(["q-000000000000"])) {
            try TrainingSession(record: record, bank: Self.bank, now: start)
        }
    }

    @Test func tabCompletesTheLettersAndTheModesCommands() throws {
        var session = try TrainingSession(record: newRecord(mode: .practice, count: 2), bank: Self.bank, now: start)
        _ = session.start(now: start)
        #expect(session.completions.contains("A"))
        #expect(session.completions.contains("clause"))
        #expect(!session.completions.contains("back"))
    }
}
