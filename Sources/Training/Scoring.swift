import TrainerModel

/// Marks answers the way Moodle does.
public enum Scoring {
    /// One-answer, yes/no and who: 1 or 0. Choose-all: each right option chosen +1/k, each wrong one −1/k
    /// (k the number of right options), never below 0. Nothing chosen (skipped): 0.
    public static func score(_ question: Question, chosen: Set<String>) -> Double {
        guard !chosen.isEmpty else { return 0 }
        let right = Set(question.correctOptionIDs)
        switch question.type {
        case .oneAnswer, .yesNo, .who:
            return chosen == right ? 1 : 0
        case .chooseAll:
            let share = 1 / Double(right.count)
            let raw = Double(chosen.intersection(right).count) * share - Double(chosen.subtracting(right).count) * share
            return min(1, max(0, raw))
        }
    }

    /// Percentage of the available marks, to one decimal place.
    public static func percent(total: Double, questions: Int) -> Double {
        guard questions > 0 else { return 0 }
        return (total / Double(questions) * 1000).rounded() / 10
    }
}
