import TrainerModel

/// A question as a clerk reviews it: stem, options with the right ones marked, feedback, citations, status.
public enum QuestionPresenter {
    public static func render(_ question: Question) -> String {
        var out: [String] = []
        out.append("\(question.id)  [\(question.status.rawValue)]  \(question.type.rawValue), \(question.kind.rawValue), for \(question.roles.map { $0.rawValue + "s" }.joined(separator: " and ")), \(question.topic.title.lowercased()), \(question.difficulty.rawValue)")
        out.append("")
        out.append(question.stem)
        out.append("")
        for (index, option) in question.options.enumerated() {
            let letter = Character(UnicodeScalar(UInt8(65 + index)))
            out.append("  \(letter). \(option.text)\(option.correct ? "   ← right" : "")")
            out.append("     \(option.feedback)")
        }
        out.append("")
        for citation in question.citations {
            out.append("Cites \(citation.clause): “\(citation.quote)”")
        }
        if question.isEditedByClerk { out.append("Edited by the clerk.") }
        if let note = question.note { out.append("Note: \(note)") }
        return out.joined(separator: "\n") + "\n"
    }
}
