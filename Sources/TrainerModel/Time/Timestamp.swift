import Foundation

/// ISO 8601 times with the local offset, e.g. "2026-11-22T14:03:12+00:00", as training records keep them.
public enum Timestamp {
    /// `date` as a record keeps it, with `timeZone`'s offset.
    public static func string(_ date: Date, timeZone: TimeZone = .current) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxx"
        return formatter.string(from: date)
    }

    /// The moment `text` names; nil when it is not such a timestamp.
    public static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// "2026-11-22 14:03" from "2026-11-22T14:03:12+00:00": the local time the trainee saw, as spreadsheets read it.
    public static func wallClock(_ timestamp: String?, seconds: Bool = false) -> String {
        let utf8 = Array((timestamp ?? "").utf8.prefix(seconds ? 19 : 16))
        guard utf8.count >= 16 else { return "" }
        return String(decoding: utf8.map { $0 == UInt8(ascii: "T") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }
}
