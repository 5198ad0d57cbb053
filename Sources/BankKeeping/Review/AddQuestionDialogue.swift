import Foundation
import ProtocolReading
import TrainerModel

/// `bank add`'s guided prompt, one step a line: the clause, the type, the question's words, the options, which are
/// right, each option's feedback, the topic, then whether to save. It reads lines and does no terminal I/O.
///
/// `cancel` at any step stops without saving. The question is checked like an edit in `bank review` (the structural
/// checks and `bank check`'s lint) before the clerk is asked to save it; it is saved as a draft written by the clerk.
public struct AddQuestionDialogue: Sendable {
    public enum Stage: Equatable, Sendable {
        case clause, type, stem, options, right, feedback(Int), topic, confirm, done
    }

    /// What one line did.
    public enum Step: Equatable, Sendable {
        /// Tell the clerk this, then show `prompt` and read the next line.
        case ask(String)
        /// The clerk said yes: add this question to the bank.
        case save(Question)
        /// The clerk cancelled (or said no): nothing is saved.
        case cancelled(String)
    }

    public static let minimumOptions = 2
    public static let maximumOptions = 8

    public private(set) var stage: Stage = .clause
    let bank: QuestionBank
    let document: CouncilProtocol
    private var clause: String?
    private var type: QuestionType = .oneAnswer
    private var stem = ""
    private var options: [String] = []
    private var right: [Int] = []
    private var feedback: [String] = []
    private var topic: Topic = .dayToDay
    /// The finished question, once every step is answered.
    public private(set) var question: Question?

    public init(bank: QuestionBank, document: CouncilProtocol) {
        self.bank = bank
        self.document = document
    }

    /// What to say before the first prompt.
    public static let opening = "Write a new question for this bank. Type cancel at any prompt to stop without saving."

    public var prompt: String {
        switch stage {
        case .clause: return "Which clause does it cite (e.g. 3.2)? "
        case .type: return "Type: one (one answer), all (choose all that apply) or yesno? "
        case .stem: return "The question's words: "
        case .options: return "Option \(ReviewSession.letter(options.count)) (an empty line ends them): "
        case .right: return type == .chooseAll ? "Which letters are right (e.g. A C)? " : (type == .yesNo ? "Which is right, yes or no? " : "Which letter is right? ")
        case .feedback(let index): return "Feedback for option \(ReviewSession.letter(index)) (\(options[index])): "
        case .topic: return "Topic (press Enter for \(topic.rawValue)): "
        case .confirm: return "Save this question as a draft (yes or no)? "
        case .done: return ""
        }
    }

