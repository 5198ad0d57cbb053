import Testing
@testable import TestSupport
@testable import TrainerModel
@testable import Training

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

    /// No two questions of a session from the same frame, or of the same type on the same clause.
    @Test(arguments: Seeds.councils)
    func aSessionNeverAsksTheSameThingTwice(council: String) throws {
        let bank = try Banks.committed(council)
        for role in TraineeRole.allCases {
            for seed: UInt64 in [1, 2, 3, 42] {
                let questions = QuestionSelection(bank: bank, role: role, mode: .practice, count: bank.questions.count, seed: seed).questions
                #expect(!questions.isEmpty)
                #expect(Set(questions.map(\.origin)).count == questions.count, "\(council) \(role) \(seed): a frame twice")
                let ways = questions.flatMap { question in Set(question.citations.map(\.clause)).map { "\(question.type.rawValue) \($0)" } }
                #expect(Set(ways).count == ways.count, "\(council) \(role) \(seed): a clause asked twice the same way")
            }
        }
    }

    @Test func aRepeatIsLeftOutEvenWhenTheSessionIsShorterForIt() {
        var bank = Self.bank
        let first = bank.questions.first { $0.roles.contains(.councillor) && $0.type == .oneAnswer }!
        var sameFrame = first, sameClause = first, otherType = first
        sameFrame.id = "q-same-frame"; sameFrame.citations = [Citation(clause: "no-such-clause", quote: "x")]
        sameClause.id = "q-same-clause"; sameClause.origin = "catalogue:another/frame"
        otherType.id = "q-other-type"; otherType.origin = "catalogue:a-third/frame"; otherType.type = .yesNo
        bank.questions = [first, sameFrame, sameClause, otherType]
        for seed: UInt64 in 0..<20 {
            let chosen = QuestionSelection(bank: bank, role: .councillor, mode: .practice, count: 4, seed: seed).questions
            // The original and its copy from the same frame are never both asked, nor the original and its copy on the
            // same clause; the same clause asked another way is.
            #expect(chosen.count < 4 && chosen.contains { $0.id == "q-other-type" })
            #expect(!(chosen.contains { $0.id == first.id } && chosen.contains { $0.id == "q-same-frame" }))
            #expect(!(chosen.contains { $0.id == first.id } && chosen.contains { $0.id == "q-same-clause" }))
        }
    }

    @Test func aSmallBankGivesWhatItHas() {
        var bank = Self.bank
        // Three that are no repeats of each other (another frame, another clause), so none is left out as one.
        var clauses: Set<String> = [], frames: Set<String> = []
        bank.questions = Array(bank.questions.filter {
            $0.roles.contains(.officer) && clauses.insert($0.citations[0].clause).inserted && frames.insert($0.origin).inserted
        }.prefix(3))
        #expect(bank.questions.count == 3)
        #expect(QuestionSelection(bank: bank, role: .officer, mode: .induction, count: 12, seed: 1).questions.count == 3)
    }
}

struct QuestionSelectionByStatusTests {
    static let bank = try! Banks.committed("wimborne-minster")

    @Test func untilAnyIsApprovedEveryQuestionNotRetiredIsUsedAndTheSelectionSaysSo() {
        let selection = QuestionSelection(bank: Self.bank, role: .councillor, mode: .induction, count: 12, seed: 1)
        #expect(selection.questions.count == 12 && selection.unreviewed)
    }

    @Test func onceAnyIsApprovedInductionAndRefresherAskOnlyApprovedOnes() {
        var bank = Self.bank
        let approved = bank.questions.indices.filter { $0 % 4 == 0 }
        for index in approved { bank.questions[index].status = .approved }
        for mode in [TrainingMode.induction, .refresher] {
            for role in TraineeRole.allCases {
                let selection = QuestionSelection(bank: bank, role: role, mode: mode, count: 12, seed: 3)
                #expect(!selection.questions.isEmpty && selection.questions.allSatisfy { $0.status == .approved }, "\(mode) \(role)")
                #expect(!selection.unreviewed)
            }
        }
        let practice = QuestionSelection(bank: bank, role: .officer, mode: .practice, count: bank.questions.count, seed: 3)
        #expect(practice.questions.contains { $0.status == .draft } && practice.unreviewed)
        #expect(QuestionSelection.usable(bank, mode: .practice).count == bank.questions.count)
        #expect(QuestionSelection.usable(bank, mode: .induction).count == approved.count)
    }

    @Test func aWordingVersionChangesWithTheWordsOnly() {
        var question = Self.bank.questions[0]
        let version = question.wordingVersion
        #expect(version.count == 12 && version.allSatisfy(\.isHexDigit))
        question.status = .approved
        #expect(question.wordingVersion == version)
        question.options[0].feedback += " More."
        #expect(question.wordingVersion != version)
    }
}
