import RuleAnalysis
import TrainerModel

/// The look-ups over the whole protocol that question builders make for every statement, prepared once, so that
/// generating a bank takes time in proportion to the protocol's length rather than to its square.
final class ProtocolIndex {
    /// What decides, besides its words, whether one rule can stand against another: whom it binds, which way it points.
    struct ActionTag: Hashable {
        let binds: Party
        let forbids: Bool
        let statesRule: Bool
    }

    private let document: CouncilProtocol
    private let statementsByClause: [String: [Int]]
    /// Each clause's last statement that is not a list item: the lead-in of its items, asked for once per item.
    private let leadInByClause: [String: Int]
    /// Rule statements by the content words of their actions.
    let actions: WordSetIndex<ActionTag>
    private let clauses: [Clause]
    private let statements: [RuleStatement]
    // Memos for questions asked with the same words again and again (a catalogue option, a list builder's stock
    // answer): the answers depend only on the protocol. Generation runs on one thread, so a plain class suffices.
    private var contradictions: [[[String]]: [QuoteGroup]] = [:]
    /// The statements that do not forbid, grouped by their lower-cased words (repeated text is checked once).
    private lazy var permittingQuotes: [(text: SearchText, members: QuoteGroup)] = {
        var groups: [(text: String, members: QuoteGroup)] = []
        var byText: [String: Int] = [:]
        for statement in statements where !statement.kind.forbids {
            let text = " " + statement.quote.lowercased()
            if let group = byText[text] { groups[group].members.add(statement); continue }
            byText[text] = groups.count
            groups.append((text, QuoteGroup(statement)))
        }
        return groups.map { (SearchText($0.text), $0.members) }
    }()
    private var paragraphMatches: [String: Bool] = [:]
    private lazy var paragraphs = WordSetIndex(clauses.flatMap { clause in
        ([clause.text] + clause.items.map(\.text)).map { text in
            (words: ContentWords.of(text), tag: true)
        }
    })
    private var mentioned: [String: Bool] = [:]
    /// Each clause's sentences and where each first stands, split once however many of its statements ask.
    private var sentencesByClause: [String: (sentences: [String], positions: [String: Int])] = [:]
    /// Every clause's text and list items, lower-cased and joined, for "does the protocol mention this at all?": a
    /// list item ("(d) The Assistant Clerk manages the Facebook page") says as much as a clause's sentence.
    private lazy var lowercasedClauses = clauses.map { ([$0.text] + $0.items.map(\.text)).joined(separator: " ").lowercased() }
    private lazy var lowercasedText = lowercasedClauses.joined(separator: " ")
    /// Clauses with the same words, checked once: a protocol pasted in twice is no slower to qualify than once.
    private lazy var distinctClauses = Set(lowercasedClauses.map { " " + $0 }).map(SearchText.init)
    private var qualified: [[[String]]: Bool] = [:]

    init(document: CouncilProtocol, statements: [RuleStatement]) {
        self.document = document
        clauses = document.clauses
        self.statements = statements
        var byClause: [String: [Int]] = [:]
        for (position, statement) in statements.enumerated() { byClause[statement.clauseID, default: []].append(position) }
        statementsByClause = byClause
        var leadIns: [String: Int] = [:]
        for (position, statement) in statements.enumerated() where statement.itemIndex == nil { leadIns[statement.clauseID] = position }
        leadInByClause = leadIns
        actions = WordSetIndex(statements.map { statement in
            (words: ContentWords.of(statement.action),
             tag: ActionTag(binds: statement.binds, forbids: statement.kind.forbids, statesRule: statement.statesRule))
        })
    }

    /// True when one clause of the protocol (its text and list items) contains every phrase of one of `groups`.
    func anyClauseSays(_ groups: [[String]]) -> Bool {
        guard !groups.isEmpty else { return false }
        if let known = qualified[groups] { return known }
        // Together in one clause: "delegated" in one clause and "chair" in another qualify nothing.
        let found = distinctClauses.contains { ContradictionCheck.says(groups, in: $0) }
        qualified[groups] = found
        return found
    }

    /// The first clause with this citation id.
    func clause(id: String) -> Clause? {
        document.clause(id: id)
    }

    /// The statements of one clause, in order.
    func statements(ofClause id: String) -> [RuleStatement] {
        (statementsByClause[id] ?? []).map { statements[$0] }
    }

    /// The last statement of a clause that is not one of its list items.
    func leadIn(ofClause id: String) -> RuleStatement? {
        leadInByClause[id].map { statements[$0] }
    }

    /// True when some statement other than `statement` permits, entitles or requires what one of `groups` says
    /// (see `ContradictionCheck`).
    func contradicts(_ groups: [[String]], except statement: RuleStatement) -> Bool {
        guard !groups.isEmpty else { return false }
        let matching: [QuoteGroup]
        if let known = contradictions[groups] {
            matching = known
        } else {
            matching = permittingQuotes.filter { ContradictionCheck.says(groups, in: $0.text) }.map(\.members)
            contradictions[groups] = matching
        }
        return matching.contains { $0.hasMember(otherThan: statement) }
    }

    /// Statements with the same words, kept as much as "is one of them not this statement?" needs: the first one's
    /// place, and whether any other is elsewhere. A list of 2,000 identical items is then one question, not 2,000.
    private struct QuoteGroup {
        let clauseID: String
        let quote: String
        var placesDiffer = false

        init(_ statement: RuleStatement) {
            clauseID = statement.clauseID
            quote = statement.quote
        }

        mutating func add(_ statement: RuleStatement) {
            if statement.clauseID != clauseID || statement.quote != quote { placesDiffer = true }
        }

        func hasMember(otherThan statement: RuleStatement) -> Bool {
            placesDiffer || statement.clauseID != clauseID || statement.quote != quote
        }
    }

    /// The sentence of the clause's text just before the first one that reads `sentence`, or nil when it is first or absent.
    func sentence(before sentence: String, inClause id: String) -> String? {
        if sentencesByClause[id] == nil, let clause = clause(id: id) {
            let sentences = SentenceSplitter.sentences(clause.text)
            var positions: [String: Int] = [:]
            for (position, sentence) in sentences.enumerated() where positions[sentence] == nil { positions[sentence] = position }
            sentencesByClause[id] = (sentences, positions)
        }
        guard let split = sentencesByClause[id], let position = split.positions[sentence], position > 0 else { return nil }
        return split.sentences[position - 1]
    }

    /// True when some clause's text contains `phrase` (lower case); asked of a few stock phrases, so each is searched for once.
    func mentions(_ phrase: String) -> Bool {
        if let known = mentioned[phrase] { return known }
        let found = lowercasedText.contains(phrase)
        mentioned[phrase] = found
        return found
    }

    /// True when a clause or list item says much the same as `text` (at least `threshold` of the words in common).
    func paragraphSays(_ text: String, atLeast threshold: Double) -> Bool {
        let key = "\(threshold)|\(text)"
        if let known = paragraphMatches[key] { return known }
        let found = paragraphs.contains(overlapping: ContentWords.of(text), atLeast: threshold) { _ in true }
        paragraphMatches[key] = found
        return found
    }
}
