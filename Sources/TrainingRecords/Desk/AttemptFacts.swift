import Foundation
import TrainerModel

/// What the desk says about one attempt, worked out once from the record: outcome, time spent, questions answered.
public struct AttemptFacts: Sendable {
    public let record: TrainingRecord

    /// The facts of `record`.
    public init(_ record: TrainingRecord) {
        self.record = record
    }

    /// How the attempt ended, as the desk reports it.
    public enum Outcome: String, Sendable {
        case passed, failed
        /// A completed practice session, which has no pass or fail.
        case completed
        case inProgress = "in progress"
        case abandoned
    }

    /// Passed, failed, completed (practice), in progress or abandoned.
    public var outcome: Outcome {
        switch record.status {
        case .inProgress: return .inProgress
        case .abandoned: return .abandoned
        case .completed:
            switch record.result?.passed {
            case true?: return .passed
            case false?: return .failed
            case nil: return .completed
            }
        }
    }

    /// Seconds spent answering (the sum of each answer's time), so a session resumed a week later is not counted as a week.
    public var secondsSpent: Double { record.answers.reduce(0) { $0 + max(0, $1.secondsTaken) } }

    public var questionsAsked: Int { record.questionOrder.count }
    public var questionsAnswered: Int { record.answers.filter { !$0.skipped }.count }
    public var questionsSkipped: Int { record.answers.filter(\.skipped).count }

    /// Marks scored (choose-all questions can score part marks).
    public var marks: Double { record.answers.reduce(0) { $0 + $1.score } }

    public var percent: Double? { record.result?.percent }
    public var passMark: Double? { record.result?.passMark ?? record.passMark }

    /// The council's name, else its short name, else a plain placeholder.
    public var councilName: String { record.council ?? record.councilSlug ?? "(no council named)" }

    /// "0:12:30".
    public var durationText: String { Self.clock(secondsSpent) }

    /// "87.5" (no % sign, so spreadsheets read a number); empty when there is no score yet.
    public var percentText: String { percent.map(Self.number) ?? "" }
    public var passMarkText: String { passMark.map(Self.number) ?? "" }

    /// The protocol's fingerprint, short enough to read and compare by eye.
    public var protocolVersion: String { String(record.protocolSHA256.prefix(12)) }

    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(whole / 3600):\(two(whole / 60 % 60)):\(two(whole % 60))"
    }

    /// 87.5 → "87.5", 80 → "80".
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