    public mutating func handle(_ line: String) -> Step {
        let typed = line.trimmingCharacters(in: .whitespaces)
        let word = typed.lowercased()
        if word == "cancel" { stage = .done; return .cancelled("Cancelled. Nothing was saved.") }
        switch stage {
        case .clause:
            let id = typed.hasPrefix("clause ") ? String(typed.dropFirst(7)).trimmingCharacters(in: .whitespaces) : typed
            guard !id.isEmpty else { return .ask("Type the number of the clause the question is about, e.g. 3.2.") }
            guard let found = document.clause(id: id) else {
                return .ask("The protocol has no clause \(id). Type the number of a clause it has, e.g. \(document.clauses.first { $0.number != nil }?.id ?? "1").")
            }
            clause = id
            topic = bank.questions.first { $0.citations.contains { $0.clause == id } }?.topic ?? .dayToDay
            stage = .type
            let words = ClauseWords.texts(of: document)[id] ?? found.text
            return .ask("Clause \(id) says: \(words)")
        case .type:
            switch word {
            case "one", "1", "one answer", "one-answer": type = .oneAnswer
            case "all", "choose all", "choose-all", "choose all that apply": type = .chooseAll
            case "yesno", "yes-no", "yes/no", "yes no": type = .yesNo
            default: return .ask("Type one, all or yesno.")
            }
            stage = .stem
            return .ask("")
        case .stem:
            guard !typed.isEmpty else { return .ask("Type the question's words on one line.") }
            stem = typed
            if type == .yesNo {
                options = ["Yes", "No"]
                stage = .right
            } else {
                stage = .options
            }
            return .ask("")
        case .options:
            if typed.isEmpty {
                guard options.count >= Self.minimumOptions else {
                    return .ask("A question needs at least \(Self.minimumOptions) options; type option \(ReviewSession.letter(options.count)).")
                }
                stage = .right
                return .ask("")
            }
            options.append(typed)
            if options.count == Self.maximumOptions {
                stage = .right
                return .ask("That is \(Self.maximumOptions) options, the most a question may have.")
            }
            return .ask("")
        case .right:
            let letters = word.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            let indices = letters.compactMap { letter -> Int? in
                if type == .yesNo, letter == "yes" || letter == "y" { return 0 }
                if type == .yesNo, letter == "no" || letter == "n" { return 1 }
                guard letter.count == 1, let value = letter.uppercased().unicodeScalars.first?.value, value >= 65 else { return nil }
                let index = Int(value) - 65
                return options.indices.contains(index) ? index : nil
            }
            let range = "A to \(ReviewSession.letter(options.count - 1))"
            guard !letters.isEmpty, indices.count == letters.count else {
                return .ask(type == .yesNo ? "Type yes or no." : "Type the letter\(type == .chooseAll ? "s" : "") of the right option\(type == .chooseAll ? "s" : "") (\(range)).")
            }
            if type != .chooseAll, Set(indices).count != 1 { return .ask("Only one option may be right; type one letter (\(range)).") }
            if type == .chooseAll, Set(indices).count == options.count { return .ask("At least one option must be wrong in a choose-all question; type only the right ones.") }
            right = Array(Set(indices)).sorted()
            stage = .feedback(0)
            return .ask("")
        case .feedback(let index):
            guard !typed.isEmpty else { return .ask("Type why option \(ReviewSession.letter(index)) is \(right.contains(index) ? "right" : "wrong"), citing the clause.") }
            feedback.append(typed)
            stage = index + 1 < options.count ? .feedback(index + 1) : .topic
            return .ask("")
        case .topic:
            if !typed.isEmpty {
                guard let chosen = Topic(rawValue: word) else {
                    return .ask("There is no topic '\(typed)'. Type one of: \(Topic.allCases.map(\.rawValue).joined(separator: ", ")); or press Enter for \(topic.rawValue).")
                }
                topic = chosen
            }
            let built = build()
            let problems = QuestionEdit.problems(in: built, document: document)
            guard problems.isEmpty else {
                stage = .done
                return .cancelled("Not saved, because the question would be faulty:\n" + problems.map { "  - \($0)" }.joined(separator: "\n") + "\nRun bank add again to write it afresh.")
            }
            question = built
            stage = .confirm
            return .ask("\n" + QuestionPresenter.render(built))
        case .confirm:
            switch word {
            case "yes", "y":
                stage = .done
                return .save(question!)
            case "no", "n":
                stage = .done
                return .cancelled("Not saved.")
            default: return .ask("Type yes to save it or no to leave it out.")
            }
        case .done:
            return .cancelled("")
        }
    }

    /// The origin of a question written with `bank add`: the clerk's own, so regeneration keeps it.
    public static let origin = GIFTImport.clerkOrigin + " (with bank add)"

    private func build() -> Question {
        let clause = clause ?? ""
        let id = "q-" + GIFTImport.digest(stem + options.joined(separator: "\n"))
        return Question(
            id: id, type: type, kind: .scenario, roles: [.councillor, .officer], topic: topic, stem: stem,
            options: options.indices.map { index in
                QuestionOption(id: "o-" + GIFTImport.digest(id + options[index]).prefix(8), text: options[index], correct: right.contains(index), feedback: feedback[index])
            },
            citations: [Citation(clause: clause, quote: document.clause(id: clause)?.text ?? "")],
            difficulty: .medium, status: .draft, origin: Self.origin)
    }
}
