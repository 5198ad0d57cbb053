import Foundation
import Testing
@testable import ProtocolReading
@testable import QuestionGeneration
@testable import TrainerModel

/// Inputs that once made generation take minutes, held to what the fix promises (how long they take is measured in
/// Benchmarks/GeneratorBenchmarks, "Generate one clause of …", never here).
struct LongClauseGenerationTests {
    // A paragraph with no full stop, pasted in error, is one "sentence" of hundreds of kilobytes; each question
    // searched its words dozens of times, so it took minutes.
    @Test func aSentenceTooLongToReadAsAnOptionIsNotAsked() {
        let long = Array(repeating: "Councillors must not", count: 20_000).joined(separator: " ")
        let text = "1. Individual councillors must not give instructions to any member of staff.\n2. \(long)\n"
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        #expect(bank.questions.allSatisfy { $0.citations.allSatisfy { $0.clause == "1" } })
        #expect(!bank.questions.isEmpty)
    }

    // An item pasted many times over makes the questions of its first appearance, once.
    @Test func aRepeatedItemIsAskedOnce() {
        let items = ["• ask the verger for the keys;", "• ring the bells after dark;", "• move the hymn boards;"]
        func bank(_ repeats: Int) -> QuestionBank {
            let text = "1. Councillors should not:\n" + items.flatMap { Array(repeating: $0, count: repeats) }.joined(separator: "\n")
            return QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        }
        let once = bank(1), many = bank(200)
        #expect(Set(many.questions.map(\.id)).isSuperset(of: once.questions.filter { $0.type != .chooseAll }.map(\.id)))
        #expect(many.questions.filter { $0.type != .chooseAll }.count == once.questions.filter { $0.type != .chooseAll }.count)
    }
}
