import Foundation
import Testing
@testable import TestSupport

/// Generated protocols and the seeds, damaged as the reliability harness damages them (`ProtocolMutation`), go through
/// every stage — reading, analysis, generation, `bank check`, `bank stats`, the bank's JSON — without a crash, in
/// bounded time, and with sound output: unique clause ids, every question citing a clause that exists in words it
/// has, unique question ids, a bank equal to itself after a round trip through its JSON.
///
/// A few seconds by default; `PIPELINE_CASES=500 swift test --filter MutatedProtocolTests` tries more, and
/// `PIPELINE_SALT=N` other ones.
@Suite("Mutated protocols through every stage")
struct MutatedProtocolTests {
    static let cases = ProcessInfo.processInfo.environment["PIPELINE_CASES"].flatMap(Int.init) ?? 16
    static let salt = ProcessInfo.processInfo.environment["PIPELINE_SALT"].flatMap(UInt64.init) ?? 0

    /// The five seed protocols committed with the project.
    private static let seeds: [[UInt8]] = Seeds.councils.map { (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: Seeds.path($0))))) ?? [] }

    /// One case: a generated layout or a seed, then one to three mutations.
    struct Case: CustomStringConvertible {
        var base: String
        var mutations: [ProtocolMutation]
        var bytes: [UInt8]
        var description: String { "\(base) + \(mutations.map(\.rawValue).joined(separator: " + ")) (\(bytes.count) bytes)" }
    }

    static func makeCase(_ index: Int) -> Case {
        var random = LayoutRandom(state: 0x5EED_0000 &+ salt &* 1_000_003 &+ UInt64(index))
        var base: String
        var bytes: [UInt8]
        if random.chance(0.3) {
            let seed = random.int(0...(Seeds.councils.count - 1))
            base = Seeds.councils[seed]
            bytes = seeds[seed]
        } else {
            let layout = GeneratedLayout.random(random.pick(GeneratedLayout.Family.allCases), using: &random)
            base = "layout \(layout.family.rawValue)"
            bytes = Array(layout.rendered.text.utf8)
        }
        var mutations: [ProtocolMutation] = []
        for _ in 0..<random.pick([1, 1, 1, 2, 3]) {
            let mutation = random.pick(ProtocolMutation.allCases)
            bytes = mutation.apply(to: bytes, using: &random)
            mutations.append(mutation)
        }
        return Case(base: base, mutations: mutations, bytes: bytes)
    }

    @Test("Every stage takes a mutated protocol without a crash and gives sound output")
    func everyStageHolds() {
        #expect(Self.seeds.allSatisfy { !$0.isEmpty }, "the seed protocols could not be read")
        for index in 0..<Self.cases {
            let input = Self.makeCase(index)
            let run = PipelineRun(bytes: input.bytes)
            #expect(run.failures.isEmpty, "case \(index), \(input): \(run.failures.prefix(5).joined(separator: "; "))")
        }
    }

    @Test("Each mutation kind on its own, on a generated protocol", arguments: ProtocolMutation.allCases)
    func eachMutation(mutation: ProtocolMutation) {
        for index in 0..<1 {
            var random = LayoutRandom(state: 0xC0FFEE &+ UInt64(index) &+ Self.salt)
            let layout = GeneratedLayout.random(random.pick(GeneratedLayout.Family.allCases), using: &random)
            let bytes = mutation.apply(to: Array(layout.rendered.text.utf8), using: &random)
            let run = PipelineRun(bytes: bytes)
            #expect(run.failures.isEmpty, "\(mutation) #\(index): \(run.failures.prefix(5).joined(separator: "; "))")
        }
    }
}
