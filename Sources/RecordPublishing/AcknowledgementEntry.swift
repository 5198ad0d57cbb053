import Foundation

/// One line of the acknowledgement log: what one store said about one attempt's statements, and when.
public struct AcknowledgementEntry: Codable, Sendable, Equatable {
    public static let schemaVersion = 1

    public enum Event: String, Codable, Sendable {
        /// The store acknowledged these statements: they are never sent to it again.
        case acknowledged
        /// The store acknowledged voiding statements for these statements (the attempt's own ids are listed).
        case voided
        /// The store refused the attempt's statements (HTTP 400); they are tried again on the next push.
        case rejected
    }

    public var schemaVersion: Int
    public var at: String
    /// The store's xAPI address, as `LRSEndpoint` writes it.
    public var lrs: String
    public var event: Event
    public var attempt: UUID
    /// Statement ids, in lower case.
    public var statements: [String]
    /// Why the store refused, in its own words (rejected only).
    public var reason: String?

    public init(at: String, lrs: String, event: Event, attempt: UUID, statements: [String], reason: String? = nil) {
        schemaVersion = Self.schemaVersion
        self.at = at
        self.lrs = lrs
        self.event = event
        self.attempt = attempt
        self.statements = statements
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, at, lrs, event, attempt, statements, reason
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(at, forKey: .at)
        try container.encode(lrs, forKey: .lrs)
        try container.encode(event, forKey: .event)
        try container.encode(attempt.uuidString.lowercased(), forKey: .attempt)
        try container.encode(statements, forKey: .statements)
        try container.encodeIfPresent(reason, forKey: .reason)
    }

    /// The entry as one line of JSON, keys sorted, newline included.
    var line: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = (try? encoder.encode(self)) ?? Data()
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
