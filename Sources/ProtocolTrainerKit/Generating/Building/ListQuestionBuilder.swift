/// "Choose all that apply" questions from a clause's list: what each side can expect of the other, and areas of
/// responsibility. Every item of a list is asked about. The wrong items come from the other side's list or are things a
/// newcomer might expect that the protocol does not give. (A list of duties is not asked: its only wrong items would be
/// its own prohibitions turned round, which nobody would choose.)
struct ListQuestionBuilder {
    let context: GenerationContext

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
            case .statement where list.leadIn.quote.lowercased().contains("responsibilit"): return responsibilities(list)
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

    private static let absentExpectations: [Party: [(String, String)]] = [
        .councillors: [
            ("Priority for requests from their own ward.", "Not in the protocol: staff serve the council as a whole, not individual councillors or wards."),
            ("Help from staff with their election leaflets.", "Not in the protocol: staff do not support party political or election work."),
            ("A member of staff to change a report's recommendation when asked.", "Not in the protocol: an officer's recommendation is the officer's own professional view."),
        ],
        .officers: [
            ("A councillor's support when applying for promotion.", "Not in the protocol: councillors must not use their position to advance others' interests."),
            ("Councillors' help with a pay dispute, raised at a public meeting.", "Not in the protocol: employment matters go through the council's agreed procedures."),
            ("To be told in advance how each councillor will vote.", "Not in the protocol: how councillors vote is for them to decide in the meeting."),
        ],
    ]

    private func expectations(_ list: ListClause, all lists: [ListClause]) -> [QuestionDraft] {
        let beneficiary: Party = list.party == .officers ? .officers : .councillors
        let other = lists.first { $0.leadIn.kind == .canExpect && $0.clause.id != list.clause.id }
        var wrongPool: [(String, String)] = []
        if let other {
            let otherSide = beneficiary == .councillors ? "officers" : "councillors"
            let listWords = wordSets(list.items)
            for item in other.items where !isLike(item.quote, anyOf: listWords) {
                wrongPool.append((item.quote.asOption, "That is on the list of what \(otherSide) can expect (\(other.clause.id)), not this one."))
            }
        }
        wrongPool += (Self.absentExpectations[beneficiary] ?? []).filter { !isInProtocol($0.0) }
        guard wrongPool.count >= 2 else { return [] }
        let who = beneficiary == .councillors ? "councillors" : "officers"
        let from = beneficiary == .councillors ? "officers" : "councillors"
        return chunks(list.items).enumerated().map { index, chunk in
            var random = context.random("expect", list.clause.id, String(index))
            let wrong = Array(random.shuffle(wrongPool).prefix(2))
            let template = context.castTemplate(reference: list.clause.id, key: "expect|\(index)")
            let stem = beneficiary == .officers
                ? "{officer}, the council's {officer.role}, is preparing a short talk for new councillors on what staff can expect from them. Which of these belong in it under the protocol? Choose all that apply."
                : "{cllr} has just been elected and asks {clerkName}, the {clerk}, what councillors can expect from the council's staff. Which of these can councillors expect under the protocol? Choose all that apply."
            return QuestionDraft(
                type: .chooseAll, kind: .scenario, roles: [.councillor, .officer], topic: .expectations,
                stem: template.render(stem),
                options: chunk.map { ($0.quote.asOption, true, template.render("Yes: \(who) can expect this of \(from) ({clause}).")) }
                    + wrong.map { ($0.0, false, template.render($0.1)) },
                citations: chunk.map { Citation(clause: list.clause.id, quote: $0.quote) },
                difficulty: .medium, origin: "list:expectations"
            )
        }
    }

    // MARK: Areas of responsibility

    /// Things newcomers think councillors are there for, each as a noun phrase and as a "to …" phrase, so that a wrong
    /// item reads like the protocol's own ("To determine council policy …" beside "To direct the council's staff …").
    private static let notResponsibilities: [(noun: String, infinitive: String, feedback: String)] = [
        ("Directing the council's staff in their daily work.", "To direct the council's staff in their daily work.",
         "No: the day-to-day running of the council's staff is for the {clerk}, not a councillor."),
        ("Running the council's services day to day.", "To run the council's services day to day.",
         "No: councillors set policy; officers carry it out."),
        ("Deciding matters on their own between meetings.", "To decide matters on their own between meetings.",
         "No: councillors make decisions together, in council and committee meetings."),
    ]

    private func responsibilities(_ list: ListClause) -> [QuestionDraft] {
        let listWords = wordSets(list.items)
        // Wrong items in the same grammatical form as the list's, or the form gives the answer away.
        let infinitives = list.items.filter { $0.quote.asOption.hasPrefix("To ") }.count * 2 > list.items.count
        let wrong = Self.notResponsibilities.map { (infinitives ? $0.infinitive : $0.noun, $0.feedback) }
            .filter { !isInProtocol($0.0) && !isLike($0.0, anyOf: listWords) }
        guard wrong.count >= 2 else { return [] }
        let template = context.castTemplate(reference: list.clause.id, key: "responsibilities")
        return [QuestionDraft(
            type: .chooseAll, kind: .scenario, roles: [.councillor],
            topic: .roles,
            stem: template.render("At {cllr.their} first meeting, {cllr} is asked what councillors are there to do. Which of these are councillors' main areas of responsibility under the protocol? Choose all that apply."),
            options: list.items.map { ($0.quote.asOption, true, template.render("Yes: one of the main areas of responsibility ({clause}).")) }
                + wrong.prefix(2).map { ($0.0, false, template.render($0.1 + " ({clause})")) },
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
