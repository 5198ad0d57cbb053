import Testing
@testable import ProtocolTrainerKit

/// "Who is responsible for …?" questions: the side the protocol names is right, and no side it also names is wrong.
struct ResponsibilityQuestionTests {
    private func bank(_ clauses: String) -> QuestionBank {
        let document = ProtocolReader(councilName: "Little Harbour Parish Council").read(text: "Member and Employee Protocol\n\n" + clauses)
        return QuestionGenerator(seed: 0).generate(document, protocolSHA256: "x").bank
    }

    @Test func theSideTheProtocolNamesIsTheAnswer() throws {
        let questions = bank("""
        1. Roles
        1.1 Councillors are responsible for setting the policies and priorities of the council.
        1.2 The Clerk is responsible for the day-to-day management of the council's staff.
        """).questions.filter { $0.origin == "responsibility" }
        #expect(questions.count == 2)
        let policy = try #require(questions.first { $0.stem.contains("setting the policies") })
        #expect(policy.type == .who && policy.options.filter(\.correct).map(\.text) == ["Councillors."])
        let staff = try #require(questions.first { $0.stem.contains("day-to-day management") })
        #expect(staff.options.filter(\.correct).map(\.text) == ["The Clerk."])
        // The clerk is one of the staff: "the council's staff" would not be wrong, so it is not offered.
        #expect(!staff.options.contains { $0.text == "The council's staff." })
    }

    @Test func aSideTheProtocolAlsoGivesTheTaskIsNotOfferedAsWrong() throws {
        let questions = bank("""
        1. Roles
        1.1 Councillors are responsible for setting the policies and priorities of the council.
        1.2 The Chair of the council should help to set the policies and priorities of the council.
        1.3 The Clerk must advise on the policies and priorities of the council.
        """).questions.filter { $0.origin == "responsibility" }
        #expect(questions.isEmpty, "only the staff would be left as a wrong answer: \(questions.map(\.options))")
    }

    @Test func aResponsibilityWordedAroundThePersonIsNotAsked() {
        let questions = bank("1. Advice\n1.1 It is the responsibility of the Officer to express their own professional views.\n")
        #expect(!questions.questions.contains { $0.origin == "responsibility" })
    }
}
