/// Generates a council's question bank from its protocol.
///
/// The stages: analyse every clause into rule statements; ask the catalogue's questions of the provisions it recognises;
/// ask general questions of every rule; ask "who should it go to" of rules that route a concern and "choose all that apply"
/// of lists; then give each question its stable id and check it.
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
        let rules = RuleQuestionBuilder(context: context)
        let routes = RouteQuestionBuilder(context: context)
        var usedProvisions: Set<String> = []
        var leadIns: [String: RuleStatement] = [:]

        for statement in context.statements {
            if statement.itemIndex == nil { leadIns[statement.clauseID] = statement }
            let leadIn = statement.itemIndex == nil ? nil : leadIns[statement.clauseID]
            let contextText = leadIn?.quote ?? ""
            // A provision's frames are asked once, of the first clause that states it.
            for provision in Catalogue.all where !usedProvisions.contains(provision.id)
                && provision.match.matches(statement, context: contextText) {
                let built = catalogue.questions(provision, for: statement)
                if !built.isEmpty { usedProvisions.insert(provision.id) }
                drafts += built
            }
            drafts += rules.questions(for: statement, leadIn: leadIn)
            drafts += routes.questions(for: statement)
        }
        drafts += ListQuestionBuilder(context: context).questions()

        let finisher = QuestionFinisher(context: context)
        var questions: [Question] = []
        var seen: Set<String> = []
        for draft in drafts {
            guard var question = finisher.finish(draft) else { continue }
            // The same frame cited to the same words twice is one question.
            guard seen.insert(question.id).inserted else { continue }
            question.status = .draft
            questions.append(question)
        }
        var warnings: [String] = []
        if questions.isEmpty {
            warnings.append("No rules were found in this protocol (no clause says what councillors or officers must, should or may do), so the bank has no questions.")
        }
        let bank = QuestionBank(council: document.council, source: ProtocolSourceInfo(title: document.title, sha256: protocolSHA256),
                                generator: GeneratorInfo(seed: seed), questions: questions)
        return GenerationResult(bank: bank, warnings: warnings)
    }
}

/// A generated bank and anything the clerk should know about it.
public struct GenerationResult: Sendable {
    public var bank: QuestionBank
    public var warnings: [String]
}
