import RuleAnalysis
import TrainerModel

/// "Choose all that apply" questions from a clause's list: what each side can expect of the other, and areas of
/// responsibility. Every item of a list that no situation already asks is asked about. The wrong items come from the other side's list or are things a
/// newcomer might expect that the protocol does not give. (A list of duties is not asked: its only wrong items would be
/// its own prohibitions turned round, which nobody would choose.)
struct ListQuestionBuilder {
    let context: GenerationContext
    /// What situations already ask, by clause and words.
    var askedInSituations: Set<Citation> = []

    private struct ListClause {
        let clause: Clause
        let leadIn: RuleStatement
        let items: [RuleStatement]
        /// Who the list is for: the side that can expect, or the side that must do.
        let party: Party
    }

    func questions() -> [QuestionDraft] {
        let lists = context.document.clauses.compactMap(list)
        return lists.flatMap { list -> [QuestionDraft] in
            switch list.leadIn.kind {
            case .canExpect: return expectations(list, all: lists)
            case .statement where list.leadIn.quote.lowercased().contains("responsibilit"): return responsibilities(list, all: lists)
            default: return []
            }
        }
    }

    private func list(_ clause: Clause) -> ListClause? {
        guard clause.items.count >= 3 else { return nil }
        let statements = context.index.statements(ofClause: clause.id)
        guard let leadIn = statements.last(where: { $0.itemIndex == nil }) else { return nil }
        let items = statements.filter { $0.itemIndex != nil }
        // "Officers can expect from Councillors:" is for the side named first; "If participating in the appointment of
        // officers, members should:" binds the side before the modal, which the reading already found.
        let bound = [.councillors, .officers].contains(leadIn.binds) ? leadIn.binds : nil
        let party = leadIn.kind == .canExpect ? Party.subject(of: leadIn.quote) ?? leadIn.binds : bound ?? Party.subject(of: leadIn.quote) ?? leadIn.binds
        return ListClause(clause: clause, leadIn: leadIn, items: items, party: party)
    }

    /// Groups of at most four items, so every item is asked about and no question is a wall of options.
    private func chunks<T>(_ items: [T]) -> [[T]] {
        let count = Int((Double(items.count) / 4).rounded(.up))
        guard count > 0 else { return [] }
        let size = Int((Double(items.count) / Double(count)).rounded(.up))
        return stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
    }

    /// True when `text` says much the same as something in the protocol.
    private func isInProtocol(_ text: String) -> Bool {
        context.index.paragraphSays(text, atLeast: 0.6)
    }

    /// The items' words, indexed so that comparing another list's items with these costs in proportion to the lists'
    /// lengths, not to their product.
    private func wordSets(_ items: [RuleStatement]) -> WordSetIndex<Bool> {
        WordSetIndex(items.map { (words: ContentWords.of($0.quote), tag: true) })
    }

    private func isLike(_ text: String, anyOf items: WordSetIndex<Bool>) -> Bool {
        items.contains(overlapping: ContentWords.of(text), atLeast: 0.5) { _ in true }
    }

    // MARK: What each side can expect

