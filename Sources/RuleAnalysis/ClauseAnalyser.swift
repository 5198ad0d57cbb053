import Foundation
import TrainerModel

/// Reads every clause and list item of a protocol as rule statements, by the words of `Lexicon`.
///
/// A sentence's force is its first phrase of `Lexicon.phrases` that stands outside brackets, outside a relative clause
/// ("a Clerk who will …") and outside a leading subordinate clause ("If the matter cannot be resolved, …"). Then the
/// reading is checked against the misreadings a council would not accept:
/// - how the council is organised is not a duty ("Members will sit on committees", "The Council shall appoint a Clerk");
/// - an encouragement is not a duty ("Members are encouraged to …", "should feel free to");
/// - a "may" of a thing is not a permission ("the meeting may be held …", "this may lead to …");
/// - the public's entitlement is no councillor's or officer's ("Members of the public may …").
public enum ClauseAnalyser {
    /// One statement per sentence of each clause's text, and one per list item.
    public static func analyse(_ document: CouncilProtocol) -> [RuleStatement] {
        document.clauses.flatMap(analyse)
    }

    /// The statements of one clause: one per sentence of its text, and one per list item.
    package static func analyse(_ clause: Clause) -> [RuleStatement] {
        let sentences = SentenceSplitter.sentences(clause.text).filter(isReadable)
        var statements: [RuleStatement] = []
        for sentence in sentences {
            // "They have a duty to …" after "Officers serve the Council …": the pronoun is the last sentence's party.
            let previous = startsWithPronoun(sentence) ? statements.last?.binds : nil
            statements.append(statement(for: sentence, clause: clause, itemIndex: nil, context: nil, pronounParty: previous))
        }
        // The list's lead-in ("Officers can expect from Councillors:", "members should:") gives its items their force.
        let leadIn = sentences.last.map { statement(for: $0, clause: clause, itemIndex: nil, context: nil) }
        for (index, item) in clause.items.enumerated() where isReadable(item.text) {
            statements.append(statement(for: item.text, clause: clause, itemIndex: index, context: leadIn))
        }
        return statements
    }

    /// The longest sentence or list item read as a rule, in bytes. Nobody writes a rule of 5,000 characters without a
    /// full stop; such a run is pasted or damaged text, and a fuzzed protocol with a two-megabyte item took a quarter
    /// of a minute to generate, as every look at the statement read all of it.
    static let longestReadable = 5_000

    /// Whether `text` is short enough to be read as a sentence or list item (see `longestReadable`).
    package static func isReadable(_ text: String) -> Bool {
        text.utf8.count <= longestReadable
    }

    /// A list item as the end of its lead-in's sentence: "It is in the public domain, and" → "it is in the public
    /// domain".
    private static func asCondition(_ item: String) -> String {
        var words = item.trimmingCharacters(in: CharacterSet(charactersIn: " .;,")).split(separator: " ").map(String.init)
        while let last = words.last, ["and", "or", "and/or"].contains(last.lowercased()) {
            words.removeLast()
            if let end = words.popLast() { words.append(end.trimmingCharacters(in: CharacterSet(charactersIn: ".;,"))) }
        }
        if let first = words.first, ["it", "the", "they", "he", "she", "he/she", "a", "an", "no", "there", "this", "that", "their"]
            .contains(first.lowercased()) {
            words[0] = first.lowercased()
        }
        return words.joined(separator: " ")
    }

    /// A sentence's reading before its route, conditions and topic are added.
    private struct Reading {
        var kind: RuleKind
        var binds: Party
        var action: String
        var notARule: NotARule?
        /// The sentence has a phrase of its own that gives or takes its force.
        var hasForce: Bool
        /// The party named before the force phrase, if any.
        var subjectParty: Party?
    }

