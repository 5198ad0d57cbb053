import Foundation
import Testing
@testable import ProtocolReading
@testable import TestSupport

/// Texts that once sent the reader's contents-list search round for ever (how long reading takes is measured in
/// Benchmarks/ReaderBenchmarks, never here).
struct ContentsSearchTests {
    // Found by Fuzz/: a run of page-numbered lines whose first has no title ("2 4") marked nothing, and the search
    // for a contents list started again at the same line for ever.
    @Test(arguments: ["2 4\nBell ropes .... 5\nHymn boards .... 6\n", "12 1\n13 2\n14 3\n15 4\n", "– 7\nBells .... 8\nRopes .... 9\n"])
    func aContentsRunThatMarksNothingEndsTheSearchThere(lines: String) {
        let document = ProtocolReader().read(text: "1. Councillors must be kind to the verger.\n\(lines)2. Staff must lock the vestry.\n")
        #expect(document.numbers == ["1", "2"])
    }
}