    private func expectations(_ list: ListClause, all lists: [ListClause]) -> [QuestionDraft] {
        let beneficiary: Party = list.party == .officers ? .officers : .councillors
        let other = lists.first { $0.leadIn.kind == .canExpect && $0.clause.id != list.clause.id }
        var wrongPool: [(String, String)] = []
        if let other {
            let otherSide = beneficiary == .councillors ? "officers" : "councillors"
            let listWords = wordSets(list.items)
            for item in other.items where !isLike(item.quote, anyOf: listWords) && !Self.namesASide(item.quote)
                && !Self.refersElsewhere(item.quote) {
                wrongPool.append((Self.withoutSide(item.quote).asOption, "That is on the list of what \(otherSide) can expect (\(other.clause.id)), not this one."))
            }
        }
        // Only the other side's list: blind readers saw through made-up items ("help with election leaflets") at once,
        // and rejected the lists they were in (0 of 5), while items from the other list were good traps.
        guard wrongPool.count >= 2 else { return [] }
        let who = beneficiary == .councillors ? "councillors" : "officers"
        let from = beneficiary == .councillors ? "officers" : "councillors"
        // An item that names a side ("a timely response from Officers", "Councillors will …") says which list it is
        // from, so readers picked the key by its words: only items that name neither side are asked.
        let asked = list.items.filter {
            !Self.namesASide($0.quote) && !Self.refersElsewhere($0.quote)
                && !askedInSituations.contains(Citation(clause: list.clause.id, quote: $0.quote))
        }
        guard asked.count >= 2 else { return [] }
        return chunks(asked).enumerated().compactMap { index, chunk -> QuestionDraft? in
            var random = context.random("expect", list.clause.id, String(index))
            // Where the chunk's items are all of one shape ("Respect …", "A timely …"), so are its wrong ones: readers
            // picked out the items that did not fit the stem's grammar, or the one list's shape.
            let shapes = Set(chunk.map { ItemShape(of: $0.quote) })
            let fitting = shapes.count == 1 ? wrongPool.filter { ItemShape(of: $0.0) == shapes.first } : wrongPool
            guard fitting.count >= 2 else { return nil }
            let wrong = Array(random.shuffle(fitting).prefix(2))
            let template = context.castTemplate(reference: list.clause.id, key: "expect|\(index)")
            let stem = beneficiary == .officers
                ? "{officer}, the council's {officer.role}, is preparing a short talk for new councillors on what staff can expect from them. Which of these belong in it under the protocol? Choose all that apply."
                : "{cllr} has just been elected and asks {clerkName}, the {clerk}, what councillors can expect from the council's staff. Which of these can councillors expect under the protocol? Choose all that apply."
            return QuestionDraft(
                type: .chooseAll, kind: .scenario, roles: [.councillor, .officer], topic: .expectations,
                stem: template.render(stem),
                options: chunk.map { (Self.withoutSide($0.quote).asOption, true, template.render("Yes: \(who) can expect this of \(from) ({clause}).")) }
                    + wrong.map { ($0.0, false, template.render($0.1)) },
                citations: chunk.map { Citation(clause: list.clause.id, quote: $0.quote) },
                difficulty: .medium, origin: "list:expectations"
            )
        }
    }

    /// Whether a list item is worded as something to do ("Respect …", "To keep …", "Not to …") or as a thing ("A timely
    /// response …", "Political neutrality"): one list is often all of one shape, which gives its items away.
    enum ItemShape: Equatable {
        case action, thing

        init(of text: String) {
            let first = text.drop { !$0.isLetter }.prefix { $0.isLetter }.lowercased()
            self = Self.actionWords.contains(first) ? .action : .thing
        }

        /// "To", "not" and the verbs such lists begin with.
        static let actionWords: Set<String> = [
            "to", "not", "never", "always", "respect", "treat", "give", "provide", "keep", "ensure", "attend", "be", "have", "work",
            "act", "respond", "reply", "inform", "maintain", "show", "avoid", "support", "understand", "listen", "recognise",
            "recognize", "seek", "make", "offer", "deal", "declare", "refrain", "observe", "consult", "assist", "answer",
            "promote", "behave", "follow", "uphold", "value", "acknowledge", "take", "help", "appreciate", "allow", "accept",
            "carry", "explain", "communicate", "share", "raise", "comply", "adhere", "use", "challenge", "contribute", "engage",
            "notify", "advise", "protect", "exercise", "set", "direct", "agree", "abide", "refer", "report", "return", "read",
            "prepare", "check", "receive", "get", "obtain", "participate", "represent", "decide", "approve", "monitor",
        ]
    }

    /// Whether a list item points to another part of the protocol ("within the timescales in section 10"): readers
    /// took the pointer as a sign of which list it came from, and an option that needs another section is a recital.
    static func refersElsewhere(_ text: String) -> Bool {
        text.range(of: #"(?i)\b(section|paragraph|clause|part|appendix|annex|schedule)s? +([0-9]+|[ivxlc]+\b|[a-z]\b)"#,
                   options: .regularExpression) != nil
    }

