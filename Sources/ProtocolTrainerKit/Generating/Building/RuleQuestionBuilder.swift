/// The general path: questions from any rule, whether or not the catalogue knows it.
///
/// A rule whose action can stand in a scenario gets a yes/no scenario ("… decided to <action>. Was that in line with the
/// protocol?") and a one-answer scenario ("… is wondering whether to <action>. What does the protocol say?"). A rule with
/// exceptions, or whose action is too long to restate without copying the clause, gets recall questions instead.
struct RuleQuestionBuilder {
    let context: GenerationContext

    /// Scenario questions about the rule, where its action can be restated in a situation.
    func scenarios(for statement: RuleStatement, leadIn: RuleStatement?) -> [QuestionDraft] {
        guard statement.statesRule, statement.kind != .concernGoesTo, statement.kind != .canExpect,
              statement.conditions.isEmpty, !isContradictedElsewhere(statement) else { return [] }
        // "Press releases … made by officers must promote …" rules a thing: no one "decided to promote or give information".
        if statement.itemIndex == nil, let subject = ClauseAnalyser.subject(of: statement.quote), !Party.isPersonHead(subject) { return [] }
        var drafts: [QuestionDraft] = []
        let roles = statement.binds == .both ? [TraineeRole.councillor, .officer] : [statement.binds.roles.first ?? .councillor]
        for (index, role) in roles.enumerated() {
            guard let person = ScenarioPerson.acting(for: statement.binds, as: role) else { continue }
            // With two roles, one gets the yes/no question and the other the one-answer question.
            if roles.count == 1 || index == 0, let draft = yesNo(statement, person, leadIn) { drafts.append(draft) }
            if roles.count == 1 || index == 1, let draft = whether(statement, person, leadIn) { drafts.append(draft) }
        }
        return drafts
    }

    /// Recall questions about the rule, best first: its misreadings, true or false, which is right; and its exception.
    func recalls(for statement: RuleStatement, leadIn: RuleStatement?) -> [QuestionDraft] {
        guard statement.statesRule, statement.kind != .concernGoesTo, statement.kind != .canExpect else { return [] }
        var drafts = [recall, whichIsRight, trueOrFalse].compactMap { $0(statement, leadIn) }
        if !statement.conditions.isEmpty, statement.kind.forbids, let draft = exception(statement, leadIn) { drafts.insert(draft, at: min(1, drafts.count)) }
        return drafts
    }

    // MARK: Scenarios

    private func setting(_ statement: RuleStatement, _ person: ScenarioPerson, form: String)
        -> (template: TemplateText, opening: String, action: String)? {
        let key = "\(statement.clauseID)|\(statement.quote)|\(form)|\(person.role)"
        let template = context.castTemplate(reference: context.reference(statement), key: key)
        guard let full = ActionPhrase.forScenario(statement.action, person: person.person(in: template), councilKind: context.vocabulary.councilKind),
              let action = ActionPhrase.shortened(full, against: statement.quote) else { return nil }
        // The rule's own condition makes the best situation; a stock opener for its topic otherwise. A condition that
        // cannot be told as a situation ("When requested to do so, officers will keep … confidential") decides the
        // answer, so a scenario without it would mislead.
        if statement.itemIndex == nil, Circumstance.opensWithCondition(statement.quote) {
            guard let situation = Circumstance.of(statement.quote, person: person.person(in: template),
                                                  councilKind: context.vocabulary.councilKind) else { return nil }
            return (template, "\(person.introduction) \(situation). \(person.short)", action)
        }
        var random = context.random("opener", key)
        let opener = random.pick(ScenarioOpeners.openers(for: statement.topic))
        return (template, "\(opener) \(person.introduction)", action)
    }

