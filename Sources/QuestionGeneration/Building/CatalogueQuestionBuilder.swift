import RuleAnalysis
import TrainerModel

/// Builds the questions of catalogue provisions for the statements that state them.
struct CatalogueQuestionBuilder {
    let context: GenerationContext

    /// The questions of `provision`, cited to `statement`.
    func questions(_ provision: Provision, for statement: RuleStatement) -> [QuestionDraft] {
        let words = clauseWords(statement)
        return provision.frames.compactMap { frame in
            isAskable(frame, words: words, statement: statement) ? question(provision, frame, statement) : nil
        }
    }

    /// Whether `frame` may be asked of `statement` at this council: its kind of council, the words it requires in the
    /// clause, and every title its right answer sends someone to named there.
    func isAskable(_ frame: Frame, for statement: RuleStatement) -> Bool {
        isAskable(frame, words: clauseWords(statement), statement: statement)
    }

    /// A cited clause's words, lower-case: `inOrder` as the clause prints them, for who it names first (the cited item
    /// may come after another); `withQuote` the statement first, then those, as a frame may rest on another sentence or
    /// item of the same clause ("… may report the views of individual Councillors").
    private struct ClauseWords {
        let inOrder: String
        let withQuote: String
        /// `withQuote` for finding a frame's required words at the start of a word, as the provision's own match does.
        let searchable: SearchText
    }

    private func clauseWords(_ statement: RuleStatement) -> ClauseWords {
        let clause = context.index.clause(id: statement.clauseID)
        let inOrder = ([clause?.text ?? ""] + (clause?.items.map(\.text) ?? [])).joined(separator: " ").lowercased()
        let withQuote = statement.quote.lowercased() + " " + inOrder
        return ClauseWords(inOrder: inOrder, withQuote: withQuote, searchable: SearchText(" " + withQuote))
    }

    private func isAskable(_ frame: Frame, words: ClauseWords, statement: RuleStatement) -> Bool {
        let scale: CouncilScale = context.vocabulary.isLocalCouncil ? .local : .principal
        // Readers noticed a county chief executive ordering a village hall's noticeboards.
        if let councils = frame.councils, councils != scale { return false }
        // An officer told to declare what only councillors are asked to declare rests on no rule of the protocol.
        if !frame.binds.isEmpty, !frame.binds.contains(statement.binds) { return false }
        if context.vocabulary.isAuthority, Self.isCouncilLife(frame, at: context.vocabulary.authorityKind) { return false }
        if context.vocabulary.isLocalCouncil, context.vocabulary.staffReachedThroughClerk,
           Self.goesStraightToStaff(frame) || Self.answersWithoutTheClerk(frame) { return false }
        if context.vocabulary.enquiriesGoThroughAChannel, Self.goesStraightToStaff(frame) { return false }
        // An office to call at, or office staff, where the clerk works from home.
        if context.vocabulary.hasNoOffice,
           ([frame.stem] + frame.options.filter(\.correct).map(\.text)).contains(where: Self.speaksOfAnOffice) { return false }
        // Two councillors for one ward where each ward has one.
        if context.vocabulary.hasSingleMemberWards,
           ["represents the same ward", "the other councillor for the ward", "fellow ward councillor", "the ward's councillors"]
            .contains(where: ([frame.stem] + frame.options.map(\.text)).joined(separator: " ").contains) { return false }
        guard frame.requires.allSatisfy({ group in group.contains(where: words.searchable.containsAtWordStart) }) else { return false }
        // "If the concern is about a Director, raise it with the Chief Executive" is not where a concern about the
        // scene's officer goes: readers met the Chief Executive keyed where the protocol said the relevant Director.
        if let route = statement.route, frame.stem.contains("{officer"), Self.routesAConcernAboutSomeoneElse(statement.quote, route: route) {
            return false
        }
        return keyNamesOnlyTitlesOf(frame, clauseText: words.withQuote, inOrder: words.inOrder, route: statement.route?.lowercased())
    }

