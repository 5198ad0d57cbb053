import Foundation

/// Quote-spotting: questions that ask which wording is the protocol's. The true sentence is the odd one out among
/// copies of it with a word or a rider changed, so nobody needs the protocol to answer. Readers accepted none.
extension LintRules {
    /// Questions about the protocol's words rather than about what someone should do: "Is this what the protocol
    /// says?", "Which of these matches what the protocol says about …?", "True or false: …".
    private static let askingForWording: [NSRegularExpression] = [
        #"\bwhat (the|this|our) (protocol|code|policy|document)( itself)? (says|said|states|stated|sets out|lays down)\b"#,
        #"\b(does|do|did) (the|this|our) (protocol|code|policy|document) (say|state|set out)\b"#,
        #"\b(protocol|code|policy)('s|’s) (own )?(words|wording)\b"#,
        #"\btrue or false\b"#,
        #"\bwhich (one )?(of (these|the following) )?(statements?|sentences?|versions?|wordings?)\b"#,
        #"\bexceptions? to the rule that\b"#,
    ].map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }

    static let asksForTheWording = LintRule(
        id: "asks-for-the-wording",
        summary: "The stem asks which words are the protocol's (\"Is this what the protocol says?\"), not what someone should do.",
        faulty: sample(stem: "Which of these matches what the protocol says about instructions?",
                       kind: .recall, options: [
                        ("A Councillor acting as an individual cannot give instructions to a Council employee.", true, "Yes (2.3)."),
                        ("A Councillor acting as an individual may give instructions to a Council employee.", false, "No (2.3)."),
                        ("Only the Chair may give instructions.", false, "No (2.3)."),
                       ]),
        clean: sample()
    ) { question, _ in
        let asks = StemParts(question.stem).questions.first { sentence in
            let range = NSRange(sentence.startIndex..., in: sentence)
            return askingForWording.contains { $0.firstMatch(in: sentence, range: range) != nil }
        }
        return asks.map { ["The stem asks what the protocol's words are (\"\($0)\"): a question should put the trainee in a situation the rule decides, not ask them to spot its sentence."] } ?? []
    }

    static let judgesAQuotedRule = LintRule(
        id: "judges-a-quoted-rule",
        summary: "A yes/no question whose stem is the cited rule, or a copy of it with a word changed, to be judged true or false.",
        faulty: sample(stem: "Is this right? “A Councillor acting as an individual can give instructions to a Council employee.”",
                       type: .yesNo, kind: .recall, options: [("Yes", false, "No (2.3)."), ("No", true, "Right (2.3).")]),
        clean: sample(stem: "Cllr Priya Shah asks the groundsman to cut the hedges, and he does. Was he right to?",
                      type: .yesNo, options: [("Yes", false, "No (2.3)."), ("No", true, "Right (2.3).")])
    ) { question, _ in
        guard question.type == .yesNo || question.options.map(\.text).sorted() == ["No", "Yes"] else { return [] }
        let parts = StemParts(question.stem)
        // A statement to judge, quoted or not: one that is mostly the words of a cited rule, in its order.
        for passage in parts.quoted + parts.story + parts.questions where WordOverlap.words(passage).count >= 6 {
            for citation in question.citations where WordOverlap.share(of: passage, in: citation.quote) >= 0.6 {
                return ["The stem gives the words of clause \(citation.clause) to be judged yes or no: whether a sentence sounds right can be told without the protocol."]
            }
        }
        return []
    }

    static let nearCopyOptions = LintRule(
        id: "near-copy-options",
        summary: "Options that are one sentence with a few words changed (\"need not\", \"unless the Clerk agrees\"), or copies of the cited rule.",
        faulty: sample(stem: "Cllr Priya Shah wants the groundsman to cut the hedges. What may she do?", options: [
            ("She cannot give instructions to a Council employee as an individual.", true, "Yes (2.3)."),
            ("She can give instructions to a Council employee as an individual, if the Clerk agrees.", false, "No (2.3)."),
            ("Ask the Chair to tell him.", false, "No (2.3)."),
        ]),
        clean: sample()
    ) { question, _ in
        let options = question.options.map { WordOverlap.words($0.text) }
        // Sentences, not names: "The Chairman of the Council" beside "The Chairman of the Personnel Committee" are two
        // roles, not one rule edited.
        let sentence = 7
        // Two options where the shorter is mostly the longer's words in the same order.
        for i in options.indices where options[i].count >= sentence {
            // Two wrong answers alike give nothing away ("the group, at its next meeting" beside "the full council, at its
            // next meeting"); a right answer beside its edited copy does.
            for j in options.indices where j > i && options[j].count >= sentence
                && question.options[i].correct != question.options[j].correct {
                // The shorter is the longer with a rider taken off or a word or two swapped ("should" for "need not"),
                // not another answer that happens to open the same way ("Nothing different, as long as …").
                let shorter = min(options[i].count, options[j].count), shared = WordOverlap.inOrder(options[i], options[j])
                if Double(shared) >= 0.7 * Double(shorter), shorter - shared <= 2 {
                    return ["Options \(i + 1) and \(j + 1) are the same sentence with a few words changed, so the one that differs from the rest gives itself away."]
                }
            }
        }
        // Or two options each made from the same cited sentence: the rule and an edited copy of it.
        for citation in question.citations {
            let quote = WordOverlap.words(citation.quote)
            let copies = options.indices.filter { options[$0].count >= sentence && Double(WordOverlap.inOrder(options[$0], quote)) >= 0.6 * Double(options[$0].count) }
            if copies.count >= 2 {
                return ["Options \(copies.map { String($0 + 1) }.joined(separator: " and ")) are copies of clause \(citation.clause), edited: spotting the protocol's own sentence needs no knowledge of it."]
            }
        }
        return []
    }
}
