import QuestionGeneration
import RuleAnalysis
import TrainerModel

/// The rule a citation rests on, as the lint rules compare questions with it: the action it is about and the words
/// of its clause.
struct CitedRule {
    /// The words of the rule's action up to its first aside ("give instructions to a Council employee").
    let action: [Substring]
    /// The content words of the whole clause the citation is from (of the quote alone when the protocol is not at hand).
    let clauseWords: Set<String>

    private static let asides = [",", ";", " (", " e.g.", " i.e.", " – ", " - ", " — "]

    init(_ citation: Citation, document: CouncilProtocol?) {
        let clause = document?.clause(id: citation.clause)
        // The statement the quote is, read as the protocol's own clause reads it; a quote that is not in the protocol
        // (a hand-edited bank) is read on its own.
        let own = Clause(id: citation.clause, number: nil, heading: clause?.heading, text: citation.quote, items: [], line: 0)
        let statement = clause.flatMap { ClauseAnalyser.analyse($0).first { $0.quote == citation.quote } }
            ?? ClauseAnalyser.analyse(own).first
        var action = statement?.action ?? citation.quote
        if let cut = Self.asides.compactMap({ action.range(of: $0)?.lowerBound }).min(),
           WordOverlap.words(String(action[..<cut])).count >= 2 {
            action = String(action[..<cut])
        }
        self.action = WordOverlap.words(action)
        let text = clause.map { ([$0.text] + $0.items.map(\.text)).joined(separator: " ") } ?? citation.quote
        clauseWords = ContentWords.of(text)
    }
}
