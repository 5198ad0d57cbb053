import Foundation
import TrainerModel

/// One change the clerk makes to a question in `bank review`: new words for a part, or which option is right.
public enum QuestionEdit: Equatable, Sendable {
    case stem(String)
    /// The option at this place (0 is A) gets these words.
    case optionText(Int, String)
    case optionFeedback(Int, String)
    /// The options at these places are the right ones (one, except for a choose-all question).
    case right([Int])
    /// The stem and every option at once, as read back from the `$EDITOR` form (`QuestionForm`).
    case whole(stem: String, options: [QuestionOption])

    /// The origin an edited question takes: it is the clerk's own, so regeneration keeps it.
    public static let editedOrigin = GIFTImport.clerkOrigin + " (edited from "

    /// `question` with the change made and marked as the clerk's own.
    public func applied(to question: Question) -> Question {
        var edited = question
        switch self {
        case .stem(let words): edited.stem = words
        case .optionText(let index, let words): edited.options[index].text = words
        case .optionFeedback(let index, let words): edited.options[index].feedback = words
        case .right(let indices):
            for index in edited.options.indices { edited.options[index].correct = indices.contains(index) }
        case .whole(let stem, let options):
            edited.stem = stem
            edited.options = options
        }
        if !question.isClerkWritten { edited.origin = Self.editedOrigin + question.origin + ")" }
        edited.note = nil
        return edited
    }

    /// Why `question` cannot be saved, in the clerk's words: the structural checks and the lint of `bank check`.
    public static func problems(in question: Question, document: CouncilProtocol?) -> [String] {
        var problems: [String] = []
        if question.stem.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("The question has no words.") }
        for (index, option) in question.options.enumerated() {
            let letter = ReviewSession.letter(index)
            if option.text.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("Option \(letter) has no words.") }
            if option.feedback.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("Option \(letter) has no feedback.") }
        }
        if question.citations.isEmpty { problems.append("The question cites no clause.") }
        for rule in LintRules.all {
            problems += rule.findings(in: question, document: document)
        }
        // The same fault can be found by a structural check and a lint rule; say it once.
        var seen: Set<String> = []
        return problems.filter { seen.insert($0).inserted }
    }
}

extension Question {
    /// A generated question the clerk edited in `bank review`.
    public var isEditedByClerk: Bool { origin.hasPrefix(QuestionEdit.editedOrigin) }

    /// The origin of the generated question the clerk edited, e.g. catalogue:avoid-close-familiarity/golf-foursome.
    public var editedFrom: String? {
        guard isEditedByClerk, origin.hasSuffix(")") else { return nil }
        return String(origin.dropFirst(QuestionEdit.editedOrigin.count).dropLast())
    }
}
