import TrainerModel

/// Points the clerk at clauses that may have been read wrongly.
enum ClauseWarnings {
    static func check(_ clauses: [Clause], report: inout ReadingReport) {
        for clause in clauses {
            let name = clause.number.map { "Clause \($0)" } ?? "The paragraph"
            if clause.text.isEmpty && clause.items.isEmpty {
                report.warn("\(name) has a title but no text under it.", line: clause.line)
            }
            if clause.text.wordCount > 400 {
                report.warn("\(name) is very long (\(clause.text.wordCount) words): check that two clauses have not run together.", line: clause.line)
            }
        }
    }
}
