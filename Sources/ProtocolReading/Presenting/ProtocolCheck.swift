import TrainerModel

/// What `protocol check` reports: clauses found, numbering gaps and repeats, what was set aside and why, warnings.
public struct ProtocolCheck: Sendable {
    public let document: CouncilProtocol
    /// Numbers that the sequence suggests are missing, e.g. "2.2.1" before "2.2.2".
    public let gaps: [String]
    /// Numbers printed more than once.
    public let repeats: [String]

    public init(_ document: CouncilProtocol) {
        self.document = document
        let numbers = document.numberedClauses.compactMap { $0.number }
            + document.sections.compactMap { $0.number }
        (gaps, repeats) = NumberingAudit.audit(numbers, clauseNumbers: document.numberedClauses.compactMap { $0.number })
    }

    /// A protocol is usable when it has at least one clause with text.
    public var isUsable: Bool {
        document.clauses.contains { !$0.text.isEmpty || !$0.items.isEmpty }
    }

    public func render(source: String) -> String {
        var out: [String] = []
        let numbered = document.numberedClauses.count
        let items = document.clauses.reduce(0) { $0 + $1.items.count }
        out.append("Protocol: \(source)")
        out.append("Council: \(document.council ?? "not named in the text (use --council-name)")")
        out.append("Title: \(document.title ?? "none found")")
        for date in document.dates { out.append("\(date.kind.rawValue.capitalized): \(date.text)\(date.iso.map { " (\($0))" } ?? "")") }
        if let format = document.report.format {
            out.append("Read from \(format). Line numbers below count the lines of the text taken out of it.")
        } else {
            out.append("Read as \(document.report.encoding).")
        }
        out.append("")
        out.append("Found \(numbered) numbered clause\(numbered == 1 ? "" : "s"), \(document.clauses.count - numbered) unnumbered paragraph\(document.clauses.count - numbered == 1 ? "" : "s"), \(items) list item\(items == 1 ? "" : "s") under \(document.sections.count) heading\(document.sections.count == 1 ? "" : "s").")
        if let first = document.numberedClauses.first?.number, let last = document.numberedClauses.last?.number {
            out.append("Numbering runs from \(first) to \(last).")
        }
        out.append(gaps.isEmpty ? "No gaps in the numbering." : "Numbers that seem to be missing: \(gaps.joined(separator: ", ")).")
        if !repeats.isEmpty {
            out.append("Numbers printed more than once: \(repeats.joined(separator: ", ")). Their clauses are cited as \(repeats.first!)#1, \(repeats.first!)#2 and so on.")
        }
        out.append("")
        let discarded = document.report.discarded
        if discarded.isEmpty {
            out.append("Nothing was set aside.")
        } else {
            out.append("Set aside (not part of any clause):")
            for discard in discarded {
                out.append("  line \(discard.line): \(discard.reason.rawValue): \"\(shorten(discard.text))\"")
            }
        }
        out.append("")
        let warnings = document.report.warnings
        if warnings.isEmpty {
            out.append("No warnings.")
        } else {
            out.append("Warnings:")
            for warning in warnings {
                out.append("  \(warning.line.map { "line \($0): " } ?? "")\(warning.message)")
            }
        }
        out.append("")
        out.append(isUsable ? "This protocol can be used." : "This protocol cannot be used: no clause has any text.")
        return out.joined(separator: "\n") + "\n"
    }

    private func shorten(_ text: String) -> String {
        text.count > 80 ? String(text.prefix(79)) + "…" : text
    }
}
