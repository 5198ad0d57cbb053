import Foundation
import Testing
@testable import ProtocolTrainerKit

/// Reading takes time in proportion to the text: looking for a contents list at every line once read the rest of the
/// protocol again each time, so 100 KB of random bytes (many short "headings") took seconds.
struct ReaderScalingTests {
    private static func seconds(_ text: String) -> Double {
        (0..<2).map { _ in
            let start = ContinuousClock.now
            _ = ProtocolReader().read(text: text)
            let elapsed = ContinuousClock.now - start
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }.min()!
    }

    /// Headings in threes, never printed again, between short paragraphs: every line starts a possible contents list.
    private static func headings(_ count: Int) -> String {
        (0..<count).map { "Vestry Matters \($0)\nBell Ropes \($0)\nChurchyard Paths \($0)\nThe verger keeps the keys \($0)." }
            .joined(separator: "\n") + "\n1. Councillors must not ring the bells.\n"
    }

    // Contents lists of headings listed twice are still found: the layout property tests generate them.
    @Test func fourTimesTheLinesTakeAboutFourTimesAsLong() {
        let small = Self.seconds(Self.headings(300)), large = Self.seconds(Self.headings(1_200))
        #expect(large / max(small, 0.001) < 9, "300 in \(small) s, 1,200 in \(large) s")
    }

    // Found by Fuzz/: a run of page-numbered lines whose first has no title ("2 4") marked nothing, and the search
    // for a contents list started again at the same line for ever.
    @Test(arguments: ["2 4\nBell ropes .... 5\nHymn boards .... 6\n", "12 1\n13 2\n14 3\n15 4\n", "– 7\nBells .... 8\nRopes .... 9\n"])
    func aContentsRunThatMarksNothingEndsTheSearchThere(lines: String) {
        let document = ProtocolReader().read(text: "1. Councillors must be kind to the verger.\n\(lines)2. Staff must lock the vestry.\n")
        #expect(document.numbers == ["1", "2"])
    }
}