    private func question(_ provision: Provision, _ frame: Frame, _ statement: RuleStatement) -> QuestionDraft? {
        if context.needsStaffBesidesClerk([frame.stem] + frame.options.flatMap { [$0.text, $0.feedback] }) { return nil }
        guard context.hasStaff(for: frame.stem) else { return nil }
        // Where the right answer goes through the clerk, the officer asked is not a deputy the protocol names as a channel
        // beside the clerk: readers found "asking the Deputy Town Clerk" proper where requests go to either.
        let keyGoesThroughTheClerk = frame.options.contains { $0.correct && ($0.text.contains("{clerk") || $0.text.contains("{Clerk")) }
        // Nor is a request passed to the clerk where the protocol sends requests to another post and not to the clerk:
        // readers rejected "pass the request to the Town Clerk" where requests go to the Deputy Town Clerk.
        if keyGoesThroughTheClerk, provision.topic == .instructions, context.vocabulary.requestsGoPastTheClerk { return nil }
        let template = context.castTemplate(reference: context.reference(statement), key: provision.id + "/" + frame.id, stem: frame.stem,
                                            avoiding: keyGoesThroughTheClerk ? context.channelDeputies : [])
        // A title the protocol does not use is never made up: a wrong option that needs one is left out, and a frame
        // whose stem or right answer needs one is not asked.
        let named = namedClerk(frame)
        let stem = template.render(named(frame.stem))
        guard !TemplateText.hasSlot(stem) else { return nil }
        // Party groups only where the protocol has them.
        if !context.hasGroups, ([frame.stem] + frame.options.map(\.text)).contains(where: Self.speaksOfGroups) { return nil }
        // Nor a group briefed by staff where the protocol says staff brief no groups.
        if context.vocabulary.staffDoNotBriefGroups, Self.speaksOfGroups(frame.stem),
           ([frame.stem] + frame.options.filter(\.correct).map(\.text)).contains(where: { $0.lowercased().contains("brief") }) { return nil }
        // Nor an officer of any grade at a group's meeting where only senior officers brief or attend groups.
        // (Where the clerk is the only member of staff, the scene's officer is the clerk.)
        if context.vocabulary.onlySeniorStaffBriefGroups, !context.cast.clerkIsOnlyStaff, Self.putsAnOfficerAtAGroup(frame.stem) { return nil }
        let options = frame.options.filter { option in
            if TemplateText.hasSlot(template.render(option.text)) || TemplateText.hasSlot(template.render(option.feedback)) {
                return false
            }
            // A right answer another clause qualifies ("information wanted for political advantage gives no need to
            // know") is no longer the one answer: the frame is not asked.
            if option.correct { return !context.index.anyClauseSays(option.contradictedBy) }
            return !context.index.contradicts(option.contradictedBy, except: statement)
        }
        guard options.filter(\.correct).count == frame.options.filter(\.correct).count else { return nil }
        let wrong = options.filter { !$0.correct }.count
        // Blind readers marked a one-answer question with only three options down as too easy: all three wrong ones stay.
        if frame.type == .oneAnswer || frame.type == .who, wrong < 3 { return nil }
        if frame.type == .chooseAll, wrong < 1 { return nil }
        return QuestionDraft(
            type: frame.type, kind: frame.kind, roles: frame.roles, topic: provision.topic,
            stem: stem,
            options: options.map { (template.render(named($0.text)), $0.correct, template.render(named($0.feedback))) },
            citations: [Citation(clause: statement.clauseID, quote: statement.quote)],
            difficulty: frame.difficulty, origin: "catalogue:\(provision.id)/\(frame.id)",
            fixedOrder: frame.type == .yesNo
        )
    }

