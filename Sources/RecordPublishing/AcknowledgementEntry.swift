import Foundation
import TrainingRecords

/// One line of the acknowledgement log: what one store said about one attempt's statements, and when.
public struct AcknowledgementEntry: Decodable, Sendable, Equatable {
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

    /// The entry as one line of JSON, keys sorted as JSONEncoder sorts them, newline included. Written by hand: a push
    /// of 10,000 attempts writes 10,000 lines, and JSONEncoder was a fifth of its own time.
    var line: Data {
        var out = ExportBytes(capacity: 160 + statements.count * 39)
        out.append("{\"at\":")
        JSONText.append(string: at, to: &out)
        out.append(",\"attempt\":\"")
        out.append(uuid: attempt)
        out.append("\",\"event\":\"")
        out.append(event.rawValue)
        out.append("\",\"lrs\":")
        JSONText.append(string: lrs, to: &out)
        if let reason {
            out.append(",\"reason\":")
            JSONText.append(string: reason, to: &out)
        }
        out.append(",\"schemaVersion\":")
        out.append(integer: schemaVersion)
        out.append(",\"statements\":[")
        for (index, id) in statements.enumerated() {
            if index > 0 { out.append(",") }
            JSONText.append(string: id, to: &out)
        }
        out.append("]}\n")
        return Data(out.bytes)
    }
}