    private func yesNo(_ statement: RuleStatement, _ person: ScenarioPerson, _ leadIn: RuleStatement?) -> QuestionDraft? {
        guard let (template, opening, action) = setting(statement, person, form: "yes-no") else { return nil }
        let quote = quoted(statement, leadIn)
        let stem: String
        let answerIsYes: Bool
        switch statement.kind {
        case .mustNot, .mayNot, .shouldNot:
            stem = "\(opening) decided to \(action). Was that in line with the protocol?"
            answerIsYes = false
        case .must, .should, .isResponsible:
            var random = context.random("polarity", statement.clauseID, statement.quote)
            answerIsYes = random.below(2) == 0
            stem = answerIsYes
                ? "\(opening) made sure to \(action). Was that in line with the protocol?"
                : "\(opening) decided not to \(action), thinking it unnecessary. Was that in line with the protocol?"
        case .may, .hasRight:
            stem = "\(opening) decided to \(action). Was \(person.pronoun("they")) entitled to?"
            answerIsYes = true
        default:
            return nil
        }
        let right = "\(answerIsYes ? "Yes" : "Right, it was not"). The protocol says: \(quote) ({clause})."
        let wrong = "\(answerIsYes ? "It was" : "No, it was not"). The protocol says: \(quote) ({clause})."
        return QuestionDraft(
            type: .yesNo, kind: .scenario, roles: [person.role], topic: statement.topic, stem: template.render(stem),
            options: [("Yes", answerIsYes, template.render(answerIsYes ? right : wrong)),
                      ("No", !answerIsYes, template.render(answerIsYes ? wrong : right))],
            citations: [citation(statement)], difficulty: .easy, origin: "rule:yes-no-\(statement.kind.rawValue)", fixedOrder: true
        )
    }

    private func whether(_ statement: RuleStatement, _ person: ScenarioPerson, _ leadIn: RuleStatement?) -> QuestionDraft? {
        guard let (template, opening, action) = setting(statement, person, form: "whether") else { return nil }
        let quote = quoted(statement, leadIn)
        let they = person.pronoun("they", capitalised: true), them = person.pronoun("them"), their = person.pronoun("their")
        let says = "The protocol says: \(quote) ({clause})."
        var options: [(String, Bool, String)]
        switch statement.kind {
        case .mustNot, .mayNot, .shouldNot:
            let verb = statement.kind == .shouldNot ? "should not" : "must not"
            options = [
                ("\(they) \(verb) do it.", true, "Yes. \(says)"),
                ("\(they) may, as long as the {clerk} agrees.", false, "No. The protocol makes no exception for the {clerk}'s agreement. \(says)"),
                ("\(they) may, as long as \(person.pronoun("they")) mentions it at the next meeting.", false, "No. Telling the council afterwards does not make it acceptable. \(says)"),
                ("It is up to \(them): the protocol leaves it to \(their) judgement.", false, "No. The protocol is clear on this. \(says)"),
            ]
        case .must, .should:
            let verb = statement.kind == .should ? "should" : "must"
            options = [
                ("\(they) \(verb) do it.", true, "Yes. \(says)"),
                ("\(they) need not, unless the Chair asks \(them) to.", false, "No. It does not wait for the Chair. \(says)"),
                ("It is up to \(them): the protocol leaves it to \(their) judgement.", false, "No. The protocol expects it. \(says)"),
            ]
            if statement.binds != .clerk {
                options.append(("It is for the {clerk} to do, not \(them).", false, "No. The protocol puts this on \(them). \(says)"))
            }
        case .may, .hasRight:
            options = [
                ("\(they) may do it.", true, "Yes. \(says)"),
                ("\(they) must not do it.", false, "No: the protocol allows it. \(says)"),
                ("Only with the Chair's written permission.", false, "No. The protocol does not require the Chair's permission. \(says)"),
                ("Only once the full council has voted on it.", false, "No. A vote is not needed. \(says)"),
            ]
        default:
            return nil
        }
        let stem = "\(opening) is wondering whether to \(action). What does the protocol say?"
        return QuestionDraft(
            type: .oneAnswer, kind: .scenario, roles: [person.role], topic: statement.topic, stem: template.render(stem),
            options: options.map { (template.render($0.0), $0.1, template.render($0.2)) },
            citations: [citation(statement)], difficulty: .medium, origin: "rule:whether-\(statement.kind.rawValue)"
        )
    }

    // MARK: Recall

