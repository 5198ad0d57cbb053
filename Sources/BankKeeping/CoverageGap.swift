import QuestionGeneration
import RuleAnalysis
import TrainerModel

/// Why a rule-stating clause or list item has no question, said so that the clerk knows what to write for it.
///
/// The generator asks only the kinds of question blind readers accepted (catalogue scenarios and "who" questions),
/// so a rule that fits none of them is left for the clerk rather than asked badly.
enum CoverageGap {
    /// The reason for `statements` (one clause's rule-stating sentences, or one list item) having no live question.
    static func reason(for statements: [RuleStatement], bank: QuestionBank, context: GenerationContext) -> String {
        guard let first = statements.first else { return "it states no rule." }
        let cited = bank.questions.filter { question in
            question.citations.contains { citation in statements.contains { $0.clauseID == citation.clause && (first.itemIndex == nil || $0.quote == citation.quote) } }
        }
        if !cited.isEmpty, cited.allSatisfy({ $0.status == .retired }) {
            return "its question\(cited.count == 1 ? " was" : "s were") retired; write a new one, or set one back to draft."
        }
        if statements.allSatisfy({ $0.quote.utf8.count > GenerationContext.longestAskable }) {
            return "it is one sentence of more than \(GenerationContext.longestAskable) characters, too long to ask about: check the protocol's text (a missing full stop?), or write a question by hand."
        }
        // A provision the catalogue knows, asked elsewhere or not at all.
        for statement in statements {
            let leadIn = context.leadIn(of: statement)?.quote ?? ""
            for provision in Catalogue.all where provision.match.matches(statement, context: leadIn) {
                let asked = bank.questions.filter { $0.status != .retired && $0.origin.hasPrefix("catalogue:\(provision.id)/") }
                if let elsewhere = asked.first?.citations.first?.clause {
                    return "it states the catalogue's provision '\(provision.id)', which is asked under clause \(elsewhere), where the protocol states it more fully."
                }
                return "it states the catalogue's provision '\(provision.id)', but none of the provision's scenarios fits: they turn on words this clause does not use, need a title this protocol does not use, or would have fewer than three wrong answers once those another clause of this protocol allows are left out."
            }
        }
        if let situation = statements.lazy.compactMap(whyNotASituation).first {
            return "no provision in the catalogue matched, and it cannot be told as a situation as it stands: \(situation)"
        }
        let person = first.binds.roles == [.officer] ? "an officer" : first.binds.roles == [.councillor] ? "a councillor" : "a councillor or an officer"
        let what: String
        switch first.kind {
        case .canExpect:
            return "no provision in the catalogue matched, and a list of what one side can expect is not asked item by item (readers found such questions only sorted the two lists): write a situation in which \(person) is owed this and does not get it."
        case .concernGoesTo:
            return "no provision in the catalogue matched, and no \"who\" question fits where it sends the concern: write a situation in which \(person) has such a concern."
        case .mustNot, .shouldNot, .mayNot: what = "is tempted to do what it forbids"
        case .may, .hasRight: what = "is unsure whether the protocol lets them do what it allows"
        default: what = "could easily fail to do what it asks"
        }
        return "no provision in the catalogue matched: write a situation in which \(person) \(what), with the wrong answers people really give."
    }

    /// What stops a rule being told as something a person does, or nil.
    private static func whyNotASituation(_ statement: RuleStatement) -> String? {
        if statement.binds == .council {
            return "it says what the council as a body does, not what a councillor or officer does."
        }
        if statement.itemIndex == nil, let subject = ClauseAnalyser.subject(of: statement.quote), !Party.isPersonHead(subject) {
            return "it rules a thing, not what a councillor or officer does; if it matters, write a situation about the person who handles that thing."
        }
        if Anaphora.pointsBack(statement.action) {
            return "it points back to the sentence before it (\"this\", \"such\", \"do so\"), so it says nothing on its own; write about the two together."
        }
        return nil
    }
}
