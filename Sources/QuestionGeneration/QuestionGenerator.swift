import RuleAnalysis
import TrainerModel

/// Generates a council's question bank from its protocol.
///
/// The stages: analyse every clause into rule statements; ask the catalogue's questions of the provisions it recognises;
/// ask "who should it go to", in a situation, of rules that route a concern; then give each question its stable id and
/// check it. Lists of what each side can expect of the other are not asked as "choose all that apply": blind readers
/// rejected every one in two rounds (0 of 6) as sorting the two lists, whatever items were chosen.
///
/// A rule none of these fit gets no question: a clause with no good question is better listed for the clerk
/// (`bank stats`) than asked badly, and blind readers accepted none of the general forms that used to ask it
/// (quote-spotting, and the clause's own words with a name in front).
public struct QuestionGenerator: Sendable {
    public var seed: UInt64

    public init(seed: UInt64 = 0) {
        self.seed = seed
    }

    /// The bank for `document`, whose file had SHA-256 `protocolSHA256`.
    public func generate(_ document: CouncilProtocol, protocolSHA256: String) -> GenerationResult {
        let context = GenerationContext(document: document, seed: seed)
        var drafts: [QuestionDraft] = []
        let catalogue = CatalogueQuestionBuilder(context: context)
        let routes = RouteQuestionBuilder(context: context)

        // A statement repeated word for word in its clause (a list item pasted twice) makes the same questions, with
        // the same ids, as its first appearance, and would only be dropped as a repeat after all the work of asking it.
        let distinct = Self.firstAppearances(context.statements)

        // A provision's frames are asked once, of the clause that states it most fully (the one most frames can use).
        // Each statement's words are lower-cased once, not once for every provision.
        let texts = distinct.map { ProvisionMatch.text(of: $0, context: context.leadIn(of: $0)?.quote ?? "") }
        for provision in Catalogue.all {
            var best: [QuestionDraft] = []
            for (statement, text) in zip(distinct, texts) where provision.match.matches(statement, text: text) {
                let built = catalogue.questions(provision, for: statement)
                if built.count > best.count { best = built }
            }
            drafts += best
        }
        for statement in distinct {
            drafts += routes.questions(for: statement)
        }

        let finisher = QuestionFinisher(context: context)
        var questions: [Question] = []
        var seen: Set<String> = []
        func finish(_ drafts: [QuestionDraft]) {
            for draft in drafts {
                guard var question = finisher.finish(draft) else { continue }
                // The same frame cited to the same words twice is one question.
                guard seen.insert(question.id).inserted else { continue }
                question.status = .draft
                questions.append(question)
            }
        }
        finish(drafts)
        var warnings: [String] = []
        // The files are compiled in and tested, so this is a broken build, not the clerk's doing; it is still said.
        if case let .failure(error) = Catalogue.loaded {
            warnings.append("The catalogue of scenarios could not be read, so only \"who\" questions were asked: \(error.description)")
        }
        let rules = context.statements.filter(\.statesRule).count
        if questions.isEmpty, rules == 0 {
            warnings.append("No rules were found in this protocol (no clause says what councillors or officers must, should or may do), so the bank has no questions.")
        } else if questions.isEmpty {
            warnings.append("None of this protocol's \(rules) rule\(rules == 1 ? "" : "s") matched a provision in the catalogue or a route, so the bank has no questions; 'protocol-trainer bank stats' lists each rule and why, so that questions can be written for them.")
        }
        let bank = QuestionBank(council: document.council, source: ProtocolSourceInfo(title: document.title, sha256: protocolSHA256),
                                generator: GeneratorInfo(seed: seed), questions: questions)
        return GenerationResult(bank: bank, warnings: warnings)
    }
}

extension QuestionGenerator {
    /// What a question about a statement depends on besides its clause: its words, whether it is a list item, its force.
    struct StatementKey: Hashable {
        let clauseID: String
        let quote: String
        let isItem: Bool
        let kind: RuleKind
        let binds: Party

        init(_ statement: RuleStatement) {
            clauseID = statement.clauseID
            quote = statement.quote
            isItem = statement.itemIndex != nil
            kind = statement.kind
            binds = statement.binds
        }
    }

    static func firstAppearances(_ statements: [RuleStatement]) -> [RuleStatement] {
        var seen: Set<StatementKey> = []
        return statements.filter { seen.insert(StatementKey($0)).inserted }
    }
}

/// A generated bank and anything the clerk should know about it.
public struct GenerationResult: Sendable {
    public var bank: QuestionBank
    public var warnings: [String]
}
