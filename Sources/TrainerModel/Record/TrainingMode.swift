/// The three ways to train.
public enum TrainingMode: String, Sendable, Codable, CaseIterable {
    /// New councillors and officers: exam style, results at the end, a pass mark.
    case induction
    /// The yearly refresher: exam style, questions not seen last time first.
    case refresher
    /// Self-assessment: feedback after every answer, no pass or fail.
    case practice

    /// Exam modes keep feedback for the end and allow going back.
    public var isExam: Bool { self != .practice }

    /// Councillors start with induction, officers with a refresher.
    public static func defaultMode(for role: TraineeRole) -> TrainingMode {
        role == .councillor ? .induction : .refresher
    }

    public var defaultQuestionCount: Int {
        switch self {
        case .induction: return 12
        case .refresher: return 10
        case .practice: return 10
        }
    }
}