    /// "Which of these matches the protocol?" with the rule and its usual misreadings.
    private func recall(_ statement: RuleStatement, _ leadIn: RuleStatement?) -> QuestionDraft? {
        guard let parts = RulePhrasing(statement, leadIn: leadIn) else { return nil }
        let template = context.castTemplate(reference: context.reference(statement), key: "recall|\(statement.quote)")
        let says = "The protocol says: \(quoted(statement, leadIn)) ({clause})."
        var wrong: [(String, String)] = []
        let core = parts.coreAction
        let avoids = core.lowercased().hasPrefix("avoid ")
        switch statement.kind {
        case .mustNot where avoids, .mayNot where avoids, .shouldNot where avoids:
            // "should avoid X" forbids X, but its words are a duty to avoid: misread it as one that can be waived.
            if statement.conditions.isEmpty {
                wrong.append(("\(parts.subject) need not \(core) if the {clerk} agrees.", "No. There is no such exception. \(says)"))
            } else {
                wrong.append(("\(parts.subject) \(parts.modal) \(core) in every case, without exception.", "No. The rule has an exception. \(says)"))
            }
            wrong.append(("\(parts.subject) need not \(core) if they have a good reason.", "No. \(says)"))
        case .mustNot, .mayNot, .shouldNot:
            if statement.conditions.isEmpty {
                wrong.append(("\(parts.subject) may \(core) if the {clerk} agrees.", "No. There is no such exception. \(says)"))
            } else {
                wrong.append(("\(parts.subject) must never \(core), in any circumstances.", "No. The rule has an exception. \(says)"))
            }
            wrong.append(("\(parts.subject) may \(core) whenever they think it right.", "No. \(says)"))
        case .must, .should:
            wrong.append(("\(parts.subject) may decide for themselves whether to \(core).", "No. \(says)"))
            wrong.append(("\(parts.subject) need only \(core) when the Chair asks them to.", "No. It does not wait for the Chair. \(says)"))
        case .may, .hasRight:
            wrong.append(("\(parts.subject) must never \(core).", "No: the protocol allows it. \(says)"))
            if statement.conditions.isEmpty {
                wrong.append(("\(parts.subject) may \(core) only with the Chair's written permission.", "No. The Chair's permission is not needed. \(says)"))
            }
        default:
            return nil
        }
        if let swapped = parts.withOtherParty(), !isStatedFor(swapped.party, like: statement) {
            wrong.append((swapped.text, "No. The protocol says this of \(swapped.original), not \(swapped.replacement). \(says)"))
        }
        guard wrong.count >= 2 else { return nil }
        let topic = statement.topic.title.lowercased()
        let stem = "Which of these matches what the protocol says about \(topic)?"
        return QuestionDraft(
            type: .oneAnswer, kind: .recall, roles: statement.binds.roles, topic: statement.topic, stem: stem,
            options: [(parts.sentence, true, template.render("Yes. \(says)"))] + wrong.map { (template.render($0.0), false, template.render($0.1)) },
            citations: [citation(statement)], difficulty: statement.conditions.isEmpty ? .medium : .hard,
            origin: "rule:recall-\(statement.kind.rawValue)"
        )
    }

    /// "Does the protocol ever allow members to …?" for a prohibition with an exception.
    private func exception(_ statement: RuleStatement, _ leadIn: RuleStatement?) -> QuestionDraft? {
        guard let parts = RulePhrasing(statement, leadIn: leadIn), let condition = statement.conditions.first,
              ["other than", "unless", "except", "save where", "without the consent", "provided"].contains(where: condition.lowercased().hasPrefix)
        else { return nil }
        let template = context.castTemplate(reference: context.reference(statement), key: "exception|\(statement.quote)")
        let stem = "Does the protocol allow any exception to the rule that \(parts.subject.lowercasedFirstWordIfCommon) \(parts.modal) \(parts.coreAction)?"
        let says = "The protocol says: \(quoted(statement, leadIn)) ({clause})."
        return QuestionDraft(
            type: .yesNo, kind: .recall, roles: statement.binds.roles, topic: statement.topic, stem: template.render(stem),
            options: [("Yes", true, template.render("Yes: \(condition). \(says)")),
                      ("No", false, template.render("No, there is one: \(condition). \(says)"))],
            citations: [citation(statement)], difficulty: .hard, origin: "rule:exception", fixedOrder: true
        )
    }

    /// "Under the protocol, is this right? …" with the rule or its opposite: works for any wording, passive included.
    private func trueOrFalse(_ statement: RuleStatement, _ leadIn: RuleStatement?) -> QuestionDraft? {
        let sentence = wholeSentence(statement, leadIn)
        guard let flipped = ModalFlip.opposite(of: sentence) else { return nil }
        var random = context.random("true-or-false", statement.clauseID, statement.quote)
        let showTrue = random.below(2) == 0
        let template = context.castTemplate(reference: context.reference(statement), key: "true-or-false|\(statement.quote)")
        let says = "The protocol says: \(quoted(statement, leadIn)) ({clause})."
        let stem = context(for: statement) + "Is this what the protocol says? “\((showTrue ? sentence : flipped).trimmingCharacters(in: " "))”"
        return QuestionDraft(
            type: .yesNo, kind: .recall, roles: statement.binds.roles, topic: statement.topic, stem: template.render(stem),
            options: [("Yes", showTrue, template.render(showTrue ? "Yes. \(says)" : "No, it says the opposite. \(says)")),
                      ("No", !showTrue, template.render(showTrue ? "It does. \(says)" : "Right: it says the opposite. \(says)"))],
            citations: [citation(statement)], difficulty: .easy, origin: "rule:true-or-false", fixedOrder: true
        )
    }

