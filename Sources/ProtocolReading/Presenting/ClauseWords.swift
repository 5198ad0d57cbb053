import TrainerModel

/// Each clause's full words, with its lettered items, as a trainee or clerk is shown them.
public enum ClauseWords {
    public static func texts(of document: CouncilProtocol) -> [String: String] {
        Dictionary(document.clauses.map { clause in
            (clause.id, ([clause.text] + clause.items.map { ($0.label.map { "(\($0)) " } ?? "• ") + $0.text }).joined(separator: " "))
        }, uniquingKeysWith: { first, _ in first })
    }

    /// The clauses of the protocol at `protocolPath`, or none when it cannot be read.
    public static func beside(protocolPath: String) -> [String: String] {
        guard let document = try? ProtocolReader().read(path: protocolPath) else { return [:] }
        return texts(of: document)
    }
}