    /// Where the protocol names no head of staff, "the head of the council's staff" said again in every option reads
    /// clumsily once the stem has named the person ("Callum Reid, the head of the council's staff"): after that, the
    /// name. The first mention in the stem keeps the title, which says who Callum is.
    private func namedClerk(_ frame: Frame) -> (String) -> String {
        let introduction = "{clerkName}, the {clerk}"
        guard context.vocabulary.roles.clerk == nil, frame.stem.contains(introduction) else { return { $0 } }
        return { text in
            let parts = text.components(separatedBy: introduction)
            let rest = parts.dropFirst().joined(separator: introduction)
                .replacingOccurrences(of: "The {clerk}", with: "{ClerkName.first}")
                .replacingOccurrences(of: "the {clerk}", with: "{clerkName.first}")
            guard parts.count > 1 else {
                return text.replacingOccurrences(of: "The {clerk}", with: "{ClerkName.first}")
                    .replacingOccurrences(of: "the {clerk}", with: "{clerkName.first}")
            }
            return parts[0] + introduction + rest
        }
    }

    /// Whether a frame's situation is from a council's life (wards, grants, parks, residents), which an authority of
    /// appointed members does not have.
    static func isCouncilLife(_ frame: Frame, at kind: AuthorityKind?) -> Bool {
        let words = ([frame.stem] + frame.options.map(\.text)).joined(separator: " ").lowercased()
        return Cast.isCouncilLife(words, at: kind)
    }

    /// Whether a frame's right answer has a councillor go straight to a member of staff other than the clerk ("Ask
    /// Sam to explain the reasoning"), which a council whose councillors reach staff through the clerk does not allow.
    static func goesStraightToStaff(_ frame: Frame) -> Bool {
        guard frame.roles.contains(.councillor) else { return false }
        return frame.options.filter(\.correct).contains { option in
            option.text.range(of: #"(?i)\btake\b[^.]{0,30}\bup with \{officer"#, options: .regularExpression) != nil
                || option.text.range(of: #"(?i)(?<!than )\b(ask|asks|asked|email|emails|emailed|ring|rings|rang|phone|phoned|call|called|write to|wrote to|speak to|spoke to|contact|contacted|tell|told|thank|thanked)\s+\{officer"#,
                              options: .regularExpression) != nil
        }
    }

    /// Whether a frame has a councillor approach an officer who is not the clerk, and a right answer in which the
    /// officer deals with it alone: where requests to staff go through the clerk, passing it to the clerk comes first.
    static func answersWithoutTheClerk(_ frame: Frame) -> Bool {
        guard frame.roles.contains(.officer), frame.stem.contains("{cllr") || frame.stem.contains("{Cllr"),
              frame.stem.contains("{officer") || frame.stem.contains("{Officer"), !mentionsTheClerk(frame.stem) else { return false }
        return !frame.options.filter(\.correct).contains { mentionsTheClerk($0.text) }
    }

    private static func mentionsTheClerk(_ text: String) -> Bool {
        ["{clerk", "{Clerk", "the office"].contains { text.contains($0) }
    }

    static func speaksOfAnOffice(_ text: String) -> Bool {
        text.range(of: #"(?i)\boffice\b"#, options: .regularExpression) != nil
    }

    /// Whether a sentence sends on to `route` only a concern about a particular post ("where the concern relates to a
    /// Director, … with the Chief Executive"), not one about staff in general: the condition comes before the route.
    static func routesAConcernAboutSomeoneElse(_ sentence: String, route: String) -> Bool {
        let lower = sentence.lowercased()
        guard let condition = lower.range(of: #"\b(where|if|when|should)\b[^.;]{0,30}\b(is|are|relates?|concerns?|concerning|involves?|about|against) (to )?(about |against )?(a |an |the )(relevant )?"# + SeniorPosts.alternation + #"\b"#,
                                          options: .regularExpression),
              let sent = lower.range(of: route.lowercased()) else { return false }
        return condition.lowerBound < sent.lowerBound
    }

    /// Whether a stem has the scene's officer (not the head of staff) brief a party group or attend its meeting.
    static func putsAnOfficerAtAGroup(_ stem: String) -> Bool {
        let lower = stem.lowercased()
        return speaksOfGroups(stem) && lower.contains("{officer") && ["brief", "group's meeting", "group meeting", "meeting of the group"].contains { lower.contains($0) }
    }

    static func speaksOfGroups(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["party group", "political group", "group leader", "{grouplead", "group's", "the group", "groups"].contains { lower.contains($0) }
    }
}
