import Foundation
import TrainerModel

/// The clerk's walk through a bank's questions, one decision each: approve, retire, edit, skip, back, quit.
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
    /// What the next line answers.
    public private(set) var stage: Stage = .deciding
    /// The protocol beside the bank, for the lint an edit must pass; nil when it could not be read.
    let document: CouncilProtocol?

    public enum Stage: Equatable, Sendable {
        /// Approve, retire, edit, skip, back or quit.
        case deciding
        /// Which part of the question to edit.
        case choosingPart
        /// The new words for a part.
        case awaitingWords(Part)
        /// The letters of the right options.
        case awaitingRight
    }

    /// A part of a question whose words can be edited.
    public enum Part: Equatable, Sendable {
        case stem
        case optionText(Int)
        case optionFeedback(Int)
    }

    /// `all` reviews every question (drafts first); otherwise only drafts. `clause` and `topic` narrow the choice.
    public init(bank: QuestionBank, document: CouncilProtocol? = nil, all: Bool = false, clause: String? = nil, topic: Topic? = nil) {
        self.bank = bank
        self.document = document
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

    /// "A", "B" …
    public static func letter(_ index: Int) -> String { String(Character(UnicodeScalar(UInt8(65 + index)))) }

    public var prompt: String {
        switch stage {
        case .deciding: return "approve, retire, edit, editor, skip, back or quit? "
        case .choosingPart: return "Edit which part? "
        case .awaitingWords: return "New words: "
        case .awaitingRight: return "Right option\(current?.type == .chooseAll ? "s" : ""): "
        }
    }

    /// The words Tab completes at the prompt.
    public var completions: [String] {
        switch stage {
        case .deciding: return ["approve", "retire", "edit", "editor", "skip", "back", "quit", "help"]
        case .choosingPart: return ["stem", "right", "cancel"] + (current?.options.indices.map { Self.letter($0).lowercased() } ?? [])
        case .awaitingWords, .awaitingRight: return ["cancel"]
        }
    }

    public static let help = """
        approve (a)  the question is right: it may be asked in inductions and refreshers
        retire (r)   the question is never asked again
        edit (e)     change the question's words, an option's words or feedback, or which option is right
        editor       edit the whole question in your text editor ($EDITOR or $VISUAL) on a small form
        skip (s)     decide later; it stays as it is
        back (b)     go to the previous question
        quit (q)     stop; every decision so far is saved
        help         this list
        """

    /// What one line typed by the clerk did.
    public enum Step: Equatable, Sendable {
        /// Show the question now current (after a decision, an edit, skip or back).
        case next
        /// Tell the clerk this and ask again.
        case message(String)
        /// The review is over: every question was seen, or the clerk quit.
        case finished
        /// Open the current question's `QuestionForm` in the clerk's editor, then pass what comes back to `saveForm`.
        case openEditor
    }

    public mutating func handle(_ line: String) -> Step {
        guard !isOver, let question = current else { return .finished }
        let typed = line.trimmingCharacters(in: .whitespaces)
        let word = typed.lowercased()
        switch stage {
        case .deciding: return decide(word, typed: typed, question: question)
        case .choosingPart: return choosePart(word, question: question)
        case .awaitingWords(let part):
            if word == "cancel" { stage = .deciding; return .message("Nothing was changed.") }
            guard !typed.isEmpty else { return .message("Type the new words on one line, or cancel to keep them as they are.") }
            switch part {
            case .stem: return save(.stem(typed), to: question)
            case .optionText(let index): return save(.optionText(index, typed), to: question)
            case .optionFeedback(let index): return save(.optionFeedback(index, typed), to: question)
            }
        case .awaitingRight:
            if word == "cancel" { stage = .deciding; return .message("Nothing was changed.") }
            let letters = word.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            let indices = letters.compactMap { Self.index(of: $0, in: question) }
            guard !letters.isEmpty, indices.count == letters.count else {
                return .message("Type the letter of the right option (\(Self.letters(of: question))), or cancel.")
            }
            return save(.right(indices), to: question)
        }
    }

    private mutating func decide(_ word: String, typed: String, question: Question) -> Step {
        switch word {
        case "approve", "a": return setStatus(question.id, .approved)
        case "retire", "r": return setStatus(question.id, .retired)
        case "edit", "e":
            stage = .choosingPart
            return .message("Type stem for the question's words, a letter (\(Self.letters(of: question))) for that option's words, the letter and feedback (e.g. \"b feedback\") for its feedback, right for which option is right, or cancel.")
        case "editor", "edit in editor": return .openEditor
        case "skip", "s": return advance()
        case "back", "b":
            guard position > 0 else { return .message("This is the first question; there is nothing to go back to.") }
            position -= 1
            return .next
        case "quit", "q":
            isOver = true
            return .finished
        case "help", "h", "?": return .message(Self.help)
        case "": return .message("Type approve, retire, edit, skip, back or quit (or a, r, e, s, b, q); help lists them.")
        default: return .message("'\(typed)' is not one of the choices. Type approve, retire, edit, skip, back or quit (or a, r, e, s, b, q); help lists them.")
        }
    }

    private mutating func choosePart(_ word: String, question: Question) -> Step {
        let parts = word.split(separator: " ").map(String.init)
        if word == "cancel" { stage = .deciding; return .message("Nothing was changed.") }
        if word == "stem" || word == "question" {
            stage = .awaitingWords(.stem)
            return .message("The question's words now:\n  \(question.stem)\nType the new words on one line (or cancel).")
        }
        if word == "right" || word == "key" {
            stage = .awaitingRight
            let now = question.options.indices.filter { question.options[$0].correct }.map(Self.letter).joined(separator: " ")
            let many = question.type == .chooseAll
            return .message("Right now: \(now). Type the letter\(many ? "s" : "") of the right option\(many ? "s, e.g. A C" : "") (or cancel).")
        }
        let letter = parts.first { Self.index(of: $0, in: question) != nil }
        if let letter, let index = Self.index(of: letter, in: question), parts.count <= 2,
           parts.count == 1 || parts.contains("feedback") {
            let option = question.options[index]
            if parts.count == 2 {
                stage = .awaitingWords(.optionFeedback(index))
                return .message("Option \(Self.letter(index))'s feedback now:\n  \(option.feedback)\nType the new feedback on one line (or cancel).")
            }
            stage = .awaitingWords(.optionText(index))
            return .message("Option \(Self.letter(index))'s words now:\n  \(option.text)\nType the new words on one line (or cancel).")
        }
        return .message("Type stem, a letter (\(Self.letters(of: question))), a letter and feedback (e.g. \"b feedback\"), right, or cancel.")
    }

    /// Reads the `QuestionForm` the clerk saved in the editor and saves it if it passes the checks of inline edit.
    /// On failure, nothing changes and the reasons are returned (a malformed line's number, or the lint's findings).
    public mutating func saveForm(_ text: String) -> [String] {
        guard let question = current else { return [] }
        switch QuestionForm.read(text, into: question) {
        case .failure(let problem): return [problem.message]
        case .success(let read):
            if read.stem == question.stem && read.options == question.options { return [] }
            let edited = QuestionEdit.whole(stem: read.stem, options: read.options).applied(to: question)
            let problems = QuestionEdit.problems(in: edited, document: document)
            guard problems.isEmpty else { return problems }
            if let index = bank.questions.firstIndex(where: { $0.id == question.id }) { bank.questions[index] = edited }
            return []
        }
    }

    /// Saves the edit if the question still passes the checks of `bank check`; otherwise says why and changes nothing.
    private mutating func save(_ edit: QuestionEdit, to question: Question) -> Step {
        stage = .deciding
        let edited = edit.applied(to: question)
        let problems = QuestionEdit.problems(in: edited, document: document)
        guard problems.isEmpty else {
            return .message("Not saved, because the question would then be faulty:\n" + problems.map { "  - \($0)" }.joined(separator: "\n") + "\nThe question is as it was; type edit to try again.")
        }
        if let index = bank.questions.firstIndex(where: { $0.id == question.id }) { bank.questions[index] = edited }
        return .next
    }

    private mutating func setStatus(_ id: String, _ status: QuestionStatus) -> Step {
        if let index = bank.questions.firstIndex(where: { $0.id == id }) {
            bank.questions[index].status = status
            // The clerk has looked at the question the note asked them to look at.
            bank.questions[index].note = nil
        }
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

    private static func index(of letter: String, in question: Question) -> Int? {
        guard letter.count == 1, let value = letter.uppercased().unicodeScalars.first?.value, value >= 65 else { return nil }
        let index = Int(value) - 65
        return question.options.indices.contains(index) ? index : nil
    }

    private static func letters(of question: Question) -> String {
        question.options.indices.map(letter).joined(separator: ", ")
    }
}