    /// Whether a list item names councillors or officers, which would tell a reader which side's list it is on, once
    /// the words the stem already says are taken out ("a timely response from officers" is "a timely response").
    static func namesASide(_ text: String) -> Bool {
        Party.named(in: withoutSide(text)) != nil
    }

    /// An expectation without the side it is expected of: "from Officers" and "by Councillors" go, since the question's
    /// stem says whose list it is. "Officers to understand …" keeps its side: cut to "To understand …" it read as the
    /// other side's duty.
    static func withoutSide(_ text: String) -> String {
        // Not "the boundaries of officers' working time": cut there, it read "the boundaries' working time".
        text.replacingOccurrences(of: #" (from|by|of) (Officers|officers|Councillors|councillors|Members|members|staff|employees)(?![\w'’])"#,
                                  with: "", options: .regularExpression)
    }

    // MARK: Areas of responsibility

    /// Councillors' areas of responsibility, with the wrong items taken from the officers' list where the protocol has
    /// one; without it there is no question, since items made up for it were seen through at once.
    private func responsibilities(_ list: ListClause, all lists: [ListClause]) -> [QuestionDraft] {
        guard list.party == .councillors || list.party == .both else { return [] }
        guard let officers = lists.first(where: { other in
            other.clause.id != list.clause.id && other.leadIn.quote.lowercased().contains("responsibilit") && other.party == .officers
        }) else { return [] }
        let listWords = wordSets(list.items)
        let wrongPool = officers.items.filter { !isLike($0.quote, anyOf: listWords) }
        guard wrongPool.count >= 2 else { return [] }
        var random = context.random("responsibilities", list.clause.id)
        let wrong = Array(random.shuffle(wrongPool).prefix(2))
        let template = context.castTemplate(reference: list.clause.id, key: "responsibilities")
        return [QuestionDraft(
            type: .chooseAll, kind: .scenario, roles: [.councillor],
            topic: .roles,
            stem: template.render("At {cllr.their} first meeting, {cllr} is asked what councillors are there to do, as against the council's staff. Which of these are councillors' areas of responsibility under the protocol? Choose all that apply."),
            options: list.items.map { ($0.quote.asOption, true, template.render("Yes: one of councillors' areas of responsibility ({clause}).")) }
                + wrong.map { ($0.quote.asOption, false, template.render("No: that is on the officers' list (\(officers.clause.id)), not the councillors'.")) },
            citations: [Citation(clause: list.clause.id, quote: list.leadIn.quote)] + list.items.map { Citation(clause: list.clause.id, quote: $0.quote) },
            difficulty: .easy, origin: "list:responsibilities"
        )]
    }
}

extension String {
    /// A list item as an option: capital first letter, one full stop, no trailing ";" or ", and", and the protocol's
    /// capitals for its people ("Officers", "the Council") in lower case, as the options written for it have them.
    var asOption: String {
        var text = trimmingCharacters(in: " ")
        for (printed, plain) in [("Officers", "officers"), ("Officer", "officer"), ("Councillors", "councillors"), ("Councillor", "councillor"),
                                 ("Members", "members"), ("Member", "member")] {
            text = text.replacingOccurrences(of: " " + printed, with: " " + plain)
        }
        // "the Council", but not "the Town Council", a name.
        text = text.replacingOccurrences(of: #"(?<=\b(the|a|this|that) )Council\b"#, with: "council", options: .regularExpression)
        if text.hasSuffix(", and") || text.hasSuffix("; and") { text = String(text.dropLast(5)) }
        if text.hasSuffix(" and") { text = String(text.dropLast(4)) }
        text = text.trimmingCharacters(in: " .;,")
        if text.lowercased().hasPrefix("that ") { text = String(text.dropFirst(5)) }
        return text.capitalisedFirst + "."
    }
}
