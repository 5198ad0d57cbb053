/// Reads every clause and list item of a protocol as rule statements.
public enum ClauseAnalyser {
    /// One statement per sentence of each clause's text, and one per list item.
    public static func analyse(_ document: CouncilProtocol) -> [RuleStatement] {
        document.clauses.flatMap(analyse)
    }

    static func analyse(_ clause: Clause) -> [RuleStatement] {
        let sentences = SentenceSplitter.sentences(clause.text)
        var statements: [RuleStatement] = []
        for sentence in sentences {
            var next = statement(for: sentence, clause: clause, itemIndex: nil, context: nil)
            // "They have a duty to …" after "Officers serve the Council …": the pronoun is the last sentence's party.
            if let previous = statements.last, startsWithPronoun(sentence) { next.binds = previous.binds }
            statements.append(next)
        }
        // The list's lead-in ("Officers can expect from Councillors:", "members should:") gives its items their force.
        let leadIn = sentences.last.map { statement(for: $0, clause: clause, itemIndex: nil, context: nil) }
        for (index, item) in clause.items.enumerated() {
            statements.append(statement(for: item.text, clause: clause, itemIndex: index, context: leadIn))
        }
        return statements
    }

    static func statement(for sentence: String, clause: Clause, itemIndex: Int?, context leadIn: RuleStatement?) -> RuleStatement {
        let words = sentence.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased().trimmingCharacters(in: ".,;:()\"“”") }
        let modal = findModal(lower, outsideBrackets: bracketDepths(words))
        var kind = modal?.kind ?? .statement
        var binds: Party
        var action: String
        if let modal {
            action = words[(modal.range.upperBound)...].joined(separator: " ")
            let subject = mainClauseSubject(words[..<modal.range.lowerBound].joined(separator: " "))
            binds = Party.subject(of: subject) ?? Party.subject(of: sentence) ?? headingParty(clause.heading) ?? .both
            // "may" of a thing is a possibility, not a permission: "A serious breach … may lead to an investigation".
            if kind == .may || kind == .mayNot, !Party.isPersonHead(subject) { kind = .statement }
            // "This protocol sets out how councillors … should work together" describes; it does not rule.
            if subject.lowercased().split(separator: " ").contains("how") { kind = .statement }
        } else {
            action = sentence
            binds = Party.subject(of: sentence) ?? headingParty(clause.heading) ?? .both
        }
        if let leadIn, itemIndex != nil {
            (kind, binds) = itemForce(item: lower, own: modal?.kind, leadIn: leadIn)
            if modal == nil { action = sentence }
        }
        if kind == .canExpect, itemIndex == nil {
            // "All Councillors can expect:" binds officers to provide; "Officers can expect" binds councillors.
            binds = binds == .councillors ? .officers : binds == .officers ? .councillors : binds
        }
        var route = RouteFinder.route(in: sentence)
        if route != nil, kind != .concernGoesTo {
            if RouteFinder.isConcern(sentence), !kind.forbids { kind = .concernGoesTo } else { route = nil }
        }
        // "should avoid X" forbids X.
        if kind == .should || kind == .must, action.lowercased().hasPrefix("avoid ") {
            kind = kind == .must ? .mustNot : .shouldNot
            action = String(action.dropFirst(6))
        }
        let conditionText = itemIndex == nil ? sentence : sentence + " " + (leadIn?.quote ?? "")
        return RuleStatement(
            clauseID: clause.id, itemIndex: itemIndex, quote: sentence, heading: clause.heading, binds: binds, kind: kind,
            action: action.trimmingCharacters(in: " .;"), conditions: ConditionFinder.conditions(in: conditionText), route: route,
            topic: Topic.classify(sentence + (itemIndex == nil ? "" : " " + (leadIn?.quote ?? "")), heading: clause.heading)
        )
    }

    /// An item takes its force from the lead-in, turned round where the item itself says "never" or "not".
    private static func itemForce(item: [String], own: RuleKind?, leadIn: RuleStatement) -> (RuleKind, Party) {
        let binds = leadIn.binds
        if let own, own != .statement, own != .must || leadIn.kind == .statement { return (own, binds) }
        let negated = item.first == "never" || item.first == "not" || item.starts(with: ["avoid"])
        switch leadIn.kind {
        case .statement:
            // A list under a plain statement ("Councillors have four main areas of responsibility") describes, not binds.
            return (.statement, binds)
        case .must, .should:
            let base = leadIn.kind
            if negated { return (base == .must ? .mustNot : .shouldNot, binds) }
            return (base, binds)
        case .canExpect:
            return (.canExpect, binds)
        default:
            return (leadIn.kind, binds)
        }
    }

    /// The first modal phrase outside brackets. "It may be necessary" is a possibility, not a permission, and
    /// "will be reported" describes rather than binds.
    private static func findModal(_ words: [String], outsideBrackets: [Bool]) -> (range: Range<Int>, kind: RuleKind)? {
        for start in words.indices where outsideBrackets[start] {
            for (phrase, kind) in RuleKind.phrases where start + phrase.count <= words.count {
                guard Array(words[start..<(start + phrase.count)]) == phrase else { continue }
                let previous = start > 0 ? words[start - 1] : ""
                let next = start + phrase.count < words.count ? words[start + phrase.count] : ""
                if kind == .may, ["it", "this", "there", "which", "that"].contains(previous) { continue }
                if phrase == ["will"] || phrase == ["may"], next == "be" || next == "have" { continue }
                return (start..<(start + phrase.count), kind)
            }
        }
        return nil
    }

    /// For each word, whether it stands outside any brackets.
    private static func bracketDepths(_ words: [String]) -> [Bool] {
        var depth = 0
        return words.map { word in
            let opens = word.filter { $0 == "(" }.count, closes = word.filter { $0 == ")" }.count
            let outside = depth == 0 && opens == 0
            depth = max(0, depth + opens - closes)
            return outside
        }
    }

    /// "If an Officer is concerned …, the nature of the concern" → the words after the leading condition.
    /// The words before the sentence's rule-making verb, without a leading condition: "Press releases or statements made
    /// by officers" in "Press releases … must promote …"; nil when no modal rules the sentence.
    static func subject(of sentence: String) -> String? {
        let words = sentence.split(separator: " ").map(String.init)
        let lower = words.map { $0.lowercased().trimmingCharacters(in: ".,;:()\"“”") }
        guard let modal = findModal(lower, outsideBrackets: bracketDepths(words)) else { return nil }
        return mainClauseSubject(words[..<modal.range.lowerBound].joined(separator: " "))
    }

    private static func mainClauseSubject(_ text: String) -> String {
        let lower = text.lowercased()
        if ["if ", "when ", "where ", "whilst ", "while ", "in "].contains(where: lower.hasPrefix), let comma = text.lastIndex(of: ",") {
            return String(text[text.index(after: comma)...])
        }
        return text
    }

    /// "They …", "However, they …", "Equally, he/she …": the sentence's party is the one before.
    private static func startsWithPronoun(_ sentence: String) -> Bool {
        var words = sentence.lowercased().split(separator: " ").map { $0.trimmingCharacters(in: ",") }
        if let first = words.first, ["however", "equally", "likewise", "also", "similarly", "but", "and", "therefore"].contains(first) {
            words.removeFirst()
        }
        return ["they", "he/she", "he", "she", "such"].contains(words.first ?? "")
    }

    private static func headingParty(_ heading: String?) -> Party? {
        heading.flatMap { Party.named(in: $0) }
    }
}
