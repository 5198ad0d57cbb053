import TrainerModel

/// Chooses an attempt's questions: the trainee's role, spread across topics, never retired, shuffled; option order shuffled.
///
/// Once the clerk has approved any question in the bank, an induction or refresher asks approved questions only; practice
/// may use any question not retired. Until then every question not retired is used, and `unreviewed` says so.
///
/// A session reads as one story, not as one rule asked over and over: it never has two questions from the same frame
/// (the same origin), nor two of the same type on the same clause. A bank too small to fill the session that way gives a
/// shorter one.
public struct QuestionSelection: Sendable, Equatable {
    public var questions: [Question]
    /// Each question's option ids in the order they will be shown.
    public var optionOrder: [String: [String]]
    /// True when the questions chosen include some the clerk has not reviewed (drafts).
    public var unreviewed: Bool

    /// The questions a session in `mode` may ask: approved only for an induction or refresher once any is approved.
    public static func usable(_ bank: QuestionBank, mode: TrainingMode) -> [Question] {
        let approvedOnly = mode.isExam && bank.questions.contains { $0.status == .approved }
        return bank.questions.filter { approvedOnly ? $0.status == .approved : $0.status != .retired }
    }

    /// `previous` is the trainee's last attempt: a refresher asks what it did not ask first.
    public init(bank: QuestionBank, role: TraineeRole, mode: TrainingMode, count: Int, seed: UInt64, previous: TrainingRecord? = nil) {
        var random = SeededRandom(seed: seed)
        let eligible = Self.usable(bank, mode: mode).filter { $0.roles.contains(role) }
        let seenBefore = mode == .refresher ? Set(previous?.questionOrder ?? []) : []

        // Shuffle within each topic, unseen questions first, then take one topic at a time in turn.
        var byTopic: [Topic: [Question]] = [:]
        for question in eligible { byTopic[question.topic, default: []].append(question) }
        var queues: [[Question]] = random.shuffle(Topic.allCases.filter { byTopic[$0] != nil }).map { topic in
            let shuffled = random.shuffle(byTopic[topic]!)
            return shuffled.filter { !seenBefore.contains($0.id) } + shuffled.filter { seenBefore.contains($0.id) }
        }
        var chosen: [Question] = []
        var asked = AskedAlready()
        let target = min(count, eligible.count)
        // Unseen questions are taken from every topic before any question seen last time.
        for unseenOnly in [true, false] {
            var progress = true
            while chosen.count < target, progress {
                progress = false
                for index in queues.indices where chosen.count < target {
                    // What repeats a question already chosen never will stop repeating it.
                    queues[index].removeAll(where: asked.repeats)
                    guard let next = queues[index].first, !unseenOnly || !seenBefore.contains(next.id) else { continue }
                    chosen.append(queues[index].removeFirst())
                    asked.add(next)
                    progress = true
                }
            }
        }
        let unseen = random.shuffle(chosen.filter { !seenBefore.contains($0.id) })
        let seen = random.shuffle(chosen.filter { seenBefore.contains($0.id) })
        questions = unseen + seen
        var orders: [String: [String]] = [:]
        for question in questions {
            let ids = question.options.map(\.id)
            // Yes stays before No; every other list is shuffled so the right answer's place tells nothing.
            orders[question.id] = question.type == .yesNo ? ids : random.shuffle(ids)
        }
        optionOrder = orders
        unreviewed = questions.contains { $0.status == .draft }
    }
}

extension QuestionSelection {
    /// The frames and the clause-and-type pairs a session has asked already.
    struct AskedAlready {
        private var origins: Set<String> = []
        private var ways: Set<String> = []

        /// True when `question` comes from a frame already asked, or asks a clause already asked in the same way.
        func repeats(_ question: Question) -> Bool {
            origins.contains(question.origin) || question.citations.contains { ways.contains(Self.way($0.clause, question.type)) }
        }

        mutating func add(_ question: Question) {
            origins.insert(question.origin)
            for citation in question.citations { ways.insert(Self.way(citation.clause, question.type)) }
        }

        private static func way(_ clause: String, _ type: QuestionType) -> String { "\(type.rawValue) \(clause)" }
    }
}
