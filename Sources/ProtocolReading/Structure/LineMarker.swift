/// What a line starts with: a clause number, a list label, a bullet, or nothing.
struct LineMarker: Equatable {
    enum Kind: Equatable {
        /// A printed clause number such as "2.2.3", with what closed it ("." or ")") if anything.
        case number(String, closer: Character?)
        /// A list label such as "a", "ii" or "1", printed as "a.", "(ii)" or "1)".
        case label(String, parenthesised: Bool)
        /// A bullet with no label.
        case bullet
        case none
    }

    var kind: Kind
    /// The line started with a bullet character ("-", "•", "*", …).
    var bulleted: Bool
    /// The text after the markers.
    var rest: String

    static let bulletCharacters: Set<Character> = [
        "-", "\u{2013}", "\u{2014}", "\u{2022}", "*", "\u{00B7}", "\u{25AA}", "\u{25E6}", "\u{25CF}", "\u{25CB}",
        "\u{25A0}", "\u{25A1}", "\u{27A2}", "\u{25BA}", "\u{F0A7}", "\u{F0B7}", "o",
    ]

    /// Reads the markers at the start of `line` (already trimmed).
    static func parse(_ line: String) -> LineMarker {
        var rest = Substring(line)
        var bulleted = false
        // The only ASCII bullets are "-", "*" and "o", so most first bytes rule a bullet out at a glance.
        if let byte = line.utf8.first, byte >= 0x80 || "-*o".utf8.contains(byte),
           let first = rest.first, bulletCharacters.contains(first) {
            let after = rest.dropFirst()
            if after.first == " " {
                bulleted = true
                rest = after.drop { $0 == " " }
            }
        }
        if let (number, closer, text) = readNumber(rest) {
            return LineMarker(kind: .number(number, closer: closer), bulleted: bulleted, rest: String(text))
        }
        if let (label, parenthesised, text) = readLabel(rest) {
            return LineMarker(kind: .label(label, parenthesised: parenthesised), bulleted: bulleted, rest: String(text))
        }
        // Most lines have no marker: their rest is the whole line, which need not be copied.
        let whole = rest.startIndex == line.startIndex && rest.endIndex == line.endIndex
        return LineMarker(kind: bulleted ? .bullet : .none, bulleted: bulleted, rest: whole ? line : String(rest))
    }

    /// "2.2.3 Text", "1.1. Text", "7) Text", "12.", "A1. Text" — at most five levels of one to three digits, after a
    /// section's letter or none.
    private static func readNumber(_ text: Substring) -> (String, Character?, Substring)? {
        // "A1. Text", "K2 Text", "B1.1 Text": a section's letter before the number, as constitutions print it.
        if let letter = text.utf8.first, (0x41...0x5A).contains(letter), let second = text.utf8.dropFirst().first,
           (0x31...0x39).contains(second), let (number, closer, rest) = readNumber(text.dropFirst()) {
            return (String(text.prefix(1)) + number, closer, rest)
        }
        // Most lines do not start with a digit, and a digit character starts with its digit byte.
        guard let first = text.utf8.first, (0x30...0x39).contains(first) else { return nil }
        if let bracketed = readBracketedNumber(text) { return bracketed }
        if case .settled(let read) = readNumberFromBytes(text) { return read }
        var index = text.startIndex
        var parts = 0
        var number = ""
        while parts < 5 {
            let digitsStart = index
            while index < text.endIndex, text[index].isASCII, text[index].isNumber,
                  text.distance(from: digitsStart, to: index) < 4 { index = text.index(after: index) }
            let digits = text[digitsStart..<index]
            guard !digits.isEmpty, digits.count <= 3 else { return nil }
            // "09.08.16" is a date: no clause number starts with a nought.
            if parts == 0, digits.count > 1, digits.first == "0" { return nil }
            number += (parts > 0 ? "." : "") + digits
            parts += 1
            // Another level follows only as ".<digit>".
            guard index < text.endIndex, text[index] == "." else { break }
            let next = text.index(after: index)
            guard next < text.endIndex, text[next].isASCII, text[next].isNumber else { break }
            index = next
        }
        var closer: Character?
        if index < text.endIndex, text[index] == "." || text[index] == ")" {
            closer = text[index]
            index = text.index(after: index)
        }
        // "1.Members should …": a closer with a capital straight after it, typed without the space.
        if index < text.endIndex, text[index] != " ", closer == nil || !text[index].isASCIIUppercase { return nil }
        let rest = text[index...].drop { $0 == " " }
        // "12 months' notice" is a sentence, not clause 12: a bare integer needs a closer or a capital after it.
        if parts == 1, closer == nil, let first = rest.first, !(first.isUppercase || "\"'‘“(".contains(first)) {
            return nil
        }
        return (number, closer, rest)
    }

