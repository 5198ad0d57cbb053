import TrainerModel

/// A readable outline of a protocol for `protocol show`: headings, clause numbers, each clause's first line, item counts.
public enum ProtocolOutline {
    public static func render(_ document: CouncilProtocol, width: Int = 100) -> String {
        var out: [String] = []
        out.append(document.council ?? "(council not named in the text)")
        if let title = document.title { out.append(title) }
        for date in document.dates { out.append("\(date.kind.rawValue.capitalized): \(date.text)") }
        let numbered = document.numberedClauses.count
        out.append("\(numbered) numbered clause\(numbered == 1 ? "" : "s"), \(document.clauses.count - numbered) unnumbered paragraph\(document.clauses.count - numbered == 1 ? "" : "s"), \(document.sections.count) heading\(document.sections.count == 1 ? "" : "s")")
        out.append("")

        let sectionOfClause = Dictionary(document.sections.enumerated().flatMap { index, section in
            section.clauseIDs.map { ($0, index) }
        }, uniquingKeysWith: { first, _ in first })
        var printedSection: Int?
        var printedHeadings: Set<Int> = []
        for clause in document.clauses {
            if let section = sectionOfClause[clause.id], section != printedSection {
                // Print headings that had no clauses of their own (e.g. "2.2 Councillors") on the way.
                let start = (printedSection ?? -1) + 1
                for index in start...section where !printedHeadings.contains(index) {
                    let heading = document.sections[index]
                    let indent = String(repeating: "  ", count: max(0, heading.level - 1))
                    out.append("\(indent)\(heading.number.map { $0 + " " } ?? "")\(heading.heading.uppercased())")
                    printedHeadings.insert(index)
                }
                printedSection = section
            }
            let label = (clause.number ?? "¶").padding(toLength: 7)
            var line = "  \(label) \(firstLine(of: clause, width: width - 12))"
            if !clause.items.isEmpty { line += "  [\(clause.items.count) item\(clause.items.count == 1 ? "" : "s")]" }
            out.append(line)
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func firstLine(of clause: Clause, width: Int) -> String {
        var text = clause.text.isEmpty ? (clause.items.first.map { "• " + $0.text } ?? "") : clause.text
        if text.count > width {
            text = String(text.prefix(width - 1)).trimmedSpaces + "…"
        }
        return text
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