    /// `pronounParty` is whom a "They …" opening the sentence stands for: the last sentence's party.
    static func statement(for sentence: String, clause: Clause, itemIndex: Int?, context leadIn: RuleStatement?,
                          pronounParty: Party? = nil) -> RuleStatement {
        let words = sentence.split(separator: " ").map(String.init)
        let lower = words.map(bare)
        var reading = read(sentence, words: words, lower: lower, heading: clause.heading, pronounParty: pronounParty)
        if let leadIn, itemIndex != nil {
            reading = itemReading(reading, item: lower, leadIn: leadIn)
        }
        if reading.kind == .canExpect, itemIndex == nil {
            // "All Councillors can expect:" binds officers to provide; "Officers can expect" binds councillors.
            reading.binds = reading.binds == .councillors ? .officers : reading.binds == .officers ? .councillors : reading.binds
        }
        var route = RouteFinder.route(in: sentence)
        if route != nil, reading.kind != .concernGoesTo {
            // A concern sent somewhere by a sentence that is no rule of the trainee's (the public's complaints) stays
            // what it is.
            if RouteFinder.isConcern(sentence), !reading.kind.forbids, reading.notARule != .thePublic,
               reading.notARule != .encouragement {
                reading.kind = .concernGoesTo
            } else {
                route = nil
            }
        }
        var conditions = ConditionFinder.conditions(in: sentence)
        if itemIndex != nil, let leadIn {
            for condition in leadIn.conditions where !conditions.contains(condition) { conditions.append(condition) }
            // "Councillors may use the office, provided: • no party material is shown": the item is the lead-in's
            // condition, not a rule of its own.
            if let marker = Lexicon.conditionLeadIn(leadIn.quote) {
                conditions.removeAll { marker.hasPrefix($0.lowercased()) }
                conditions.insert(marker + " " + Self.asCondition(sentence), at: 0)
            }
        }
        return RuleStatement(
            clauseID: clause.id, itemIndex: itemIndex, quote: sentence, heading: clause.heading, binds: reading.binds,
            kind: reading.kind, action: reading.action.trimmingCharacters(in: " .;"), conditions: conditions, route: route,
            topic: Topic.classify(sentence + (itemIndex == nil ? "" : " " + (leadIn?.quote ?? "")), heading: clause.heading),
            notARule: reading.notARule
        )
    }

    private static func read(_ sentence: String, words: [String], lower: [String], heading: String?, pronounParty: Party?) -> Reading {
        guard let found = findForce(words: words, lower: lower) else {
            let binds = pronounParty ?? Party.subject(of: sentence) ?? headingParty(heading) ?? .both
            // "It may be necessary to …", "there may be times when …": a "may" passed over is what might be.
            let why: NotARule = lower.contains("may") || lower.contains("might") ? .possibility : .description
            return Reading(kind: .statement, binds: binds, action: sentence, notARule: why, hasForce: false)
        }
        let subject = mainClauseSubject(words[..<found.range.lowerBound].joined(separator: " "))
        var subjectParty = Party.subject(of: subject)
        // "They …", "Such persons …", "…, they": the party a pronoun stands for, the last sentence's or else the
        // first this sentence names.
        if subjectParty == nil, startsWithPronoun(subject) {
            subjectParty = pronounParty ?? Party.subject(of: sentence)
        } else if let pronounParty, startsWithPronoun(sentence) {
            subjectParty = pronounParty
        }
        var reading = Reading(
            kind: .statement, binds: subjectParty ?? Party.subject(of: sentence) ?? headingParty(heading) ?? .both,
            action: words[found.range.upperBound...].joined(separator: " "), notARule: nil, hasForce: true,
            subjectParty: subjectParty
        )
        switch found.force {
        case .rule(let kind):
            reading.kind = kind
            // "need not attend", "are not obliged to attend": a right not to.
            if kind == .hasRight, found.range.count >= 2, lower[found.range].contains("not") || lower[found.range].contains("no") {
                reading.action = "not to " + reading.action
            }
        case .encouragement: reading.notARule = .encouragement
        case .possibility: reading.notARule = .possibility
        case .description: reading.notARule = .description
        }
        guard reading.kind != .statement else { return reading }
        // "How councillors and staff should work together": a topic, as a contents list names it.
        if let first = lower.first, Lexicon.questionWords.contains(first), found.range.lowerBound > 0 {
            reading.kind = .statement
            reading.notARule = .description
            return reading
        }
        refine(&reading, phrase: Array(lower[found.range]), after: Array(lower[found.range.upperBound...]), subject: subject)
        return reading
    }

