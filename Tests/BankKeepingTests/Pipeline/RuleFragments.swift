import Foundation
import PropertyBased
@testable import RuleAnalysis
@testable import TestSupport

/// A rule sentence built from parts whose reading is known: who the subject is (a party, the public, or a thing), the
/// phrase that gives it force, what is done, and its conditions. The sentences are the project's own.
struct RuleFragment: Sendable, CustomStringConvertible {
    struct Subject: Sendable {
        enum Who: Sendable, Equatable {
            case party(Party)
            /// Members of the public, residents: no councillor's or officer's rule.
            case thePublic
            /// "The annual meeting", "Council equipment": a "may" of it is a possibility.
            case thing
            /// "No councillor", "No member of staff": turns a duty round.
            case none(Party)
        }
        let words: String
        let who: Who
        let plural: Bool
    }

    /// The phrase that gives the sentence its force, with its singular and plural forms.
    struct Force: Sendable {
        let singular: String
        let plural: String
        /// The reading with a party as subject; nil for an encouragement, which is no rule.
        let kind: RuleKind?
        /// A "may" or "may not" that a thing can take ("may lead to", "may not be able to").
        var ofAThing = false

        init(_ both: String, _ kind: RuleKind?) {
            singular = both
            plural = both
            self.kind = kind
        }

        init(_ singular: String, _ plural: String, _ kind: RuleKind?) {
            self.singular = singular
            self.plural = plural
            self.kind = kind
        }
    }

    var opening: String?
    var subject: Subject
    var force: Force
    var action: String
    var condition: String?

    /// The sentence without its final full stop.
    var text: String {
        var subjectWords = subject.words
        if opening != nil, !subjectWords.hasPrefix("Councillors"), !subjectWords.hasPrefix("Officers") {
            subjectWords = subjectWords.prefix(1).lowercased() + subjectWords.dropFirst()
        }
        let parts = [opening, subjectWords, subject.plural ? force.plural : force.singular, action, condition]
        return parts.compactMap { $0 }.joined(separator: " ")
    }

    var description: String { text }

    /// What the analyser must read: a rule's kind and party, or why it is no rule.
    var expected: (kind: RuleKind, binds: Party?, notARule: NotARule?) {
        guard let kind = force.kind else { return (.statement, nil, .encouragement) }
        switch subject.who {
        case .thePublic: return (.statement, nil, .thePublic)
        case .thing: return (.statement, nil, .possibility)
        case .party(let party): return (kind, party, nil)
        case .none(let party): return (kind.negated ?? kind, party, nil)
        }
    }

    /// The conditions the reading must carry, as the sentence words them.
    var expectedConditions: [String] {
        [opening.map { String($0.dropLast()) }, condition].compactMap { $0 }
    }

    // MARK: Parts

    static let partySubjects: [Subject] = [
        .init(words: "Councillors", who: .party(.councillors), plural: true),
        .init(words: "Members", who: .party(.councillors), plural: true),
        .init(words: "Elected members", who: .party(.councillors), plural: true),
        .init(words: "A councillor", who: .party(.councillors), plural: false),
        .init(words: "Every member", who: .party(.councillors), plural: false),
        .init(words: "Ward members", who: .party(.councillors), plural: true),
        .init(words: "Officers", who: .party(.officers), plural: true),
        .init(words: "Employees", who: .party(.officers), plural: true),
        .init(words: "Staff", who: .party(.officers), plural: true),
        .init(words: "Members of staff", who: .party(.officers), plural: true),
        .init(words: "An officer", who: .party(.officers), plural: false),
        .init(words: "The Monitoring Officer", who: .party(.officers), plural: false),
        .init(words: "The Clerk", who: .party(.clerk), plural: false),
        .init(words: "The Town Clerk", who: .party(.clerk), plural: false),
        .init(words: "The Parish Clerk", who: .party(.clerk), plural: false),
        .init(words: "The Proper Officer", who: .party(.clerk), plural: false),
        .init(words: "The Chief Executive", who: .party(.clerk), plural: false),
        .init(words: "The Chair", who: .party(.chairs), plural: false),
        .init(words: "The Mayor", who: .party(.chairs), plural: false),
        .init(words: "Members and officers", who: .party(.both), plural: true),
        .init(words: "Councillors and employees", who: .party(.both), plural: true),
    ]
    static let publicSubjects: [Subject] = [
        .init(words: "Members of the public", who: .thePublic, plural: true),
        .init(words: "Residents", who: .thePublic, plural: true),
        .init(words: "A member of the public", who: .thePublic, plural: false),
        .init(words: "Parishioners", who: .thePublic, plural: true),
        .init(words: "The public", who: .thePublic, plural: false),
    ]
    static let thingSubjects: [Subject] = [
        .init(words: "The annual meeting", who: .thing, plural: false),
        .init(words: "Information about a member of staff", who: .thing, plural: false),
        .init(words: "A failure to follow this protocol", who: .thing, plural: false),
        .init(words: "Some requests", who: .thing, plural: true),
        .init(words: "The agenda for a meeting", who: .thing, plural: false),
    ]
    static let negatingSubjects: [Subject] = [
        .init(words: "No councillor", who: .none(.councillors), plural: false),
        .init(words: "No member of staff", who: .none(.officers), plural: false),
    ]

