import QuestionGeneration
import TrainerModel

/// The lint rules.
enum LintRules {
    static let all: [LintRule] = [
        unfilledSlot, doubledWord, articleAgreement, stemEnding, emptyText, duplicateOptions, correctCount,
        yesNoOptions, spacing, capitalStart, doublePunctuation, unbalancedMarks, scenarioCopiesClause, citationQuote,
        // The shapes blind readers rejected every time (quote-spotting; a clause with a name in front).
        asksForTheWording, judgesAQuotedRule, nearCopyOptions, clauseAsAction, stockSetting,
    ]

    static func sample(stem: String = "Cllr Priya Shah asks the groundsman to cut the hedges. What should she have done?",
                       type: QuestionType = .oneAnswer, kind: QuestionKind = .scenario,
                       options: [(String, Bool, String)] = [
                        ("Raised it with the Clerk.", true, "Yes (2.3)."), ("Nothing different.", false, "No (2.3)."),
                        ("Asked the Chair to tell him.", false, "No (2.3)."),
                       ],
                       citations: [Citation] = [Citation(clause: "2.3", quote: "A Councillor acting as an individual cannot give instructions to a Council employee")]) -> Question {
        Question(id: "q-sample", type: type, kind: kind, roles: [.councillor], topic: .instructions, stem: stem,
                 options: options.enumerated().map { QuestionOption(id: "o\($0.offset)", text: $0.element.0, correct: $0.element.1, feedback: $0.element.2) },
                 citations: citations, difficulty: .medium, origin: "sample")
    }

    static let unfilledSlot = LintRule(
        id: "unfilled-slot", summary: "A template slot such as {cllr} was left unfilled.",
        faulty: sample(stem: "{cllr} asks the groundsman to cut the hedges. What should she have done?"), clean: sample()
    ) { question, _ in
        question.texts.filter { $0.text.contains("{") || $0.text.contains("}") }.map { "The \($0.name) has an unfilled slot: \($0.text)" }
    }

    static let doubledWord = LintRule(
        id: "doubled-word", summary: "The same word twice in a row (\"the the\", \"only only\").",
        faulty: sample(stem: "Cllr Priya Shah asks the the groundsman to cut the hedges. What should she have done?"), clean: sample()
    ) { question, _ in
        question.texts.compactMap { name, text in
            // "members, members should" is the clause's own wording; only words with nothing between them count.
            let words = text.lowercased().split(separator: " ").map(String.init)
            guard let index = words.indices.dropFirst().first(where: {
                words[$0 - 1].last?.isLetter == true && words[$0] == words[$0 - 1] && words[$0].count > 1
            }) else { return nil }
            return "The \(name) repeats \"\(words[index])\"."
        }
    }

    static let articleAgreement = LintRule(
        id: "article-agreement", summary: "\"a\" before a vowel sound or \"an\" before a consonant (\"a officer\").",
        faulty: sample(stem: "Cllr Priya Shah asks a officer to cut the hedges. What should she have done?"), clean: sample()
    ) { question, _ in
        let vowelSoundExceptions: Set<String> = ["one", "once", "user", "union", "unit", "university", "uniform", "usual", "european", "useful"]
        let silentH: Set<String> = ["hour", "honest", "honour", "heir"]
        return question.texts.compactMap { name, text in
            let words = text.split(separator: " ").map { $0.trimmingCharacters(in: "\"'“”‘’(),.;:") }
            for index in words.indices.dropLast() {
                let article = words[index].lowercased(), next = words[index + 1].lowercased()
                guard let first = next.first, first.isLetter else { continue }
                let vowelSound = ("aeiou".contains(first) && !vowelSoundExceptions.contains(where: next.hasPrefix)) || silentH.contains(where: next.hasPrefix)
                if article == "a", vowelSound { return "The \(name) says \"a \(next)\"." }
                if article == "an", !vowelSound { return "The \(name) says \"an \(next)\"." }
            }
            return nil
        }
    }

    static let stemEnding = LintRule(
        id: "stem-ending", summary: "A stem must end with a question mark or a full stop.",
        faulty: sample(stem: "Cllr Priya Shah asks the groundsman to cut the hedges. What should she have done"), clean: sample()
    ) { question, _ in
        // A stem may end with a quotation: "Is this what the protocol says? “Members must …”"
        let last = question.stem.trimmingCharacters(in: " ”\"’").last
        return last == "?" || last == "." ? [] : ["The stem does not end with a question mark or a full stop."]
    }

    static let emptyText = LintRule(
        id: "empty-text", summary: "A stem, option or feedback with no words.",
        faulty: sample(options: [("Raised it with the Clerk.", true, ""), ("Nothing different.", false, "No (2.3)."), ("Asked the Chair.", false, "No.")]),
        clean: sample()
    ) { question, _ in
        question.texts.filter { $0.text.trimmingCharacters(in: " ").isEmpty }.map { "The \($0.name) is empty." }
    }

    static let duplicateOptions = LintRule(
        id: "duplicate-options", summary: "Two options that say the same thing.",
        faulty: sample(options: [("Raised it with the Clerk.", true, "Yes."), ("Raised it with the clerk", false, "No."), ("Nothing.", false, "No.")]),
        clean: sample()
    ) { question, _ in
        let texts = question.options.map { $0.text.normalisedForID }
        return Set(texts).count == texts.count ? [] : ["Two options have the same words."]
    }

