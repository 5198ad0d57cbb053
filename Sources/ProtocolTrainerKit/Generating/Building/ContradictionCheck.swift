/// Keeps wrong options wrong: an option is dropped when another clause of the same council permits or requires what it says.
enum ContradictionCheck {
    /// True when some statement that permits, entitles or requires contains every phrase of one of `groups`.
    static func isContradicted(_ groups: [[String]], by statements: [RuleStatement]) -> Bool {
        guard !groups.isEmpty else { return false }
        return statements.contains { statement in
            guard !statement.kind.forbids else { return false }
            let text = statement.quote.lowercased()
            return groups.contains { group in group.allSatisfy { text.contains($0) } }
        }
    }
}
