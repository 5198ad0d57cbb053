import Foundation

/// The clerk's walk through a bank's questions, one decision each: approve, retire, skip, back, quit.
///
/// It reads lines and changes `bank`; it does no terminal I/O. The caller saves `bank` whenever it changes, so every
/// decision is kept at once, and a review started again carries on with the drafts still left.
public struct ReviewSession: Sendable {
    /// The bank as the clerk's decisions have left it.
    public private(set) var bank: QuestionBank
    /// The ids of the questions to review, in the order shown.
    public let order: [String]
    /// The place in `order` of the question shown now.
    public private(set) var position = 0
    public private(set) var isOver = false

    /// `all` reviews every question (drafts first); otherwise only drafts. `clause` and `topic` narrow the choice.
    public init(bank: QuestionBank, all: Bool = false, clause: String? = nil, topic: Topic? = nil) {
        self.bank = bank
        let chosen = bank.questions.filter { question in
            (all || question.status == .draft)
                && (clause.map { wanted in question.citations.contains { $0.clause == wanted || $0.clause.hasPrefix(wanted + ".") } } ?? true)
                && (topic.map { question.topic == $0 } ?? true)
        }
        // Drafts first, then in clause order; a bank's own order breaks ties.
        let place = Dictionary(bank.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        order = chosen.sorted { left, right in
            if (left.status == .draft) != (right.status == .draft) { return left.status == .draft }
            let byClause = ClauseOrder.compare(left.citations.first?.clause ?? "", right.citations.first?.clause ?? "")
            if byClause != 0 { return byClause < 0 }
            return place[left.id]! < place[right.id]!
        }.map(\.id)
        isOver = order.isEmpty
    }

    /// The question shown now.
    public var current: Question? { isOver ? nil : bank.question(id: order[position]) }

    /// "Question 3 of 20".
    public var progress: String { "Question \(min(position + 1, order.count)) of \(order.count)" }

    /// The words Tab completes at the prompt.
    public static let commands = ["approve", "retire", "skip", "back", "quit", "help"]

    public static let help = """
        approve (a)  the question is right: it may be asked in inductions and refreshers
        retire (r)   the question is never asked again
        skip (s)     decide later; it stays as it is
        back (b)     go to the previous question
        quit (q)     stop; every decision so far is saved
        help         this list
        """

    /// What one line typed by the clerk did.
    public enum Step: Equatable, Sendable {
        /// A new question to show (after a decision, skip or back).
        case next
        /// Nothing changed; tell the clerk this and ask again.
        case message(String)
        /// The review is over: every question was seen, or the clerk quit.
        case finished
    }

    public mutating func handle(_ line: String) -> Step {
        guard !isOver, let question = current else { return .finished }
        let word = line.trimmingCharacters(in: .whitespaces).lowercased()
        switch word {
        case "approve", "a": return decide(question.id, .approved)
        case "retire", "r": return decide(question.id, .retired)
        case "skip", "s": return advance()
        case "back", "b":
            guard position > 0 else { return .message("This is the first question; there is nothing to go back to.") }
            position -= 1
            return .next
        case "quit", "q":
            isOver = true
            return .finished
        case "help", "h", "?": return .message(Self.help)
        case "": return .message("Type approve, retire, skip, back or quit (or a, r, s, b, q); help lists them.")
        default: return .message("'\(line.trimmingCharacters(in: .whitespaces))' is not one of the choices. Type approve, retire, skip, back or quit (or a, r, s, b, q); help lists them.")
        }
    }

    private mutating func decide(_ id: String, _ status: QuestionStatus) -> Step {
        if let index = bank.questions.firstIndex(where: { $0.id == id }) { bank.questions[index].status = status }
        return advance()
    }

    private mutating func advance() -> Step {
        if position + 1 >= order.count {
            isOver = true
            return .finished
        }
        position += 1
        return .next
    }
}
