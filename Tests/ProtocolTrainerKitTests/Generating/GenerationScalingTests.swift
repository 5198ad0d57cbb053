import Foundation
import Testing
@testable import ProtocolTrainerKit

/// Generation takes time in proportion to the length of one clause: four times the items or sentences take about
/// four times as long, not sixteen (as comparing each item with all its siblings once did).
struct GenerationScalingTests {
    private static func seconds(_ text: String) -> Double {
        let document = ProtocolReader().read(text: text)
        // The faster of two runs, so a moment's load on a shared machine does not count.
        return (0..<2).map { _ in
            let start = ContinuousClock.now
            _ = QuestionGenerator().generate(document, protocolSHA256: "")
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }.min()!
    }

    private static let shapes: [(String, @Sendable (Int) -> String)] = [
        ("identical bullets", { n in Array(repeating: "• Councillors must not whistle in the reading room.", count: n).joined(separator: "\n") }),
        ("a lead-in and different items", { n in
            "1. Councillors should not:\n" + (0..<n).map { "• ask the verger for favour \($0);" }.joined(separator: "\n")
        }),
        ("one clause of many sentences", { n in
            "1. " + (0..<n).map { "Officers should tell the Clerk about burial plot \($0) if they see it." }.joined(separator: " ")
        }),
    ]

    @Test(arguments: 0..<3)
    func fourTimesTheItemsTakeAboutFourTimesAsLong(shape: Int) {
        let (name, text) = Self.shapes[shape]
        let small = Self.seconds(text(150)), large = Self.seconds(text(600))
        // Linear is 4; quadratic was 16 and more. 9 leaves room for a noisy machine.
        #expect(large / max(small, 0.001) < 9, "\(name): 150 in \(small) s, 600 in \(large) s")
    }

    // A paragraph with no full stop, pasted in error, is one "sentence" of hundreds of kilobytes; each question
    // searched its words dozens of times, so it took minutes.
    @Test func aSentenceTooLongToReadAsAnOptionIsNotAsked() {
        let long = Array(repeating: "Councillors must not", count: 20_000).joined(separator: " ")
        let text = "1. Councillors must not shout at the verger.\n2. \(long)\n"
        let start = ContinuousClock.now
        let bank = QuestionGenerator().generate(ProtocolReader().read(text: text), protocolSHA256: "").bank
        #expect(ContinuousClock.now - start < .seconds(30))
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
