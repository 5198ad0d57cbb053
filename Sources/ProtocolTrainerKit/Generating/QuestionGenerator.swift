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
        let responsibilities = ResponsibilityQuestionBuilder(context: context)

        // A statement repeated word for word in its clause (a list item pasted twice) makes the same questions, with
        // the same ids, as its first appearance, and would only be dropped as a repeat after all the work of asking it.
        let distinct = Self.firstAppearances(context.statements)

        // A provision's frames are asked once, of the clause that states it most fully (the one most frames can use).
        for provision in Catalogue.all {
            var best: [QuestionDraft] = []
            for statement in distinct where provision.match.matches(statement, context: context.leadIn(of: statement)?.quote ?? "") {
                let built = catalogue.questions(provision, for: statement)
                if built.count > best.count { best = built }
            }
            drafts += best
        }
        for statement in distinct {
            drafts += rules.scenarios(for: statement, leadIn: context.leadIn(of: statement))
            drafts += routes.questions(for: statement)
            drafts += responsibilities.questions(for: statement)
        }
        drafts += ListQuestionBuilder(context: context).questions()
        drafts += recallWhereNeeded(context, rules: rules, asked: drafts)

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

extension QuestionGenerator {
    /// Recall questions for the rules no situation could be built for: one for every rule not yet asked about,
    /// and a second where a rule-stating clause would otherwise have fewer than two questions.
    func recallWhereNeeded(_ context: GenerationContext, rules: RuleQuestionBuilder, asked: [QuestionDraft]) -> [QuestionDraft] {
        // Sets, not lists: a long protocol asks these for thousands of statements.
        func key(_ citation: Citation) -> String { citation.clause + "\u{0}" + citation.quote }
        func key(_ draft: QuestionDraft) -> String { ([draft.origin] + draft.citations.map(key)).joined(separator: "\u{1}") }
        var quoted = Set(asked.flatMap(\.citations).map(key))
        var perClause: [String: Int] = [:]
        for draft in asked { for clause in Set(draft.citations.map(\.clause)) { perClause[clause, default: 0] += 1 } }
        var leadIns: [String: RuleStatement] = [:]
        var candidates: [(statement: RuleStatement, recalls: [QuestionDraft])] = []
        var added: [QuestionDraft] = []
        var addedKeys: Set<String> = []
        var seenStatements: Set<StatementKey> = []
        for statement in context.statements {
            if statement.itemIndex == nil { leadIns[statement.clauseID] = statement }
            // A repeat's recalls are its first appearance's, already quoted and counted.
            guard seenStatements.insert(StatementKey(statement)).inserted else { continue }
            let recalls = rules.recalls(for: statement, leadIn: statement.itemIndex == nil ? nil : leadIns[statement.clauseID])
            guard !recalls.isEmpty else { continue }
            candidates.append((statement, recalls))
            if !quoted.contains(key(Citation(clause: statement.clauseID, quote: statement.quote))) {
                added.append(recalls[0])
                addedKeys.insert(key(recalls[0]))
                quoted.formUnion(recalls[0].citations.map(key))
                perClause[statement.clauseID, default: 0] += 1
            }
        }
        for (statement, recalls) in candidates where perClause[statement.clauseID, default: 0] < 2 {
            for draft in recalls where addedKeys.insert(key(draft)).inserted {
                added.append(draft)
                perClause[statement.clauseID, default: 0] += 1
                if perClause[statement.clauseID, default: 0] >= 2 { break }
            }
        }
        return added
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
