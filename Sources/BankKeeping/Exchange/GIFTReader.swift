/// Reads the multiple-choice and true/false questions of a GIFT file, in Moodle's syntax (question/format/gift/format.php):
/// questions are separated by blank lines, `//` lines are comments, `$CATEGORY:` sets the category, `::title::` names a
/// question, `{…}` holds its answers, and `\` escapes `~ = # { } :`.
import Foundation

enum GIFTReader {
    /// The questions of `text`; unreadable GIFT is refused with the line it starts on.
    static func read(_ text: String, path: String) throws(BankError) -> [GIFTQuestion] {
        var questions: [GIFTQuestion] = []
        var category: String?
        var block: [String] = []
        var blockLine = 0
        func flush() throws(BankError) {
            defer { block = [] }
            guard !block.isEmpty else { return }
            questions.append(try question(block.joined(separator: "\n"), line: blockLine, category: category, path: path))
        }
        // Files saved on Windows end lines with CR LF, which Swift reads as one character; a BOM may come first.
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\u{FEFF}", with: "").split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { try flush(); continue }
            if trimmed.hasPrefix("//") { continue }
            if block.isEmpty, trimmed.hasPrefix("$CATEGORY:") {
                let path = trimmed.dropFirst("$CATEGORY:".count).trimmingCharacters(in: .whitespaces)
                category = path.split(separator: "/").last.map(String.init)
                continue
            }
            if block.isEmpty { blockLine = index + 1 }
            block.append(String(line))
        }
        try flush()
        return questions
    }

    static func question(_ text: String, line: Int, category: String?, path: String) throws(BankError) -> GIFTQuestion {
        func refuse(_ problem: String) -> BankError { .badGIFT(path: path, line: line, problem: problem) }
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        guard rest.hasPrefix("::"), let titleEnd = unescapedRange(of: "::", in: rest.dropFirst(2)) else {
            throw refuse("the question has no title between :: and :: (a title such as ::Lobbying [clause 3.2]:: says which clause it cites)")
        }
        let title = unescape(rest[rest.index(rest.startIndex, offsetBy: 2)..<titleEnd.lowerBound])
        rest = rest[titleEnd.upperBound...]
        guard let open = unescapedIndex(of: "{", in: rest) else { throw refuse("the question has no answers in { }") }
        guard let close = unescapedIndex(of: "}", in: rest[rest.index(after: open)...]) else { throw refuse("the { of its answers is never closed with }") }
        if !rest[rest.index(after: close)...].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw refuse("there are words after the closing }; only questions with their answers at the end can be imported")
        }
        let stem = unescape(rest[..<open]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !stem.isEmpty else { throw refuse("the question has no words before its answers") }
        var body = rest[rest.index(after: open)..<close]
        var general = ""
        if let marker = unescapedRange(of: "####", in: body) {
            general = unescape(body[marker.upperBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
            body = body[..<marker.lowerBound]
        }
        let answers = try self.answers(body, refuse: refuse)
        return GIFTQuestion(line: line, title: title.trimmingCharacters(in: .whitespaces), stem: stem, category: category,
                            answers: answers, generalFeedback: general)
    }

    static func answers(_ body: Substring, refuse: (String) -> BankError) throws(BankError) -> GIFTQuestion.Answers {
        let parts = split(body, at: ["#"], keepingMarks: false).map { unescape($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        if let first = parts.first, ["T", "TRUE", "F", "FALSE"].contains(first.uppercased()), parts.count <= 3 {
            return .trueFalse(isTrue: first.uppercased().hasPrefix("T"), wrongFeedback: parts.count > 1 ? parts[1] : "",
                              rightFeedback: parts.count > 2 ? parts[2] : "")
        }
        let marked = split(body, at: ["=", "~"], keepingMarks: true)
        if let stray = marked.first, !stray.hasPrefix("="), !stray.hasPrefix("~") {
            guard stray.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw refuse("its answers must each start with = (right) or ~ (wrong); only multiple-choice and true/false questions can be imported")
            }
        }
        var choices: [GIFTQuestion.Choice] = []
        for option in marked where option.hasPrefix("=") || option.hasPrefix("~") {
            var words = option.dropFirst()
            var weight: Double?
            if words.hasPrefix("%") {
                let after = words.dropFirst()
                guard let end = after.firstIndex(of: "%"), let value = Double(after[..<end].replacingOccurrences(of: ",", with: ".")) else {
                    throw refuse("an answer's mark between % signs is not a number, e.g. ~%50%")
                }
                weight = value
                words = after[after.index(after: end)...]
            }
            let halves = split(words, at: ["#"], keepingMarks: false)
            let text = unescape(halves[0]).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw refuse("one of its answers has no words") }
            let feedback = halves.count > 1 ? unescape(halves[1...].joined(separator: "#")).trimmingCharacters(in: .whitespacesAndNewlines) : ""
            choices.append(.init(right: option.hasPrefix("=") || (weight ?? 0) > 0, weight: weight, text: text, feedback: feedback))
        }
        guard choices.count >= 2 else { throw refuse("it needs at least two answers, one marked right with = or a positive %mark%") }
        guard choices.contains(where: \.right) else { throw refuse("none of its answers is marked right with = or a positive %mark%") }
        return .choices(choices)
    }

    /// Splits at the unescaped marks; with `keepingMarks`, each piece after the first starts with its mark.
    static func split(_ text: Substring, at marks: Set<Character>, keepingMarks: Bool) -> [Substring] {
        var pieces: [Substring] = []
        var start = text.startIndex, index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\\" { index = text.index(after: index); if index < text.endIndex { index = text.index(after: index) }; continue }
            if marks.contains(text[index]) {
                pieces.append(text[start..<index])
                start = keepingMarks ? index : text.index(after: index)
            }
            index = text.index(after: index)
        }
        pieces.append(text[start...])
        return pieces
    }

    static func unescapedIndex(of mark: Character, in text: Substring) -> String.Index? {
        unescapedRange(of: String(mark), in: text)?.lowerBound
    }

    static func unescapedRange(of mark: String, in text: Substring) -> Range<String.Index>? {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\\" { index = text.index(after: index); if index < text.endIndex { index = text.index(after: index) }; continue }
            if text[index...].hasPrefix(mark) { return index..<text.index(index, offsetBy: mark.count) }
            index = text.index(after: index)
        }
        return nil
    }

    /// `\~` to `~` and the like, and `\n` to a line break; as in Moodle, a backslash before any other character stays.
    static func unescape(_ text: some StringProtocol) -> String {
        var out = "", escaped = false
        for character in text {
            if escaped {
                switch character {
                case "n": out.append("\n")
                case "\\", "~", "=", "#", "{", "}", ":": out.append(character)
                default: out += "\\\(character)"
                }
                escaped = false
            } else if character == "\\" { escaped = true } else { out.append(character) }
        }
        return escaped ? out + "\\" : out
    }
}
