import Testing
@testable import ProtocolTrainerKit

/// Walks every catalogue provision: its example clauses must match it, its near misses must not, and every frame must
/// produce a clean question from its first example.
struct CatalogueTests {
    static let provisions = Catalogue.all.map(\.id)

    private func provision(_ id: String) -> Provision { Catalogue.all.first { $0.id == id }! }

    /// A one-clause protocol, read as the reader reads any protocol.
    private func statements(of example: String) -> [RuleStatement] {
        let text = example.hasSuffix(":") ? "Town Council\n\n1. \(example)\na. an item.\n" : "Town Council\n\n1. \(example)\n"
        return ClauseAnalyser.analyse(ProtocolReader().read(text: text)).filter { $0.itemIndex == nil }
    }

    @Test func idsAreUnique() {
        #expect(Set(Self.provisions).count == Self.provisions.count)
        for provision in Catalogue.all {
            let frames = provision.frames.map(\.id)
            #expect(Set(frames).count == frames.count, "frames of \(provision.id)")
            #expect(!provision.examples.isEmpty, "\(provision.id) has no examples")
        }
    }

    @Test(arguments: provisions)
    func examplesMatchAndNearMissesDoNot(id: String) {
        let provision = provision(id)
        for example in provision.examples {
            #expect(statements(of: example).contains { provision.match.matches($0, context: "") }, "\(id) should match: \(example)")
        }
        for example in provision.nonExamples {
            #expect(!statements(of: example).contains { provision.match.matches($0, context: "") }, "\(id) should not match: \(example)")
        }
    }

    @Test(arguments: provisions)
    func everyFrameMakesACleanQuestion(id: String) throws {
        let provision = provision(id)
        let example = try #require(provision.examples.first)
        let document = ProtocolReader(councilName: "Example Town Council").read(text: "Town Council\n\n1. \(example)\n")
        let context = GenerationContext(document: document, seed: 0)
        let statement = try #require(context.statements.first { provision.match.matches($0, context: "") })
        let builder = CatalogueQuestionBuilder(context: context)
        let finisher = QuestionFinisher(context: context)
        let drafts = provision.frames.compactMap { frame in
            builder.questions(Provision(id: provision.id, topic: provision.topic, match: provision.match,
                                        examples: provision.examples, frames: [frame]), for: statement).first
        }
        // Frames that need words the first example lacks are allowed to sit out; the rest must build.
        let eligible = provision.frames.filter { frame in
            frame.requires.allSatisfy { group in group.contains { statement.quote.lowercased().contains($0) } }
        }
        #expect(drafts.count == eligible.count, "\(id): \(eligible.count - drafts.count) frame(s) did not build")
        for draft in drafts {
            let question = try #require(finisher.finish(draft), "\(id): \(draft.origin) failed the structural checks")
            #expect(question.kind == draft.kind, "\(id): \(draft.origin) stem copies the clause")
            let bank = QuestionBank(council: nil, source: ProtocolSourceInfo(title: nil, sha256: ""), generator: GeneratorInfo(seed: 0), questions: [question])
            let findings = BankLint.findings(in: bank, document: document)
            #expect(findings.isEmpty, "\(id): \(findings.map(\.message))")
        }
    }
}
