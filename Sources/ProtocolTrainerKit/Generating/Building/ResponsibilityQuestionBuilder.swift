/// "Who is responsible for …?" from rules that put a task on one side (councillors set policy, the clerk manages the
/// staff), and "Who may …?" from rules that say who alone may act ("Only the Mayor or the Clerk may speak to the press").
/// Confusing whose job a thing is lies behind much of what the protocol guards against.
struct ResponsibilityQuestionBuilder {
    let context: GenerationContext

    /// The sides a task can fall to, as the options name them: the chair only by the title this protocol gives them.
    private let sides: [(party: Party, name: String)]
    private let roles: CouncilVocabulary.Roles

    init(context: GenerationContext) {
        self.context = context
        roles = context.vocabulary.roles
        // Without a chair of the council in the protocol, the chair people think of is a committee's: a councillor
        // all the same, and never a title the council does not use.
        sides = [(.councillors, "Councillors"), (.officers, "The council's staff"), (.clerk, "The {clerk}"),
                 (.chairs, roles.chair.map { "The \($0)" } ?? "The councillor who chairs the committee concerned")]
    }

    func questions(for statement: RuleStatement) -> [QuestionDraft] {
        onlyWho(statement).map { [$0] } ?? responsibility(statement)
    }

    /// "Only the Town Mayor or the Town Clerk may speak to the press …": who may, with the usual wrong guesses.
    private func onlyWho(_ statement: RuleStatement) -> QuestionDraft? {
        let words = statement.quote.trimmingCharacters(in: " .").split(separator: " ").map(String.init)
        guard statement.kind == .may, statement.itemIndex == nil, words.first?.lowercased() == "only",
              let modal = words.firstIndex(where: { $0.lowercased() == "may" || $0.lowercased() == "can" }), modal >= 2,
              words.count - modal >= 3 else { return nil }
        let who = words[1..<modal].joined(separator: " ")
        let task = words[(modal + 1)...].joined(separator: " ")
        guard !Anaphora.pointsBack(task) else { return nil }
        // The usual wrong guesses, as roles this council has: a group leader only where the protocol speaks of groups,
        // the clerk or the chair only where they are not among those who may.
        var guesses = [("Any councillor.", Party.councillors), ("Any member of staff who is asked.", .officers)]
        if roles.hasGroupLeaders { guesses.append(("The leader of the largest party group.", .partyGroups)) }
        if let clerk = roles.clerk, !CouncilVocabulary.names(who, clerk), !CouncilVocabulary.names(who, "clerk") { guesses.append(("The \(clerk).", .clerk)) }
        if let chair = roles.chair, !CouncilVocabulary.names(who, chair) { guesses.append(("The \(chair).", .chairs)) }
        // A side another clause also allows to do it is not a wrong guess.
        let taskWords = ContentWords.of(task)
        let wrong = guesses.filter { guess in
            !context.index.actions.contains(overlapping: taskWords, atLeast: 0.5) { $0.binds == guess.1 && !$0.forbids && $0.statesRule }
        }
        guard wrong.count >= 2 else { return nil }
        let template = context.castTemplate(reference: context.reference(statement), key: "only-who|\(statement.quote)")
        let says = "The protocol says: “\(statement.quote.trimmingCharacters(in: " "))” ({clause})."
        return QuestionDraft(
            type: .who, kind: .recall, roles: [.councillor, .officer], topic: statement.topic,
            stem: template.render("Under the protocol, who may \(task)?"),
            options: [(template.render("Only " + who + "."), true, template.render("Yes. \(says)"))]
                + wrong.prefix(3).map { (template.render($0.0), false, template.render("No. Only \(who) may. \(says)")) },
            citations: [Citation(clause: statement.clauseID, quote: statement.quote)], difficulty: .easy, origin: "only-who"
        )
    }

    private func responsibility(_ statement: RuleStatement) -> [QuestionDraft] {
        // "X is responsible for <task>"; "it is the responsibility of the Officer to …" names no task to ask about.
        guard statement.kind == .isResponsible, statement.itemIndex == nil, statement.quote.lowercased().contains("responsible for"),
              let right = sides.first(where: { $0.party == statement.binds }) else { return [] }
        let task = statement.action.trimmingCharacters(in: " .;:")
        let count = task.split(separator: " ").count
        guard count >= 3, count <= 18, !Anaphora.pointsBack(task) else { return [] }
        let words = ContentWords.of(task)
        let wrong = sides.filter { side in
            // The clerk is one of the staff, and the chair one of the councillors: neither is wrong for the other.
            guard side.party != right.party, !Self.overlaps(side.party, right.party) else { return false }
            // A side the protocol gives much the same task is not a wrong answer.
            return !context.index.actions.contains(overlapping: words, atLeast: 0.5) { $0.binds == side.party }
        }
        guard wrong.count >= 2 else { return [] }
        let template = context.castTemplate(reference: context.reference(statement), key: "responsible|\(statement.quote)")
        let says = "The protocol says: “\(statement.quote.trimmingCharacters(in: " "))” ({clause})."
        let owner = right.name.prefix(1).lowercased() + right.name.dropFirst()
        return [QuestionDraft(
            type: .who, kind: .recall, roles: [.councillor, .officer], topic: statement.topic,
            stem: template.render("Under the protocol, who is responsible for \(task)?"),
            options: [(template.render(right.name + "."), true, template.render("Yes. \(says)"))]
                + wrong.map { (template.render($0.name + "."), false, template.render("No. The protocol gives this to \(owner). \(says)")) },
            citations: [Citation(clause: statement.clauseID, quote: statement.quote)], difficulty: .easy,
            origin: "responsibility"
        )]
    }

    private static func overlaps(_ one: Party, _ other: Party) -> Bool {
        let pairs: Set<[Party]> = [[.clerk, .officers], [.officers, .clerk], [.chairs, .councillors], [.councillors, .chairs]]
        return pairs.contains([one, other])
    }
}
