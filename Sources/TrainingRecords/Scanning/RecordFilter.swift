import Foundation
import TrainerModel

/// Which attempts the clerk asked for: by council, role, person, date started and outcome. An empty filter takes all.
public struct RecordFilter: Sendable {
    public var council: String?
    public var role: TraineeRole?
    /// Matched loosely (see `PersonName`), so a subject access request does not miss "sian o’brien" typed another way.
    public var name: String?
    /// Attempts started at or after this moment.
    public var since: Date?
    /// Attempts started before this moment.
    public var until: Date?
    public var status: StatusFilter?

    public init(council: String? = nil, role: TraineeRole? = nil, name: String? = nil, since: Date? = nil, until: Date? = nil,
                status: StatusFilter? = nil) {
        self.council = council
        self.role = role
        self.name = name
        self.since = since
        self.until = until
        self.status = status
    }

    /// Whether the attempt passes every filter given.
    public func matches(_ record: TrainingRecord) -> Bool {
        if let role, record.trainee.role != role { return false }
        if let status, !status.matches(record) { return false }
        if let name, PersonName.key(name) != PersonName.key(record.trainee.name) { return false }
        if let council, !Self.council(council, matches: record) { return false }
        if since != nil || until != nil {
            // An attempt whose start time cannot be read is never quietly counted inside a date range.
            guard let started = DeskDate.moment(record.startedAt) else { return false }
            if let since, started < since { return false }
            if let until, started >= until { return false }
        }
        return true
    }

    /// The built-in council's short name (iminster) or words from its full name ("Iminster Town").
    static func council(_ wanted: String, matches record: TrainingRecord) -> Bool {
        let wanted = wanted.trimmingCharacters(in: .whitespaces)
        if let slug = record.councilSlug, slug.caseInsensitiveCompare(wanted) == .orderedSame { return true }
        guard let name = record.council, !wanted.isEmpty else { return false }
        return name.range(of: wanted, options: [.caseInsensitive, .diacriticInsensitive]) != nil
    }

    /// "council iminster, since 2026-01-01": what was asked for, for "no attempts match" messages.
    public func describe(timeZone: TimeZone = .current) -> String {
        var parts: [String] = []
        if let council { parts.append("council '\(council)'") }
        if let role { parts.append("role \(role.rawValue)") }
        if let name { parts.append("name '\(name)'") }
        if let since { parts.append("started on or after \(Self.day(since, timeZone))") }
        if let until { parts.append("started before \(Self.day(until, timeZone))") }
        if let status { parts.append("status \(status.rawValue)") }
        return parts.joined(separator: ", ")
    }

    private static func day(_ date: Date, _ timeZone: TimeZone) -> String {
        String(Timestamp.string(date, timeZone: timeZone).prefix(10))
    }
}

/// The outcomes a clerk can pick attempts by.
public enum StatusFilter: String, Sendable, CaseIterable {
    case inProgress = "in-progress"
    case completed
    case abandoned
    case passed
    case failed

    /// Whether the attempt has this outcome.
    public func matches(_ record: TrainingRecord) -> Bool {
        switch self {
        case .inProgress: return record.status == .inProgress
        case .completed: return record.status == .completed
        case .abandoned: return record.status == .abandoned
        case .passed: return record.status == .completed && record.result?.passed == true
        case .failed: return record.status == .completed && record.result?.passed == false
        }
    }
}

/// How names are compared: the same person typed with different capitals, accents, apostrophes or spacing.
public enum PersonName {
    /// "sian o'brien" for "Siân  O’Brien".
    public static func key(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_GB"))
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
        return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
