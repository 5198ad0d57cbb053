import TrainerModel

/// Turns drafts into questions: stable ids, option ids, a settled option order, and the checks every question must pass.
struct QuestionFinisher {
    let context: GenerationContext

    func finish(_ draft: QuestionDraft) -> Question? {
        guard isSound(draft) else { return nil }
        if context.vocabulary.hasNoWards, draft.speaksOfWards { return nil }
        var draft = context.vocabulary.hasDivisions ? draft.inDivisions : draft
        if context.vocabulary.isAuthority { draft = draft.atAnAuthority }
        let id = StableID.make("q", [draft.origin] + draft.citations.map { $0.clause + "|" + $0.quote.normalisedForID })
        var options = draft.options.map { option in
            QuestionOption(id: StableID.make("o", [id, option.text.normalisedForID], length: 8), text: option.text,
                           correct: option.correct, feedback: option.feedback)
        }
        if !draft.fixedOrder {
            var random = context.random("options", id)
            options = random.shuffle(options)
        }
        var kind = draft.kind
        // A "scenario" that copies the clause word for word is a recall question in disguise.
        if kind == .scenario, draft.citations.contains(where: { CopiedWords.longestRun(draft.stem, $0.quote) >= 8 }) {
            kind = .recall
        }
        return Question(id: id, type: draft.type, kind: kind, roles: draft.roles.sorted(), topic: draft.topic,
                        stem: draft.stem, options: options, citations: draft.citations, difficulty: draft.difficulty,
                        origin: draft.origin)
    }

    /// The structural rules: right number of correct options, distinct options, feedback on each, no unfilled slot.
    private func isSound(_ draft: QuestionDraft) -> Bool {
        let correct = draft.options.filter(\.correct).count
        switch draft.type {
        case .oneAnswer, .who, .yesNo: guard correct == 1 else { return false }
        case .chooseAll: guard correct >= 1, correct < draft.options.count else { return false }
        }
        guard draft.options.count >= 2 else { return false }
        let texts = draft.options.map { $0.text.normalisedForID }
        guard Set(texts).count == texts.count else { return false }
        guard draft.options.allSatisfy({ !$0.feedback.isEmpty && !$0.text.isEmpty }) else { return false }
        let everything = ([draft.stem] + draft.options.flatMap { [$0.text, $0.feedback] }).joined(separator: " ")
        return !everything.contains("{") && !everything.contains("}")
    }
}

extension String {
    /// Lower-case words only, for ids and comparisons that should not change with punctuation or spacing.
    package var normalisedForID: String {
        lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}
