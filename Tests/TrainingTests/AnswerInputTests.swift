import Testing
@testable import Training

struct AnswerInputTests {
    @Test func lettersInAnyCaseAndSeparator() {
        #expect(AnswerInput.parse("b", type: .oneAnswer, optionCount: 4) == .choose([1]))
        #expect(AnswerInput.parse("  B ", type: .oneAnswer, optionCount: 4) == .choose([1]))
        #expect(AnswerInput.parse("A C", type: .chooseAll, optionCount: 5) == .choose([0, 2]))
        #expect(AnswerInput.parse("a,c", type: .chooseAll, optionCount: 5) == .choose([0, 2]))
        #expect(AnswerInput.parse("ca", type: .chooseAll, optionCount: 5) == .choose([0, 2]))
        #expect(AnswerInput.parse("y", type: .yesNo, optionCount: 2) == .choose([0]))
        #expect(AnswerInput.parse("No", type: .yesNo, optionCount: 2) == .choose([1]))
    }

    @Test(arguments: ["Z", "AA", "", "   ", "A B", "7", "maybe"])
    func badAnswersGetAOneLineHint(input: String) {
        guard case .invalid(let hint) = AnswerInput.parse(input, type: .oneAnswer, optionCount: 4) else {
            Issue.record("\(input) was accepted")
            return
        }
        #expect(!hint.contains("\n"))
        #expect(!hint.isEmpty)
    }

    @Test func commands() {
        #expect(AnswerInput.parse("help", type: .oneAnswer, optionCount: 3) == .help)
        #expect(AnswerInput.parse("SKIP", type: .oneAnswer, optionCount: 3) == .skip)
        #expect(AnswerInput.parse("back", type: .oneAnswer, optionCount: 3) == .back)
        #expect(AnswerInput.parse("clause", type: .oneAnswer, optionCount: 3) == .clause)
        #expect(AnswerInput.parse("quit", type: .oneAnswer, optionCount: 3) == .quit)
        // Letters are never taken for commands.
        #expect(AnswerInput.parse("c", type: .oneAnswer, optionCount: 3) == .choose([2]))
    }

    @Test func aRepeatedLetterInChooseAllIsQueried() {
        guard case .invalid = AnswerInput.parse("A A", type: .chooseAll, optionCount: 4) else {
            Issue.record("A A was accepted")
            return
        }
    }
}
