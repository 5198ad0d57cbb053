import Foundation
import TrainerModel

/// Dates as a clerk types them on the command line: 2026-03-31 or 31/03/2026 (English order), or a full timestamp.
public enum DeskDate {
    /// The whole day named by `text`, from its first moment to the first moment of the next day, in `timeZone`.
    public static func day(_ text: String, timeZone: TimeZone = .current) throws(RecordsDeskError) -> DateInterval {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let instant = Timestamp.date(trimmed) { return DateInterval(start: instant, duration: 0) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let parts = numbers(trimmed),
              let start = calendar.date(from: DateComponents(year: parts.year, month: parts.month, day: parts.day)),
              // Catch 2026-02-31, which Calendar would quietly roll over into March.
              calendar.component(.day, from: start) == parts.day, calendar.component(.month, from: start) == parts.month,
              let end = calendar.date(byAdding: .day, value: 1, to: start)
        else { throw .badDate(text: text) }
        return DateInterval(start: start, end: end)
    }

    /// The record's own timestamp as a moment; nil for a malformed one (which the desk then treats as unknown).
    public static func moment(_ timestamp: String?) -> Date? {
        timestamp.flatMap(Timestamp.date)
    }

    private static func numbers(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let iso = text.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) { return (y, m, d) }
        let english = text.split(separator: "/", omittingEmptySubsequences: false)
        if english.count == 3, english[2].count == 4, let d = Int(english[0]), let m = Int(english[1]), let y = Int(english[2]) {
            return (y, m, d)
        }
        return nil
    }
}

/// A length of time such as "12m" or "30d", for how often training is due and how far ahead to look.
public struct DeskInterval: Sendable, Equatable, CustomStringConvertible {
    public enum Unit: String, Sendable { case days = "d", weeks = "w", months = "m", years = "y" }
    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Reads "12m", "30d", "6w", "1y" (a space or a long unit name such as "12 months" is fine too). Zero is refused
    /// unless `allowingZero` (how far ahead to look may be nothing; how often training is due may not).
    public init(_ text: String, option: String, allowingZero: Bool = false) throws(RecordsDeskError) {
        let lower = text.lowercased().replacingOccurrences(of: " ", with: "")
        let negative = lower.hasPrefix("-")
        let unsigned = negative ? lower.dropFirst() : Substring(lower)
        let digits = unsigned.prefix { $0.isNumber }
        let rest = unsigned.dropFirst(digits.count)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let letter = rest.first, let unit = Unit(rawValue: String(letter)),
              rest.count == 1 || ["day", "days", "week", "weeks", "month", "months", "year", "years"].contains(String(rest))
        else { throw .badInterval(text: text, option: option) }
        guard let count = Int(digits), count <= 1200 else { throw .intervalTooLong(text: text, option: option) }
        if negative || count < (allowingZero ? 0 : 1) {
            throw .intervalTooShort(text: text, option: option, zeroAllowed: allowingZero)
        }
        self.init(count: count, unit: unit)
    }

    /// `date` moved on by this interval, by the calendar (so twelve months from 31 January is 31 January).
    public func after(_ date: Date, calendar: Calendar = Calendar(identifier: .gregorian)) -> Date {
        let component: Calendar.Component = switch unit {
        case .days: .day
        case .weeks: .weekOfYear
        case .months: .month
        case .years: .year
        }
        return calendar.date(byAdding: component, value: count, to: date) ?? date
    }

    /// `date` moved back by this interval.
    public func before(_ date: Date, calendar: Calendar = Calendar(identifier: .gregorian)) -> Date {
        DeskInterval(count: -count, unit: unit).after(date, calendar: calendar)
    }

    /// "12 months", "30 days".
    public var description: String {
        let word = switch unit {
        case .days: "day"
        case .weeks: "week"
        case .months: "month"
        case .years: "year"
        }
        return "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}
