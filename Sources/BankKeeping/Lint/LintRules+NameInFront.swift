import QuestionGeneration

/// A clause with a name in front of it: "After a disagreement at the car park, Graham decided to <the clause's
/// words>. Was that in line with the protocol?" The setting has nothing to do with the rule, the action is the rule's
/// own words, and the answer is plain. Readers accepted none.
extension LintRules {
    private static let linkingWords: Set<String> = [
        "about", "after", "before", "during", "while", "whilst", "into", "onto", "over", "under", "between", "within",
        "without", "through", "when", "where", "then", "there", "were", "was", "been", "has", "had", "have", "some",
    ]

    static let clauseAsAction = LintRule(
        id: "clause-as-action",
        summary: "A yes/no or one-answer stem whose action is the cited rule's own words with a person put in front.",
        faulty: sample(stem: "On a busy Monday, Cllr Priya Shah decided to give instructions to a Council employee. Was that in line with the protocol?",
                       type: .yesNo, options: [("Yes", false, "No (2.3)."), ("No", true, "Right (2.3).")]),
        clean: sample()
    ) { question, document in
        guard question.type == .yesNo || question.type == .oneAnswer else { return [] }
        let stem = WordOverlap.words(question.stem)
        for citation in question.citations {
            let rule = CitedRule(citation, document: document)
            guard rule.action.count >= 3 else { continue }
            // Most of the action, or a phrase of five words of it: either way the stem is the rule, not a story.
            let copied = WordOverlap.wordsInRuns(of: rule.action, in: stem)
            if (copied >= 3 && Double(copied) >= 0.6 * Double(rule.action.count)) || WordOverlap.wordsInRuns(of: rule.action, in: stem, minimumRun: 5) > 0 {
                return ["The stem's action is clause \(citation.clause)'s own words (\"\(rule.action.joined(separator: " "))\"): tell a situation in which the rule decides what to do, in the story's own words."]
            }
        }
        return []
    }

    static let stockSetting = LintRule(
        id: "stock-setting",
        summary: "A one-sentence story whose opening has nothing to do with the rule and whose rest adds nothing to it.",
        faulty: sample(stem: "After a disagreement at the car park, Cllr Priya Shah decided to instruct a Council employee. Was that in line with the protocol?",
                       type: .yesNo, options: [("Yes", false, "No (2.3)."), ("No", true, "Right (2.3).")]),
        clean: sample(stem: "After the hedge-cutting contract fell through, Cllr Priya Shah phones the groundsman and tells him to cut the hedges by Friday. What should she have done?")
    ) { question, document in
        guard question.type == .yesNo || question.type == .oneAnswer, let (setting, rest) = StemParts(question.stem).opening else { return [] }
        for citation in question.citations {
            let rule = CitedRule(citation, document: document)
            // Linking words ("about", "after") say nothing of what the setting is.
            guard ContentWords.of(setting).subtracting(Self.linkingWords).isDisjoint(with: rule.clauseWords) else { continue }
            // What happens, beyond the rule's words: names and titles (capitalised) and the person's description between
            // commas ("Graham Pike, the council's Office Assistant, …") are not events.
            var words = rest.split(separator: " ").filter { !($0.first?.isUppercase ?? false) }.joined(separator: " ")
            if let open = rest.firstIndex(of: ","), let close = rest[rest.index(after: open)...].firstIndex(of: ","),
               ["the ", "a ", "an ", "who ", "one "].contains(where: rest[rest.index(after: open)...].trimmingCharacters(in: " ").hasPrefix) {
                words = rest[rest.index(after: close)...].split(separator: " ").filter { !($0.first?.isUppercase ?? false) }.joined(separator: " ")
            }
            let own = ContentWords.of(words).subtracting(rule.clauseWords).subtracting(Self.linkingWords)
            if own.count <= 3 {
                return ["The story is a stock setting (\"\(setting)\") with the rule put after it: nothing in it bears on clause \(citation.clause), and nothing happens that the rule decides."]
            }
        }
        return []
    }
}
