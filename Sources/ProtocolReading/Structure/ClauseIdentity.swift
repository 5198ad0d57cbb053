import TrainerModel

/// Gives each clause its citation id: its printed number where that is unique, "7#2" for the second of repeated sevens,
/// and "p1", "p2" … for unnumbered paragraphs.
enum ClauseIdentity {
    static func assign(_ drafts: [ClauseAssembler.Draft], sections: [ProtocolSection]) -> ([Clause], [ProtocolSection]) {
        var counts: [String: Int] = [:]
        for draft in drafts { if let number = draft.number { counts[number, default: 0] += 1 } }
        var seen: [String: Int] = [:]
        var paragraphs = 0
        var sections = sections
        var clauses: [Clause] = []
        clauses.reserveCapacity(drafts.count)
        for draft in drafts {
            let id: String
            if let number = draft.number {
                seen[number, default: 0] += 1
                id = counts[number] == 1 ? number : "\(number)#\(seen[number]!)"
            } else {
                paragraphs += 1
                id = "p\(paragraphs)"
            }
            if let section = draft.section { sections[section].clauseIDs.append(id) }
            clauses.append(Clause(id: id, number: draft.number, heading: draft.heading, text: draft.text,
                                  items: draft.items, line: draft.line))
        }
        return (clauses, sections)
    }
}
