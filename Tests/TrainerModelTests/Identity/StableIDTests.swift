import Foundation
import Testing
@testable import TrainerModel

/// Ids, fingerprints and seeded choices are the same on every machine: banks and records rely on them not changing.
struct StableIDTests {
    @Test func idsAndFingerprintsAreSHA256() {
        #expect(ProtocolFingerprint.sha256(of: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(StableID.make("q", ["a", "b"]) == "q-" + String(StableID.hex("a\u{1F}b").prefix(12)))
        #expect(StableID.make("q", ["a", "b"]) != StableID.make("q", ["ab"]))
    }

    @Test func theSameSeedGivesTheSameChoices() {
        var first = SeededRandom(seed: 42), second = SeededRandom(seed: 42)
        let items = Array(0..<20)
        #expect(first.shuffle(items) == second.shuffle(items))
        #expect((0..<50).map { _ in first.below(7) } == (0..<50).map { _ in second.below(7) })
        var again = SeededRandom(seed: 42), other = SeededRandom(seed: 43)
        #expect(again.next() != other.next())
    }
}
