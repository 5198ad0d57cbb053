/// One line of the protocol's text, with what the cleaning stages decided about it.
struct SourceLine {
    /// 1-based line number in the file, for messages.
    let number: Int
    /// The line without leading and trailing spaces.
    var text: String
    /// Leading spaces before the text.
    let indent: Int
    /// Set when a cleaning stage takes the line out of the clauses.
    var discarded: DiscardReason?

    var isBlank: Bool { text.isEmpty }
    /// True for a line that still carries protocol text.
    var isContent: Bool { !text.isEmpty && discarded == nil }

    /// Splits normalised text into lines.
    static func lines(of text: String) -> [SourceLine] {
        var result: [SourceLine] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var indent = 0
            for character in raw {
                guard character == " " else { break }
                indent += 1
            }
            result.append(SourceLine(number: number, text: raw.trimmedSpaces, indent: indent))
        }
        if result.last?.text.isEmpty == true, result.count > 1 { result.removeLast() }
        return result
    }
}