    /// Checks a rule's first reading against the misreadings `Lexicon` knows, and turns it round where its subject or
    /// its verb says so.
    private static func refine(_ reading: inout Reading, phrase: [String], after: [String], subject: String) {
        func noRule(_ why: NotARule) {
            reading.kind = .statement
            reading.notARule = why
        }
        let subjectWords = Lexicon.words(subject)
        // The participle after "be", past "need to" and one adverb: "will need to be kept informed", "must be fully
        // informed".
        var verb = after[...]
        if verb.starts(with: ["need", "to"]) || verb.starts(with: ["have", "to"]) { verb = verb.dropFirst(2) }
        if let adverb = verb.first, Lexicon.adverbs.contains(adverb) { verb = verb.dropFirst() }
        var participle: String?
        if verb.first == "be", verb.count > 1 {
            let next = verb[verb.startIndex + 1]
            participle = next.hasSuffix("ly") && verb.count > 2 ? verb[verb.startIndex + 2] : next
        }

        // The public's rights and duties are no councillor's or officer's; a thing done to the public ("should be
        // treated with courtesy") is a duty of whoever does it.
        if Party.subjectIsThePublic(subject) {
            guard let participle, Lexicon.isParticiple(participle) else { return noRule(.thePublic) }
            reading.binds = Party.subject(of: reading.action) ?? .both
            reading.subjectParty = nil
        }
        // "may" of a thing is a possibility, not a permission: "A serious breach … may lead to an investigation",
        // "the meeting may be held in council premises". "May not" and "cannot" of a thing forbid only what is done
        // to it: "Council equipment may not be used for …".
        if reading.kind == .may, !Party.isPersonHead(subject) { return noRule(.possibility) }
        if reading.kind == .mayNot, !Party.isPersonHead(subject) {
            guard let participle, Lexicon.isParticiple(participle) else { return noRule(.possibility) }
        }
        // "Members will sit on committees", "The Council shall appoint a Clerk": how the council is organised.
        if phrase == ["will"] || phrase == ["shall"],
           Lexicon.organisationActions.contains(where: { after.starts(with: $0) }) {
            return noRule(.description)
        }
        // "This protocol sets out how councillors … should work together" describes; it does not rule.
        if Lexicon.aboutHow.contains(where: { subjectWords.contains(sequence: $0) }),
           subjectWords.contains(where: Lexicon.describingVerbs.contains) {
            return noRule(.description)
        }
        // "This protocol should be read with the Code", "It should be noted that …": about the document.
        let head = subjectWords.first { !["the", "this", "these", "that", "our", "a"].contains($0) }
        if let head, Lexicon.documentWords.contains(head), subjectParty(of: subjectWords) == nil,
           !(participle.map(Lexicon.documentObeyed.contains) ?? false) {
            return noRule(.description)
        }
        if subjectWords == ["it"], Lexicon.remarks.contains(where: { after.starts(with: $0) }) { return noRule(.description) }

        // "No member will refer …", "Neither party should …": the subject turns the rule round.
        if let first = subjectWords.first, Lexicon.negatingSubjects.contains(first), let negated = reading.kind.negated {
            reading.kind = negated
        }
        // "should avoid X" and "X should be avoided" forbid X.
        if reading.kind == .should || reading.kind == .must {
            if reading.action.lowercased().hasPrefix("avoid ") {
                reading.kind = reading.kind.negated ?? reading.kind
                reading.action = String(reading.action.dropFirst(6))
            } else if after.starts(with: ["be", "avoided"]) {
                reading.kind = reading.kind.negated ?? reading.kind
            }
        }
        // "it is the responsibility of the Officer to …" is the officer's.
        if reading.kind == .isResponsible, phrase.contains("responsibility"), let party = Party.subject(of: reading.action) {
            reading.binds = party
        }
        // "officers must not be asked to …": the duty is on the other side. "Councillors shall be provided with …":
        // the councillors' right.
        if reading.subjectParty != nil, Party.isPersonHead(subject), let participle {
            if Lexicon.doneToAParty.contains(participle), [.must, .should, .mustNot, .shouldNot, .mayNot].contains(reading.kind) {
                reading.binds = reading.binds.otherSide
                reading.subjectParty = reading.binds
            } else if Lexicon.givenToAParty.contains(participle) {
                if reading.kind == .must || reading.kind == .should { reading.kind = .hasRight }
                if reading.kind == .mustNot || reading.kind == .shouldNot { reading.kind = .mayNot }
            }
        }
    }

    private static func subjectParty(of words: [String]) -> Party? {
        Lexicon.mentions(in: words).compactMap(\.who.party).first
    }

    /// An item takes its force from the lead-in, turned round where the item itself says "never" or "not".
    private static func itemReading(_ own: Reading, item: [String], leadIn: RuleStatement) -> Reading {
        var reading = own
        if own.hasForce {
            // A phrase of the item's own: "An officer may attend …", "the meeting may be held …" (no rule).
            if own.kind == .statement { return reading }
            if own.kind != .must || leadIn.kind == .statement {
                reading.binds = own.subjectParty ?? leadIn.binds
                return reading
            }
        }
        reading.binds = leadIn.binds
        let negated = item.first == "never" || item.first == "not" || item.starts(with: ["avoid"])
        switch leadIn.kind {
        case .statement:
            // A list under a plain statement ("Councillors have four main areas of responsibility") describes, not binds.
            reading.kind = .statement
            reading.notARule = leadIn.notARule ?? .description
        case .must, .should:
            reading.kind = negated ? (leadIn.kind.negated ?? leadIn.kind) : leadIn.kind
            reading.notARule = nil
        default:
            reading.kind = leadIn.kind
            reading.notARule = nil
        }
        return reading
    }

    /// The first phrase of `Lexicon.phrases` that governs the sentence, with where it stands.
    private static func findForce(words: [String], lower: [String]) -> (range: Range<Int>, force: Lexicon.Force)? {
        let outside = bracketDepths(words)
        // Where nothing past the subordinate clauses rules the sentence, a clause's comma may be missing: "When
        // performing their duties Officers must act with integrity, honesty …".
        return findForce(words: words, lower: lower, outside: outside, skipping: subordinateClauses(words: words, lower: lower, missingCommas: false))
            ?? findForce(words: words, lower: lower, outside: outside, skipping: subordinateClauses(words: words, lower: lower, missingCommas: true))
    }

