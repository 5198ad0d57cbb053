import Foundation

// The JSON contract of `protocol show --json`: nil fields are written as null, never left out,
// so other tools can rely on every key being present.

extension CouncilProtocol: Encodable {
    /// Version of the protocol JSON layout; raised when a field changes meaning or disappears.
    public static let schemaVersion = 1

    private enum Keys: String, CodingKey {
        case schemaVersion, council, title, dates, sections, clauses, report
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(Self.schemaVersion, forKey: .schemaVersion)
        try container.encode(council, forKey: .council)
        try container.encode(title, forKey: .title)
        try container.encode(dates, forKey: .dates)
        try container.encode(sections, forKey: .sections)
        try container.encode(clauses, forKey: .clauses)
        try container.encode(report, forKey: .report)
    }

    /// Pretty, key-sorted JSON, the same bytes for the same input.
    public func jsonData() throws -> Data {
        try ContractJSON.encode(self)
    }
}

extension Clause: Encodable {
    private enum Keys: String, CodingKey { case id, number, heading, text, items, line }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(id, forKey: .id)
        try container.encode(number, forKey: .number)
        try container.encode(heading, forKey: .heading)
        try container.encode(text, forKey: .text)
        try container.encode(items, forKey: .items)
        try container.encode(line, forKey: .line)
    }
}

extension ClauseItem: Encodable {
    private enum Keys: String, CodingKey { case label, text, line }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(label, forKey: .label)
        try container.encode(text, forKey: .text)
        try container.encode(line, forKey: .line)
    }
}

extension ProtocolSection: Encodable {
    private enum Keys: String, CodingKey { case number, heading, level, clauseIDs = "clauseIds", line }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(number, forKey: .number)
        try container.encode(heading, forKey: .heading)
        try container.encode(level, forKey: .level)
        try container.encode(clauseIDs, forKey: .clauseIDs)
        try container.encode(line, forKey: .line)
    }
}

extension StatedDate: Encodable {
    private enum Keys: String, CodingKey { case kind, text, iso, line }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encode(iso, forKey: .iso)
        try container.encode(line, forKey: .line)
    }
}

extension ReadingReport: Encodable {
    private enum Keys: String, CodingKey { case encoding, format, discarded, warnings }
    private enum DiscardKeys: String, CodingKey { case reason, line, text }
    private enum WarningKeys: String, CodingKey { case line, message }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(encoding, forKey: .encoding)
        try container.encodeIfPresent(format, forKey: .format)
        var discards = container.nestedUnkeyedContainer(forKey: .discarded)
        for discard in discarded {
            var entry = discards.nestedContainer(keyedBy: DiscardKeys.self)
            try entry.encode(discard.reason.rawValue, forKey: .reason)
            try entry.encode(discard.line, forKey: .line)
            try entry.encode(discard.text, forKey: .text)
        }
        var notes = container.nestedUnkeyedContainer(forKey: .warnings)
        for warning in warnings {
            var entry = notes.nestedContainer(keyedBy: WarningKeys.self)
            try entry.encode(warning.line, forKey: .line)
            try entry.encode(warning.message, forKey: .message)
        }
    }
}