    static let duties: [Force] = [
        .init("must", .must), .init("must not", .mustNot), .init("must never", .mustNot), .init("shall", .must),
        .init("shall not", .mustNot), .init("will", .must), .init("will not", .mustNot), .init("should", .should),
        .init("should not", .shouldNot), .init("should never", .shouldNot), .init("ought to", .should),
        .init("ought not to", .shouldNot), .init("need not", .hasRight), .init("may", .may), .init("may not", .mayNot),
        .init("cannot", .mayNot), .init("is expected to", "are expected to", .must), .init("is required to", "are required to", .must),
        .init("has a duty to", "have a duty to", .must), .init("is not permitted to", "are not permitted to", .mayNot),
        .init("is not required to", "are not required to", .hasRight), .init("is entitled to", "are entitled to", .hasRight),
        .init("has no authority to", "have no authority to", .mayNot),
    ]
    /// The positive duties a negating subject turns round.
    static let positiveDuties: [Force] = [.init("must", .must), .init("shall", .must), .init("will", .must), .init("should", .should), .init("may", .may)]
    static let encouragements: [Force] = [
        .init("is encouraged to", "are encouraged to", nil), .init("should feel free to", nil),
        .init("is welcome to", "are welcome to", nil),
    ]
    static let possibilities: [Force] = [.init("may", .may), .init("may not", .mayNot), .init("cannot", .mayNot)]

    static let actions = [
        "give instructions to the grounds staff", "share confidential papers with the press",
        "discuss planning applications with developers", "attend meetings of the party groups",
        "copy the Clerk into correspondence about council business", "speak to the press about council business",
        "use council equipment for private purposes", "visit the council depot without notice", "accept gifts from contractors",
        "take part in the interviews for a new post", "ask for background papers on an agenda item",
        "comment on social media about a planning decision", "contact a contractor directly",
        "keep a note of any hospitality offered", "help with the annual fun run",
    ]
    static let thingActions = [
        "lead to a formal investigation", "take longer than expected", "include material that is not yet public",
        "change from year to year", "affect more than one ward",
    ]
    static let openings = [
        "Where the matter is urgent,", "If asked to do so by the Chair,", "When dealing with the press,",
        "Whenever a planning matter is discussed,", "Unless the council decides otherwise,",
    ]
    static let conditions = [
        "unless the Clerk agrees otherwise", "except in an emergency", "if they are unsure of the position",
        "provided that the Chair has been told", "other than at a formal meeting", "without the consent of the Clerk",
        "subject to the council's standing orders",
    ]

    static func random(using random: inout LayoutRandom) -> RuleFragment {
        let opening = random.chance(0.2) ? random.pick(openings) : nil
        let condition = random.chance(0.3) ? random.pick(conditions) : nil
        switch random.int(0...9) {
        case 0:
            return RuleFragment(opening: opening, subject: random.pick(publicSubjects),
                                force: random.pick(duties.filter { $0.kind != .hasRight }), action: random.pick(actions), condition: condition)
        case 1:
            return RuleFragment(opening: opening, subject: random.pick(thingSubjects), force: random.pick(possibilities),
                                action: random.pick(thingActions), condition: condition)
        case 2:
            return RuleFragment(opening: opening, subject: random.pick(partySubjects), force: random.pick(encouragements),
                                action: random.pick(actions), condition: condition)
        case 3:
            return RuleFragment(opening: opening, subject: random.pick(negatingSubjects), force: random.pick(positiveDuties),
                                action: random.pick(actions), condition: condition)
        default:
            return RuleFragment(opening: opening, subject: random.pick(partySubjects), force: random.pick(duties),
                                action: random.pick(actions), condition: condition)
        }
    }

    static func generator() -> Generator<RuleFragment, [RuleFragment]> {
        Generator(
            run: { rng in
                var random = LayoutRandom(state: rng.next())
                return RuleFragment.random(using: &random)
            },
            shrink: { fragment in
                var smaller: [RuleFragment] = []
                if fragment.opening != nil { var copy = fragment; copy.opening = nil; smaller.append(copy) }
                if fragment.condition != nil { var copy = fragment; copy.condition = nil; smaller.append(copy) }
                return smaller
            }
        )
    }
}

/// A list item under a lead-in built from a party and a force ("Councillors should:", "All members can expect:"), whose
/// reading is the lead-in's, turned round where the item begins "not" or "never".
struct ListFragment: Sendable, CustomStringConvertible {
    var subject: RuleFragment.Subject
    var force: RuleFragment.Force
    var item: String