    /// "Which of these is what the protocol says?" with the rule, its opposite and a made-up exception.
    private func whichIsRight(_ statement: RuleStatement, _ leadIn: RuleStatement?) -> QuestionDraft? {
        let sentence = wholeSentence(statement, leadIn)
        guard let flipped = ModalFlip.opposite(of: sentence) else { return nil }
        var wrong = [(flipped, "No: that is the opposite of what the protocol says.")]
        if statement.kind.forbids || statement.kind == .must || statement.kind == .should, statement.conditions.isEmpty {
            wrong.append((ModalFlip.withInventedException(sentence, clerk: context.vocabulary.clerk), "No: the protocol makes no such exception."))
        }
        guard wrong.count >= 2 else { return nil }
        let template = context.castTemplate(reference: context.reference(statement), key: "which-is-right|\(statement.quote)")
        let says = "The protocol says: \(quoted(statement, leadIn)) ({clause})."
        return QuestionDraft(
            type: .oneAnswer, kind: .recall, roles: statement.binds.roles, topic: statement.topic,
            stem: template.render(context(for: statement)) + "Which of these is what the protocol says about \(statement.topic.title.lowercased())?",
            options: [(sentence, true, template.render("Yes. \(says)"))] + wrong.map { ($0.0, false, template.render("\($0.1) \(says)")) },
            citations: [citation(statement)], difficulty: .medium, origin: "rule:which-is-right"
        )
    }

    /// A sentence that leans on the one before ("They should not be used …", "However, …") is shown after it.
    private func context(for statement: RuleStatement) -> String {
        guard statement.itemIndex == nil else { return "" }
        let words = statement.quote.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: ",.;:") }
        let first = words.first ?? ""
        // "Councillors must not share it with anyone" needs the sentence that says what "it" is.
        let pointsBack = words.dropFirst().contains { ["it", "them", "these", "such"].contains($0) }
        guard ["they", "it", "this", "these", "such", "however", "equally", "but", "therefore", "likewise", "he/she", "their"].contains(first)
                || pointsBack,
              let previous = context.index.sentence(before: statement.quote, inClause: statement.clauseID) else { return "" }
        return "The protocol says: “\(previous)” "
    }

    /// The rule as one sentence a trainee can read on its own: an item joined to its list's lead-in.
    private func wholeSentence(_ statement: RuleStatement, _ leadIn: RuleStatement?) -> String {
        guard statement.itemIndex != nil, let leadIn else { return statement.quote }
        let lead = leadIn.quote.trimmingCharacters(in: " :")
        return "\(lead) \(statement.quote.lowercasedFirstWordIfCommon.trimmingCharacters(in: " .;,"))."
    }

    // MARK: Helpers

    private func citation(_ statement: RuleStatement) -> Citation {
        Citation(clause: statement.clauseID, quote: statement.quote)
    }

    /// The clause's words in quotation marks, with the list's lead-in for an item.
    private func quoted(_ statement: RuleStatement, _ leadIn: RuleStatement?) -> String {
        if statement.itemIndex != nil, let leadIn {
            return "“\(leadIn.quote.trimmingCharacters(in: " :")) … \(statement.quote.trimmingCharacters(in: " .;,"))”"
        }
        return "“\(statement.quote.trimmingCharacters(in: " "))”"
    }

    /// True when another clause permits or requires much the same action, so a question could not have one answer.
    private func isContradictedElsewhere(_ statement: RuleStatement) -> Bool {
        let mine = ContentWords.of(statement.action)
        guard mine.count >= 3 else { return false }
        // A statement never contradicts itself: the two must point opposite ways.
        return context.index.actions.contains(overlapping: mine, atLeast: 0.7) { other in
            other.statesRule && other.forbids != statement.kind.forbids && (other.binds == statement.binds || other.binds == .both)
        }
    }

    /// True when the protocol states much the same rule for `party` too.
    private func isStatedFor(_ party: Party, like statement: RuleStatement) -> Bool {
        context.index.actions.contains(overlapping: ContentWords.of(statement.action), atLeast: 0.5) { other in
            other.binds == party || other.binds == .both
        }
    }
}
