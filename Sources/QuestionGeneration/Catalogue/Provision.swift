import RuleAnalysis
import TrainerModel

/// A provision that protocols of this family share (they descend from common model texts), with the scenario
/// questions it supports and the usual wrong answers.
///
/// Each provision carries example clauses that must match it and near misses that must not; one test walks them all,
/// and checks that every frame produces a clean question from the first example.
package struct Provision: Sendable {
    /// Unique in the whole catalogue; part of each question's origin.
    package let id: String
    let topic: Topic
    /// What the provision says, in plain words.
    let says: String
    /// When a rule statement states this provision.
    package let match: ProvisionMatch
    /// Clauses from real protocols that state this provision.
    let examples: [String]
    /// Clauses that look alike but say something else.
    let nonExamples: [String]
    let frames: [Frame]

    init(id: String, topic: Topic, says: String = "", match: ProvisionMatch, examples: [String], nonExamples: [String] = [],
         frames: [Frame]) {
        self.id = id
        self.topic = topic
        self.says = says
        self.match = match
        self.examples = examples
        self.nonExamples = nonExamples
        self.frames = frames
    }
}

/// When a rule statement states a provision: who it binds, what kind of rule, and words it must and must not use.
package struct ProvisionMatch: Sendable {
    /// Parties the rule may bind; empty for any.
    var binds: Set<Party> = []
    /// Kinds of rule; empty for any.
    var kinds: Set<RuleKind> = []
    /// Every group must have one of its phrases in the statement (lower-case, words as printed).
    var all: [[String]]
    /// None of these may appear.
    var none: [String] = []

    /// Whether `statement`, with the words around it in `context`, states the provision.
    package func matches(_ statement: RuleStatement, context: String) -> Bool {
        matches(statement, text: Self.text(of: statement, context: context))
    }

    /// The words a statement is matched by, with those around it: lower-case, with a space at each end.
    static func text(of statement: RuleStatement, context: String) -> SearchText {
        SearchText(" " + (statement.quote + " " + context).lowercased() + " ")
    }

    /// Whether `statement`, whose words are `text` (from `text(of:context:)`), states the provision. Each phrase is
    /// found at the start of a word: "press" is the press, not "expressly" (readers met a media question cited to a
    /// clause on the Leader's powers).
    func matches(_ statement: RuleStatement, text: SearchText) -> Bool {
        if !binds.isEmpty, !binds.contains(statement.binds) { return false }
        if !kinds.isEmpty, !kinds.contains(statement.kind) { return false }
        guard all.allSatisfy({ group in group.contains(where: text.containsAtWordStart) }) else { return false }
        return !none.contains(where: text.containsAtWordStart)
    }
}

/// One question a provision can produce: a stem with slots, and its options.
///
/// Slots: `{cllr}`, `{cllr2}` (councillors: "Cllr Priya Shah"; `.short` "Cllr Shah", `.first`, `.they`, `.them`, `.their`, `.theirs`),
/// `{officer}`, `{officer2}` (staff: "Dan Hughes"; `.first` …) with `{officer.role}`, `{clerkName}` (the clerk as a person),
/// `{clerk}` (the council's title for the clerk, e.g. "Town Clerk"), `{council}` ("the town council"), `{place}`, `{day}`,
/// and in feedback `{clause}` (the cited clause's id). A capital first letter capitalises the value: `{Cllr.they}`.
struct Frame: Sendable {
    let id: String
    let type: QuestionType
    let kind: QuestionKind
    let roles: [TraineeRole]
    let difficulty: Difficulty
    let stem: String
    let options: [OptionFrame]
    /// Extra phrases the matched statement must contain for this frame (e.g. the exception it turns on).
    var requires: [[String]] = []
    /// The councils whose life the situation is from, where it fits only one kind (a village hall's noticeboards are
    /// no chief executive's business; a cabinet member is no parish's); nil for any council.
    var councils: CouncilScale?
    /// Parties the cited rule must bind for this frame; empty for any.
    var binds: Set<Party> = []

    init(id: String, type: QuestionType = .oneAnswer, kind: QuestionKind = .scenario, roles: [TraineeRole],
         difficulty: Difficulty = .medium, stem: String, options: [OptionFrame], requires: [[String]] = [],
         councils: CouncilScale? = nil, binds: Set<Party> = []) {
        self.id = id
        self.type = type
        self.kind = kind
        self.roles = roles
        self.difficulty = difficulty
        self.stem = stem
        self.options = options
        self.requires = requires
        self.councils = councils
        self.binds = binds
    }
}

/// A town, parish or community council, or a principal council (district, borough, county, unitary, city).
enum CouncilScale: String, Sendable, Decodable {
    case local, principal
}

/// One option of a frame, with its feedback.
struct OptionFrame: Sendable {
    let text: String
    let correct: Bool
    let feedback: String
    /// A wrong option is dropped when any clause of the council permits or requires what it says: each group is a set of
    /// phrases that such a clause would contain together.
    var contradictedBy: [[String]] = []

    static func right(_ text: String, _ feedback: String) -> OptionFrame {
        OptionFrame(text: text, correct: true, feedback: feedback)
    }

    static func wrong(_ text: String, _ feedback: String, unless contradictedBy: [[String]] = []) -> OptionFrame {
        OptionFrame(text: text, correct: false, feedback: feedback, contradictedBy: contradictedBy)
    }
}