    var leadIn: String { "\(subject.words) \(subject.plural ? force.plural : force.singular):" }
    var description: String { "\(leadIn) • \(item)" }

    var expected: (kind: RuleKind, binds: Party?, notARule: NotARule?) {
        guard let kind = force.kind, case .party(let party) = subject.who else { return (.statement, nil, .encouragement) }
        if kind == .canExpect { return (.canExpect, party.otherSide, nil) }
        let negated = item.hasPrefix("not ") || item.hasPrefix("never ")
        return (negated ? (kind.negated ?? kind) : kind, party, nil)
    }

    static let forces: [RuleFragment.Force] = [
        .init("must", .must), .init("should", .should), .init("must not", .mustNot), .init("should not", .shouldNot),
        .init("can expect", .canExpect), .init("is encouraged to", "are encouraged to", nil),
    ]
    static let actions = [
        "copy the Clerk into correspondence with staff", "never canvass support for a candidate",
        "not take part where a relative applies for a post", "make a note of the conversation",
        "not give instructions to the staff on duty", "use the council's email address for council business",
    ]
    static let expectations = ["a prompt reply to their enquiries", "respect for their political neutrality", "courtesy at all times"]

    static func generator() -> Generator<ListFragment, [ListFragment]> {
        Generator(
            run: { rng in
                var random = LayoutRandom(state: rng.next())
                // Councillors and officers, whose other side is the other.
                let subject = random.pick(RuleFragment.partySubjects.filter { [.party(.councillors), .party(.officers)].contains($0.who) })
                let force = random.pick(forces)
                var item = random.pick(force.kind == .canExpect ? expectations : actions)
                // "must not: never canvass …" would be a double negative.
                if force.kind?.forbids == true { item = item.replacingOccurrences(of: "never ", with: "").replacingOccurrences(of: "not ", with: "") }
                return ListFragment(subject: subject, force: force, item: item)
            },
            shrink: { _ in [] }
        )
    }
}

/// Lists built from the project's own lead-ins, each with items that fit it.
enum ListFragments {
    static let duties = [
        "copy the Clerk into correspondence with staff", "never canvass support for a candidate",
        "not take part where a relative applies for a post", "make a note of the conversation",
        "not give instructions to the staff on duty", "ask the Clerk for advice if unsure",
        "use the council's email address for council business",
    ]
    static let positiveDuties = [
        "copy the Clerk into correspondence with staff", "make a note of the conversation",
        "give instructions to the staff on duty", "canvass support for a candidate",
    ]
    static let expectations = ["a prompt reply to their enquiries", "respect for their political neutrality", "courtesy at all times"]
    static let roles = ["to set the council's budget", "to represent the council on outside bodies", "to act as advocates for residents"]

    static let lists: [(leadIn: String, items: [String])] = [
        ("Councillors should", duties), ("When visiting council premises, members should", duties),
        ("If a councillor is approached by a developer, he or she should", duties), ("Members are encouraged to", duties),
        ("All councillors can expect", expectations), ("Officers can expect from members", expectations),
        ("Staff must not", positiveDuties), ("Members of the public may", positiveDuties),
        ("Councillors have three main roles", roles),
    ]
}

extension GeneratedLayout {
    /// A generated layout (numbering, headings, lists, wrapping, page furniture) with every sentence and list replaced
    /// by the project's own rule fragments and lists.
    static func withRuleFragments(using random: inout LayoutRandom) -> GeneratedLayout {
        var layout = GeneratedLayout.random(random.pick(Family.allCases), using: &random)
        func sentences() -> [[String]] {
            (0..<random.int(1...3)).map { _ in RuleFragment.random(using: &random).text.split(separator: " ").map(String.init) }
        }
        for path in layout.clausePaths {
            var clause = layout[path]
            clause.sentences = sentences()
            clause.struck = nil
            clause.footnotes = []
            if !clause.items.isEmpty {
                let list = random.pick(ListFragments.lists)
                clause.sentences[clause.sentences.count - 1] = list.leadIn.split(separator: " ").map(String.init)
                for index in clause.items.indices {
                    clause.items[index].words = random.pick(list.items).split(separator: " ").map(String.init)
                }
            }
            layout[path] = clause
        }
        for group in layout.groups.indices {
            for paragraph in layout.groups[group].paragraphs.indices {
                layout.groups[group].paragraphs[paragraph].sentences = sentences()
            }
        }
        if let intro = layout.intro {
            layout.intro?.paragraphs = intro.paragraphs.map { paragraph in
                var copy = paragraph
                copy.sentences = sentences()
                return copy
            }
        }
        return layout
    }

    static func ruleFragmentGenerator() -> Generator<GeneratedLayout, [GeneratedLayout]> {
        Generator(
            run: { rng in
                var random = LayoutRandom(state: rng.next())
                return GeneratedLayout.withRuleFragments(using: &random)
            },
            shrink: { $0.shrinks() }
        )
    }
}