    /// "3(a) Text", "12(b)(ii) Text": a section's number with its paragraph's letter, as some councils print them.
    private static func readBracketedNumber(_ text: Substring) -> (String, Character?, Substring)? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), digits.first != "0" else { return nil }
        var rest = text[digits.endIndex...]
        guard rest.first == "(" else { return nil }
        var number = String(digits)
        while rest.first == "(", number.count < 16 {
            let body = rest.dropFirst().prefix { $0.isASCII && ($0.isLowercase || $0.isNumber) }
            guard (1...4).contains(body.count) else { return nil }
            let after = rest.dropFirst(1 + body.count)
            guard after.first == ")" else { return nil }
            number += "(" + body + ")"
            rest = after.dropFirst()
        }
        if rest.first == "." { rest = rest.dropFirst() }
        guard rest.first == " " else { return nil }
        let words = rest.drop { $0 == " " }
        // "3(a) of the Act provides …" continues a sentence; a paragraph starts with a capital.
        guard let start = words.first, start.isUppercase || "\"'‘“".contains(start) else { return nil }
        return (number, nil, words)
    }

    /// "a. Text", "(ii) Text", "b) Text", "(1) Text", "A. Text".
    private static func readLabel(_ text: Substring) -> (String, Bool, Substring)? {
        // A label is ASCII: up to five letters or digits after an optional "(", then "." or ")". Without either of
        // those within the first seven bytes there is none.
        guard text.utf8.prefix(7).contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ")") }) else { return nil }
        if case .settled(let read) = readLabelFromBytes(text) { return read }
        var body = text
        let parenthesised = body.first == "("
        if parenthesised { body = body.dropFirst() }
        let label = body.prefix { $0.isLetter || ($0.isASCII && $0.isNumber) }
        guard !label.isEmpty, label.count <= 5 else { return nil }
        var after = body[label.endIndex...]
        guard let closer = after.first else { return nil }
        if parenthesised {
            guard closer == ")" else { return nil }
        } else {
            guard closer == "." || closer == ")" else { return nil }
        }
        after = after.dropFirst()
        // "(1)Members are …": a bracketed label with a capital straight after it, typed without the space.
        guard after.first == " " || parenthesised && after.first?.isASCIIUppercase == true else { return nil }
        let rest = after.drop { $0 == " " }
        guard !rest.isEmpty, isListLabel(label, parenthesised: parenthesised) else { return nil }
        return (String(label), parenthesised, rest)
    }

    static func isListLabel(_ label: Substring, parenthesised: Bool) -> Bool {
        if label.allSatisfy({ $0.isASCII && $0.isNumber }) { return parenthesised && label.count <= 2 }
        guard label.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        if label.count == 1 { return true }
        if isRoman(label.lowercased()) { return label == label.lowercased() || label == label.uppercased() }
        // "aa", "bb": lists that run past z.
        return label.count == 2 && label.first == label.last && label == label.lowercased()
    }

    static func isRoman(_ text: String) -> Bool { ListLabel.romanValue(text) != nil }
}

private extension Character {
    var isASCIIUppercase: Bool { isASCII && isUppercase }
}