    private static func findForce(words: [String], lower: [String], outside: [Bool], skipping subordinate: [Bool])
        -> (range: Range<Int>, force: Lexicon.Force)? {
        positions: for start in lower.indices where outside[start] && !subordinate[start] {
            let previous = start > 0 ? lower[start - 1] : ""
            // "have a contractual and legal duty to …", "has a statutory obligation to …".
            if ["have", "has"].contains(lower[start]), start + 3 < lower.count, ["a", "an"].contains(lower[start + 1]),
               let duty = ((start + 3)...min(start + 5, lower.count - 1)).first(where: { ["duty", "obligation"].contains(lower[$0]) }),
               !Lexicon.relativePronouns.contains(previous) {
                return (start..<(duty + 1), .rule(.must))
            }
            for phrase in Lexicon.phrases where start + phrase.words.count <= lower.count {
                let end = start + phrase.words.count
                guard lower[start..<end].elementsEqual(phrase.words) else { continue }
                let next = end < lower.count ? lower[end] : ""
                // "a Clerk who will manage the staff": a relative clause describes its noun.
                if Lexicon.relativePronouns.contains(previous) { continue positions }
                if phrase.words == ["may"], Lexicon.impersonalBeforeMay.contains(previous) { continue positions }
                // "will be reported", "may have political affiliations", "will not be bound by": what is or will be so.
                if phrase.words == ["will"] || phrase.words == ["may"], next == "be" || next == "have" { continue positions }
                // "a reasonable need to see the documents" is a noun.
                if phrase.words.first == "need" || phrase.words.first == "needs", Lexicon.beforeNounNeed.contains(previous) {
                    continue positions
                }
                return (start..<end, phrase.force)
            }
        }
        return nil
    }

    /// For each word, whether it stands in a subordinate clause that a comma closes before the sentence goes on:
    /// "If the matter cannot be resolved informally," and "whilst such officers will always seek to assist a member,".
    /// With `missingCommas`, a clause ends before a pronoun or party followed by a modal: "If a Councillor wishes to
    /// express a contrary view they should not …,".
    private static func subordinateClauses(words: [String], lower: [String], missingCommas: Bool) -> [Bool] {
        var marks = Array(repeating: false, count: words.count)
        var start = 0
        for index in words.indices where words[index].hasSuffix(",") && index + 1 < words.count {
            if Lexicon.subordinators.contains(lower[start]) {
                let main = missingCommas ? Lexicon.mainClauseStart(in: lower, within: (start + 2)..<max(start + 2, index + 1)) : nil
                let end = main ?? (index + 1)
                for position in start..<end { marks[position] = true }
            }
            start = index + 1
        }
        return marks
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

    /// The words before the sentence's rule-making phrase, without a leading condition: "Press releases or statements
    /// made by officers" in "Press releases … must promote …"; nil when no phrase rules the sentence.
    package static func subject(of sentence: String) -> String? {
        let words = sentence.split(separator: " ").map(String.init)
        guard let found = findForce(words: words, lower: words.map(bare)) else { return nil }
        return mainClauseSubject(words[..<found.range.lowerBound].joined(separator: " "))
    }

    /// "If an Officer is concerned …, the nature of the concern" → the words after the leading condition.
    /// After ", but" or a semicolon, the words of the clause the phrase stands in: "…, but an officer".
    private static func mainClauseSubject(_ text: String) -> String {
        var text = text[...]
        if let boundary = [", but ", "; "].compactMap({ text.range(of: $0, options: .backwards)?.upperBound }).max() {
            text = text[boundary...]
        }
        let first = text.prefix { $0.isLetter }.lowercased()
        if let comma = text.lastIndex(of: ",") {
            let last = text[text.index(after: comma)...]
            // "It follows that, whilst …, they": a pronoun after the last comma is the subject.
            let pronoun = last.split(separator: " ").first.map { Lexicon.subjectPronouns.contains($0.lowercased()) } ?? false
            if Lexicon.sceneSetters.contains(first) || pronoun { return String(last) }
        }
        return String(text)
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

    private static func bare(_ word: String) -> String {
        word.lowercased().trimmingCharacters(in: ".,;:()\"“”")
    }
}

private extension Array where Element == String {
    /// True when `sequence` appears here, word for word, in order and together.
    func contains(sequence: [String]) -> Bool {
        guard !sequence.isEmpty, sequence.count <= count else { return false }
        return (0...(count - sequence.count)).contains { self[$0..<($0 + sequence.count)].elementsEqual(sequence) }
    }
}
