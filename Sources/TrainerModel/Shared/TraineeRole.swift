/// The trainee a question is meant for.
public enum TraineeRole: String, Sendable, Codable, CaseIterable, Comparable {
    case councillor
    case officer

    public static func < (lhs: TraineeRole, rhs: TraineeRole) -> Bool { lhs.rawValue < rhs.rawValue }
}
