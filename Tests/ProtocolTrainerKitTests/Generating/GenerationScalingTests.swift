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
}