    static let correctCount = LintRule(
        id: "correct-count", summary: "One-answer, yes/no and who questions need exactly one right option; choose-all needs right and wrong ones.",
        faulty: sample(options: [("Raised it with the Clerk.", true, "Yes."), ("Nothing different.", true, "No."), ("Asked the Chair.", false, "No.")]),
        clean: sample()
    ) { question, _ in
        let correct = question.options.filter(\.correct).count
        switch question.type {
        case .oneAnswer, .yesNo, .who:
            return correct == 1 ? [] : ["A \(question.type.rawValue) question has \(correct) right options instead of one."]
        case .chooseAll:
            return correct >= 1 && correct < question.options.count ? [] : ["A choose-all question needs at least one right and one wrong option."]
        }
    }

    static let yesNoOptions = LintRule(
        id: "yes-no-options", summary: "A yes/no question offers exactly Yes and No.",
        faulty: sample(type: .yesNo, options: [("Yes", true, "Yes."), ("Maybe", false, "No.")]),
        clean: sample(type: .yesNo, options: [("Yes", true, "Yes."), ("No", false, "No.")])
    ) { question, _ in
        guard question.type == .yesNo else { return [] }
        return question.options.map(\.text).sorted() == ["No", "Yes"] ? [] : ["A yes/no question must offer exactly Yes and No."]
    }

    static let spacing = LintRule(
        id: "spacing", summary: "Double spaces, or spaces at the start or end, or before punctuation.",
        faulty: sample(stem: "Cllr Priya Shah asks the groundsman  to cut the hedges . What should she have done?"), clean: sample()
    ) { question, _ in
        question.texts.compactMap { name, text in
            if text.contains("  ") || text.hasPrefix(" ") || text.hasSuffix(" ") || text.contains(" .") || text.contains(" ,") || text.contains(" ?") {
                return "The \(name) has stray spaces."
            }
            return nil
        }
    }

    static let capitalStart = LintRule(
        id: "capital-start", summary: "Text a trainee reads starts with a capital letter.",
        faulty: sample(stem: "cllr Priya Shah asks the groundsman to cut the hedges. What should she have done?"), clean: sample()
    ) { question, _ in
        question.texts.compactMap { name, text in
            guard let first = text.first(where: { $0.isLetter || $0.isNumber }), first.isLowercase else { return nil }
            return "The \(name) starts with a small letter."
        }
    }

    static let doublePunctuation = LintRule(
        id: "double-punctuation", summary: "Punctuation doubled up (\"..\", \",.\", \".?\").",
        faulty: sample(stem: "Cllr Priya Shah asks the groundsman to cut the hedges.. What should she have done?"), clean: sample()
    ) { question, _ in
        question.texts.compactMap { name, text in
            let clean = text.replacingOccurrences(of: "…", with: "")
            for pair in ["..", ",.", ".,", ".?", "?.", ";.", ":.", ",,"] where clean.contains(pair) {
                return "The \(name) has \"\(pair)\"."
            }
            return nil
        }
    }

    static let unbalancedMarks = LintRule(
        id: "unbalanced-marks", summary: "Brackets or quotation marks opened and not closed.",
        faulty: sample(stem: "Cllr Priya Shah asks the groundsman (who is busy to cut the hedges. What should she have done?"), clean: sample()
    ) { question, _ in
        question.texts.compactMap { name, text in
            let pairs: [(Character, Character)] = [("(", ")"), ("“", "”"), ("[", "]")]
            for (open, close) in pairs where text.filter({ $0 == open }).count != text.filter({ $0 == close }).count {
                return "The \(name) has an unmatched \(open)\(close)."
            }
            return text.filter({ $0 == "\"" }).count % 2 == 0 ? nil : "The \(name) has an unmatched quotation mark."
        }
    }

    static let scenarioCopiesClause = LintRule(
        id: "scenario-copies-clause", summary: "A scenario stem repeats eight or more words of its clause in a row.",
        faulty: sample(stem: "Cllr Priya Shah, a Councillor acting as an individual, cannot give instructions to a Council employee. Is that right?"),
        clean: sample()
    ) { question, _ in
        guard question.kind == .scenario else { return [] }
        return question.citations.compactMap { citation in
            let run = CopiedWords.longestRun(question.stem, citation.quote)
            return run >= 8 ? "The scenario stem copies \(run) words in a row from clause \(citation.clause)." : nil
        }
    }

    static let citationQuote = LintRule(
        id: "citation-quote", summary: "Each citation names a clause that exists and quotes its words exactly.",
        faulty: sample(citations: [Citation(clause: "2.3", quote: "A Councillor may instruct staff")]), clean: sample()
    ) { question, document in
        guard let document else { return [] }
        return question.citations.compactMap { citation in
            guard let clause = document.clause(id: citation.clause) else { return "Clause \(citation.clause) does not exist in the protocol." }
            let words = [clause.text] + clause.items.map(\.text)
            return words.contains(where: { $0.contains(citation.quote) }) ? nil : "The quote is not word for word in clause \(citation.clause): \(citation.quote)"
        }
    }
}
