import TrainerModel

/// A bank's questions for Moodle, in GIFT or Moodle XML.
public enum BankExport {
    /// The file's text: the questions with the given statuses (by default every question that may be asked, that is
    /// all but the retired), grouped by topic in the bank's order.
    public static func render(_ bank: QuestionBank, format: BankExportFormat,
                              statuses: Set<QuestionStatus> = [.draft, .approved]) throws(BankError) -> String {
        let byTopic = questions(bank, statuses: statuses)
        switch format {
        case .gift: return try GIFTWriter.write(byTopic, council: bank.council)
        case .moodleXML: return try MoodleXMLWriter.write(byTopic, council: bank.council)
        }
    }

    /// The questions an export holds, in its order: by topic, then as in the bank.
    public static func questions(_ bank: QuestionBank, statuses: Set<QuestionStatus> = [.draft, .approved]) -> [Question] {
        let chosen = bank.questions.filter { statuses.contains($0.status) }
        return Topic.allCases.flatMap { topic in chosen.filter { $0.topic == topic } }
    }
}
