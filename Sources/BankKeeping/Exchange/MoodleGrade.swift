import TrainerModel

/// Marks out of 100 that Moodle's question importers accept: the percentages of `question_bank::fraction_options_full()`
/// (lib/questionlib.php in moodle/moodle), written as Moodle writes them, to five decimal places at most.
public enum MoodleGrade {
    /// 1/n of the marks, for n = 1...10, as Moodle lists them.
    static let shares: [Int: String] = [
        1: "100", 2: "50", 3: "33.33333", 4: "25", 5: "20", 6: "16.66667", 7: "14.28571", 8: "12.5", 9: "11.11111", 10: "10",
    ]

    /// The weight of each option of a choose-all question: the right ones share 100, the wrong ones share -100, so
    /// ticking everything scores nothing. Nil when more than ten options are right or wrong (Moodle has no such grade).
    public static func chooseAllWeights(_ options: [QuestionOption]) -> [String]? {
        let right = options.filter(\.correct).count, wrong = options.count - right
        guard right > 0, let plus = shares[right], wrong == 0 || shares[wrong] != nil else { return nil }
        return options.map { $0.correct ? plus : "-" + shares[wrong]! }
    }
}
