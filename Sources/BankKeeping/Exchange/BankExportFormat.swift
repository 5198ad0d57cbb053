import TrainerModel

/// The files a bank can be exported to for Moodle.
public enum BankExportFormat: String, Sendable, CaseIterable {
    /// Moodle's GIFT plain-text format.
    case gift
    /// Moodle XML, as Moodle's question bank imports and exports it.
    case moodleXML = "moodle-xml"
}

/// What an export writes about each question, shared by both formats.
enum ExportText {
    /// The Moodle question category: the council, then the topic ("$course$/top/Iminster/lobbying").
    static func category(council: String?, topic: Topic) -> String {
        let name = (council ?? "Question bank").replacingOccurrences(of: "/", with: "-")
        return "$course$/top/\(name)/\(topic.rawValue)"
    }

    /// The question's name: its id, the clause marker that the GIFT importer reads back, and `[who]` for who questions.
    static func title(_ question: Question) -> String {
        let marker = "[clause \(question.citations.map(\.clause).joined(separator: ", "))]"
        return "\(question.id) \(marker)" + (question.type == .who ? " [who]" : "")
    }

    /// The general feedback: the words of each clause the question cites.
    static func generalFeedback(_ question: Question) -> String {
        question.citations.map { "Clause \($0.clause): \"\($0.quote)\"" }.joined(separator: " ")
    }
}
