import Testing
@testable import ProtocolTrainerKit

struct QuestionSelectionTests {
    static let bank = try! Banks.committed("wimborne-minster")

    @Test(arguments: [(TraineeRole.councillor, UInt64(1)), (.officer, 2), (.councillor, 99), (.officer, 12345)])
    func choosesForTheRoleAcrossTopicsAndNeverRetired(role: TraineeRole, seed: UInt64) {
        var bank = Self.bank
        for index in bank.questions.indices where index % 5 == 0 { bank.questions[index].status = .retired }
        let selection = QuestionSelection(bank: bank, role: role, mode: .induction, count: 12, seed: seed)
        #expect(selection.questions.count == 12)
        #expect(selection.questions.allSatisfy { $0.roles.contains(role) && $0.status != .retired })
        #expect(Set(selection.questions.map(\.id)).count == 12)
        let available = Set(bank.questions.filter { $0.roles.contains(role) && $0.status != .retired }.map(\.topic))
        let topics = Set(selection.questions.map(\.topic))
        #expect(topics.count == min(12, available.count), "questions should spread across topics")
        for question in selection.questions {
            let order = selection.optionOrder[question.id] ?? []
            #expect(Set(order) == Set(question.options.map(\.id)) && order.count == question.options.count)
            if question.type == .yesNo { #expect(order == question.options.map(\.id)) }
        }
    }

    @Test func theSameSeedGivesTheSameSession() {
        let first = QuestionSelection(bank: Self.bank, role: .officer, mode: .practice, count: 10, seed: 42)
        let second = QuestionSelection(bank: Self.bank, role: .officer, mode: .practice, count: 10, seed: 42)
        let third = QuestionSelection(bank: Self.bank, role: .officer, mode: .practice, count: 10, seed: 43)
        #expect(first == second)
        #expect(first.questions.map(\.id) != third.questions.map(\.id))
    }

    @Test func aRefresherAsksWhatWasNotAskedLastTimeFirst() {
        let last = QuestionSelection(bank: Self.bank, role: .officer, mode: .refresher, count: 10, seed: 1)
        var previous = TrainingRecord(attemptId: .init(), toolVersion: "t", trainee: Trainee(name: "A", role: .officer), council: nil,
                                      councilSlug: nil, mode: .refresher, startedAt: "2026-01-01T00:00:00+00:00", bankSHA256: "",
                                      protocolSHA256: "", seed: 1, questionOrder: last.questions.map(\.id), optionOrder: [:], passMark: 80)
        previous.status = .completed
        let next = QuestionSelection(bank: Self.bank, role: .officer, mode: .refresher, count: 10, seed: 2, previous: previous)
        #expect(Set(next.questions.map(\.id)).isDisjoint(with: Set(previous.questionOrder)))
    }

    @Test func aSmallBankGivesWhatItHas() {
        var bank = Self.bank
        bank.questions = Array(bank.questions.filter { $0.roles.contains(.officer) }.prefix(3))
        #expect(QuestionSelection(bank: bank, role: .officer, mode: .induction, count: 12, seed: 1).questions.count == 3)
    }
}
