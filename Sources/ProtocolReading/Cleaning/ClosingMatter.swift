/// Finds lists printed after the protocol itself ("Background Papers:", "Document control") and sets them aside.
enum ClosingMatter {
    private static let openings = [
        "background papers", "background documents", "background reading", "references", "related documents",
        "related policies", "document control", "document history", "document information", "version control",
        "version history", "revision history", "review history", "amendment history", "signed", "signature",
    ].map { (alone: $0, withColon: $0 + ":") }

    static func mark(_ lines: inout [SourceLine]) {
        guard let start = lines.indices.first(where: { lines[$0].isContent && opensClosingMatter(lines[$0].text) }) else { return }
        for index in start..<lines.count where lines[index].isContent {
            lines[index].discarded = .closingMatter
        }
    }

    private static func opensClosingMatter(_ text: String) -> Bool {
        guard text.wordCount <= 5 else { return false }
        let lower = text.lowercased().trimmingCharacters(in: ": .")
        return openings.contains { lower == $0.alone || lower.hasPrefix($0.withColon) }
    }
}
