import Testing
@testable import TrainerModel
@testable import Training

struct ScoringTests {
    private func question(_ type: QuestionType, right: [Bool]) -> Question {
        Question(id: "q", type: type, kind: .scenario, roles: [.councillor], topic: .roles, stem: "Which?",
                 options: right.enumerated().map { QuestionOption(id: "o\($0.offset)", text: "Option \($0.offset)", correct: $0.element, feedback: "Because.") },
                 citations: [], difficulty: .easy, origin: "test")
    }

    @Test func oneAnswerIsAllOrNothing() {
        let q = question(.oneAnswer, right: [false, true, false])
        #expect(Scoring.score(q, chosen: ["o1"]) == 1)
        #expect(Scoring.score(q, chosen: ["o0"]) == 0)
        #expect(Scoring.score(q, chosen: []) == 0)
    }

    @Test func chooseAllGivesPartCreditAsMoodleDoes() {
        let q = question(.chooseAll, right: [true, true, true, false, false])
        #expect(Scoring.score(q, chosen: ["o0", "o1", "o2"]) == 1)
        #expect(abs(Scoring.score(q, chosen: ["o0", "o1"]) - 2.0 / 3) < 1e-9)
        #expect(abs(Scoring.score(q, chosen: ["o0", "o1", "o3"]) - 1.0 / 3) < 1e-9)
        #expect(Scoring.score(q, chosen: ["o0", "o3", "o4"]) == 0)
        #expect(Scoring.score(q, chosen: ["o3"]) == 0)
        #expect(abs(Scoring.score(q, chosen: ["o0", "o1", "o2", "o3", "o4"]) - 1.0 / 3) < 1e-9)
    }

    @Test func percentIsToOneDecimalPlace() {
        #expect(Scoring.percent(total: 2, questions: 3) == 66.7)
        #expect(Scoring.percent(total: 10, questions: 12) == 83.3)
        #expect(Scoring.percent(total: 0, questions: 0) == 0)
    }
}
