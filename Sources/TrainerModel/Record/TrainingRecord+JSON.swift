import Foundation

// Records are written with sorted keys and every optional field present (as null), so other tools can rely on the keys.

extension TrainingRecord {
    private enum Keys: String, CodingKey {
        case schemaVersion, attemptId, toolVersion, trainee, council, councilSlug, mode, status, startedAt, finishedAt, updatedAt
        case bankSHA256, protocolSHA256, seed, questionOrder, optionOrder, answers, position, passMark, result, sealedWith
        case questionVersions, unreviewedQuestions
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(attemptId, forKey: .attemptId)
        try container.encode(toolVersion, forKey: .toolVersion)
        try container.encode(trainee, forKey: .trainee)
        try container.encode(council, forKey: .council)
        try container.encode(councilSlug, forKey: .councilSlug)
        try container.encode(mode, forKey: .mode)
        try container.encode(status, forKey: .status)
        try container.encode(startedAt, forKey: .startedAt)
        try container.encode(finishedAt, forKey: .finishedAt)
        try container.encode(updatedAt, forKey: .updatedAt)
        try container.encode(bankSHA256, forKey: .bankSHA256)
        try container.encode(protocolSHA256, forKey: .protocolSHA256)
        try container.encode(seed, forKey: .seed)
        try container.encode(questionOrder, forKey: .questionOrder)
        try container.encode(optionOrder, forKey: .optionOrder)
        try container.encode(answers, forKey: .answers)
        try container.encode(position, forKey: .position)
        try container.encode(passMark, forKey: .passMark)
        try container.encode(result, forKey: .result)
        // Only in sealed folders, so records of unsealed folders keep the exact layout they always had.
        try container.encodeIfPresent(sealedWith, forKey: .sealedWith)
        // Absent on records from before they were kept, which stay byte for byte as they were.
        try container.encodeIfPresent(questionVersions, forKey: .questionVersions)
        try container.encodeIfPresent(unreviewedQuestions, forKey: .unreviewedQuestions)
    }

    /// Pretty, key-sorted JSON ending in a newline.
    public func jsonData() throws -> Data {
        try ContractJSON.encode(self) + Data("\n".utf8)
    }
}

extension AttemptResult {
    private enum Keys: String, CodingKey { case percent, passMark, passed, topics }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(percent, forKey: .percent)
        try container.encode(passMark, forKey: .passMark)
        try container.encode(passed, forKey: .passed)
        try container.encode(topics, forKey: .topics)
    }
}
