// What a correct reading of a rendered layout contains: the truth the property tests hold the reader to.

extension GeneratedLayout {
    struct ExpectedItem: Sendable, Equatable, CustomStringConvertible {
        var label: String?
        var text: String
        var description: String { "(\(label ?? "•")) \(text)" }
    }

    struct ExpectedClause: Sendable, Equatable, CustomStringConvertible {
        var number: String
        var text: String
        var items: [ExpectedItem]
        var description: String {
            ([number + " " + text] + items.map { "    " + $0.description }).joined(separator: "\n")
        }
    }

    struct Rendered: Sendable {
        var text: String
        /// The numbered clauses in order.
        var numbered: [ExpectedClause]
        /// Unnumbered paragraphs in order (their division into clauses across page breaks is not checked).
        var paragraphs: [String]
        /// Exact strings (page headers and footers, watermarks, contents entries, footnotes) that no clause may contain.
        var furniture: [String]
        /// Words of struck-through sentences; none of them is in the protocol's ordinary vocabulary.
        var struckWords: Set<String>
    }
}
