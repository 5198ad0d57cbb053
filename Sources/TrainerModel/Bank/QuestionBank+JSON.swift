import Foundation

// The bank's JSON: keys sorted and nulls written out, so the same bank is always the same bytes and every key is present.

extension QuestionBank {
    private enum Keys: String, CodingKey { case schemaVersion, council, source, generator, questions }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(council, forKey: .council)
        try container.encode(source, forKey: .source)
        try container.encode(generator, forKey: .generator)
        try container.encode(questions, forKey: .questions)
    }

    /// Pretty, key-sorted JSON ending in a newline.
    public func jsonData() throws -> Data {
        try ContractJSON.encode(self) + Data("\n".utf8)
    }
}

extension ProtocolSourceInfo {
    private enum Keys: String, CodingKey { case title, sha256 }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(title, forKey: .title)
        try container.encode(sha256, forKey: .sha256)
    }
}
