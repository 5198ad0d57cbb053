import Foundation

/// Prints a layout as text, deterministically, recording what a correct reading must find in it.
struct LayoutRenderer {
    let layout: GeneratedLayout

    struct Line {
        var text: String
        var footnotes: [Int] = []
        /// A struck-through span runs on past this line: no page break or watermark goes after it.
        var insideStruck = false
    }

    struct Token {
        var raw: String
        /// What the reader sees once struck text and footnote markers are gone; nil for struck words.
        var visible: String?
        /// Number and label tokens stay on the first line.
        var fixed = false
        var footnote: Int?
    }

    var body: [Line] = []
    /// Body line indices (0…body.count) before which a page breaks, or a watermark is printed.
    var breakAt: Set<Int> = []
    var watermarkAt: Set<Int> = []
    var numbered: [GeneratedLayout.ExpectedClause] = []
    var paragraphs: [String] = []
    var struckWords: Set<String> = []
    var footnoteCount = 0
    /// The last line printed ends a clause with no list (the place where a clause could be run on).
    var lastClauseEndedHere = false

    init(layout: GeneratedLayout) { self.layout = layout }

    static let footnoteTexts = [
        "See the Localism Act 2011.", "Available from the Clerk on request.",
        "As amended by the Local Audit and Accountability Act 2014.", "Model protocol published by the National Association of Local Councils.",
    ]

    mutating func render() -> GeneratedLayout.Rendered {
        renderBody()
        var out: [String] = []
        var furniture: [String] = []

        let top = [layout.councilName, layout.title, layout.approvedLine].compactMap { $0 }
        out += top + [""]
        furniture += top

        let pages = breakAt.count + 1

        // Contents.
        if let style = layout.contents {
            var entries: [String] = []
            if let intro = layout.intro?.heading { entries.append(intro) }
            switch layout.family {
            case .sectioned:
                for (index, group) in layout.groups.enumerated() {
                    let heading = group.heading ?? ""
                    entries.append(layout.headingStyle == .bare ? "\(index + 1) \(heading)" : "\(index + 1). \(heading)")
                }
            case .flat, .repeating, .restarting:
                entries += layout.groups.compactMap(\.heading)
            }
            if entries.count >= 2 {
                let title = layout.contentsTitle ?? (entries.count < 3 ? "Contents" : nil)
                if let title { out.append(title); furniture.append(title) }
                var page = 1
                for (index, entry) in entries.enumerated() {
                    if index > 0, page < pages, (index * 7 + pages) % 3 == 0 { page += 1 }
                    let line: String
                    switch style {
                    case .leaders: line = entry + (index % 2 == 0 ? "....." : " ........ ") + " \(page)"
                    case .pageNumbers: line = "\(entry) \(page)"
                    case .listedTwice: line = entry
                    }
                    out.append(line)
                    if style != .listedTwice { furniture.append(line) }
                }
                out.append("")
            }
        }

        // Body, with page breaks and watermarks.
        let watermark = layout.spacedWatermark ? "D R A F T" : "DRAFT"
        if !watermarkAt.isEmpty { furniture.append(watermark) }
        let headerAtBreaks = layout.runningHeader && (top.count >= 2 || breakAt.count >= 2 || layout.footer != nil)
        var pendingFootnotes: [Int] = []
        var page = 1
        func footerLine(_ page: Int) -> String? {
            switch layout.footer {
            case .pageOf: return "Page \(page) of \(pages)"
            case .page: return "Page \(page)"
            case .dashed: return "- \(page) -"
            case .browserAddress: return "https://www.example-council.gov.uk/council/member-officer-protocol   \(page)/\(pages)"
            case .browserFile: return "file:///C:/Users/clerk/Downloads/protocol.html   \(page)/\(pages)"
            case nil: return nil
            }
        }
        func blanks() -> [String] { Array(repeating: "", count: layout.breakBlanks) }
        func footnoteLines(_ numbers: [Int]) -> [String] {
            numbers.map { marker($0) + " " + Self.footnoteTexts[($0 - 1) % Self.footnoteTexts.count] }
        }
        for index in 0...body.count {
            if breakAt.contains(index) {
                out += blanks()
                out += footnoteLines(pendingFootnotes)
                pendingFootnotes = []
                if let footer = footerLine(page) { out.append(footer); furniture.append(footer) }
                out += layout.formFeed ? ["\u{0C}"] : blanks()
                if layout.footer == .browserAddress || layout.footer == .browserFile {
                    let header = "05/01/2026, 14:3\(page)   \(layout.title)"
                    out.append(header)
                    furniture.append(header)
                }
                if headerAtBreaks { out += top }
                out += blanks()
                page += 1
            }
            if watermarkAt.contains(index) { out.append(watermark) }
            guard index < body.count else { break }
            out.append(body[index].text)
            pendingFootnotes += body[index].footnotes
        }
        if !pendingFootnotes.isEmpty || layout.footer != nil || layout.endMarker { out.append("") }
        out += footnoteLines(pendingFootnotes)
        if let footer = footerLine(page) { out.append(footer); furniture.append(footer) }
        if layout.endMarker { out.append("[end]") }
        furniture += Self.footnoteTexts.prefix(footnoteCount)

        var text = out.joined(separator: "\n") + "\n"
        if let seed = layout.nbspSeed {
            var random = LayoutRandom(state: seed)
            text = String(text.map { $0 == " " && random.chance(0.2) ? "\u{00A0}" : $0 })
        }
        if layout.crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        return GeneratedLayout.Rendered(text: text, numbered: numbered, paragraphs: paragraphs, furniture: furniture,
                                        struckWords: struckWords)
    }

    private func marker(_ number: Int) -> String {
        guard layout.superscriptFootnotes else { return "[\(number)]" }
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).map { digits[Int(String($0))!] })
    }

    // MARK: Body

    private mutating func blank(_ count: Int) {
        for _ in 0..<count { body.append(Line(text: "")) }
    }

    private mutating func renderBody() {
        if let intro = layout.intro { renderUnnumbered(intro) }
        switch layout.family {
        case .sectioned:
            for (index, section) in layout.groups.enumerated() {
                let number = index + 1
                blank(section.headingGap)
                lastClauseEndedHere = false
                let heading = section.heading ?? "Section"
                switch layout.headingStyle {
                case .dotted: body.append(Line(text: "\(number). \(heading)"))
                case .bare: body.append(Line(text: "\(number) \(heading)"))
                case .bulleted: body.append(Line(text: "- \(number). \(heading)"))
                }
                for (position, clause) in section.clauses.enumerated() {
                    renderClause(clause, number: "\(number).\(position + 1)")
                }
                for (position, sub) in section.subgroups.enumerated() {
                    let subnumber = "\(number).\(section.clauses.count + position + 1)"
                    blank(sub.headingGap)
                    body.append(Line(text: (Self.numberTokens(subnumber, sub.subheadingStyle) + [sub.heading ?? "Part"]).joined(separator: " ")))
                    for (clauseIndex, clause) in sub.clauses.enumerated() {
                        renderClause(clause, number: "\(subnumber).\(clauseIndex + 1)")
                    }
                }
            }
        case .flat, .repeating, .restarting:
            var counter = 0
            for group in layout.groups {
                if layout.family == .restarting { counter = 0 }
                renderUnnumbered(group)
                for clause in group.clauses {
                    counter += 1
                    renderClause(clause, number: layout.family == .repeating ? "1" : "\(counter)")
                }
            }
        }
    }

    static func numberTokens(_ number: String, _ style: GeneratedLayout.NumberStyle) -> [String] {
        switch style {
        case .plain: return [number]
        case .dotted: return [number + "."]
        case .bulleted: return ["-", number]
        case .bulletedDotted: return ["-", number + "."]
        }
    }

    private mutating func renderUnnumbered(_ group: GeneratedLayout.Group) {
        lastClauseEndedHere = false
        if let heading = group.heading {
            blank(group.headingGap)
            body.append(Line(text: heading))
        }
        for paragraph in group.paragraphs {
            blank(max(1, paragraph.gapBefore))
            let words = Self.punctuated(paragraph.sentences, last: ".")
            let tokens = words.map { Token(raw: $0, visible: $0) }
            emit(lines(wrap(tokens, paragraphStart: true), indent: 0), paragraph.interruptions)
            paragraphs.append(words.joined(separator: " "))
        }
    }

    private static func punctuated(_ sentences: [[String]], last: String) -> [String] {
        var out: [String] = []
        for (index, sentence) in sentences.enumerated() where !sentence.isEmpty {
            var words = sentence
            words[words.count - 1] += index == sentences.count - 1 ? last : "."
            out += words
        }
        return out
    }

    private mutating func renderClause(_ clause: GeneratedLayout.Clause, number: String) {
        // A clause runs on after the one before only where the reader can tell: numbering that goes up one by one
        // ("restarting" and "repeating" layouts do not), a number ending in "." or none, after a full stop.
        let runsIn = clause.runIn && !clause.numberAlone && clause.interruptions.isEmpty && clause.struck?.position != 0
            && (layout.family == .sectioned ? [.plain, .dotted].contains(clause.numberStyle) : layout.family == .flat && layout.flatCloser == "." && !layout.bareAloneNumbers)
            && body.last.map { $0.text.hasSuffix(".") && !$0.insideStruck } == true && lastClauseEndedHere
        if !runsIn { blank(clause.gapBefore) }
        let prefix: [String]
        switch layout.family {
        case .sectioned: prefix = Self.numberTokens(number, clause.numberStyle)
        case .flat, .repeating, .restarting:
            prefix = [number + (clause.numberAlone && layout.bareAloneNumbers && layout.family == .flat ? "" : layout.flatCloser)]
        }

        // The clause's words, with footnote markers and the struck sentence.
        let visibleWords = Self.punctuated(clause.sentences, last: clause.items.isEmpty ? "." : ":")
        var tokens: [Token] = []
        for (index, word) in visibleWords.enumerated() {
            var token = Token(raw: word, visible: word)
            if clause.footnotes.contains(index) {
                footnoteCount += 1
                let mark = marker(footnoteCount)
                if let last = word.last, ".:,".contains(last), footnoteCount % 2 == 0 {
                    token.raw = String(word.dropLast()) + mark + String(last)
                } else {
                    token.raw = word + mark
                }
                token.footnote = footnoteCount
            }
            tokens.append(token)
        }
        if let struck = clause.struck, !struck.words.isEmpty {
            var words = struck.words
            words[words.count - 1] += "."
            struckWords.formUnion(words.map { $0.trimmingSet(".") }.filter(LayoutWords.struckOnly.contains))
            words[0] = "~~" + words[0]
            words[words.count - 1] += "~~"
            let position = min(struck.position, clause.sentences.count)
            let at = clause.sentences.prefix(position).reduce(0) { $0 + $1.count }
            tokens.insert(contentsOf: words.map { Token(raw: $0, visible: nil) }, at: at)
        }

        let tight = clause.tightNumber && !clause.numberAlone && prefix.count == 1 && prefix[0].hasSuffix(".")
            && clause.struck?.position != 0 && tokens.first?.raw.first?.isUppercase == true
        if clause.numberAlone {
            emit([Line(text: prefix.joined(separator: " "))] + lines(wrap(tokens, paragraphStart: true), indent: 0),
                 clause.interruptions)
        } else if tight || runsIn {
            var all = prefix.map { Token(raw: $0, visible: $0, fixed: true) } + tokens
            if tight {
                // The number is glued to the first word; the word is still what the reader must see.
                all[1].raw = all[0].raw + all[1].raw
                all.removeFirst()
            }
            var printed = lines(wrap(all, paragraphStart: true), indent: 0)
            if runsIn {
                body[body.count - 1].text += "  " + printed.removeFirst().text
            }
            emit(printed, clause.interruptions)
        } else {
            emit(lines(wrap(prefix.map { Token(raw: $0, visible: $0, fixed: true) } + tokens, paragraphStart: true), indent: 0),
                 clause.interruptions)
        }

        // The list.
        var items: [GeneratedLayout.ExpectedItem] = []
        for (index, item) in clause.items.enumerated() where !item.words.isEmpty {
            blank(item.gapBefore)
            let (labelTokens, label) = Self.label(clause.labels, index)
            var words = item.words
            if clause.capitalisedItems { words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst() }
            let isLast = index == clause.items.count - 1
            words[words.count - 1] += isLast ? "." : ";"
            if clause.conjunction, index == clause.items.count - 2 { words.append("and") }
            let tokens = labelTokens.map { Token(raw: $0, visible: $0, fixed: true) } + words.map { Token(raw: $0, visible: $0) }
            emit(lines(wrap(tokens, paragraphStart: false), indent: layout.itemIndent), item.interruptions)
            items.append(GeneratedLayout.ExpectedItem(label: label, text: words.joined(separator: " ")))
        }
        numbered.append(GeneratedLayout.ExpectedClause(number: number, text: visibleWords.joined(separator: " "), items: items))
        lastClauseEndedHere = items.isEmpty
    }

    private static let letters = ["a", "b", "c", "d", "e", "f", "g", "h"]
    private static let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"]

    private static func label(_ style: GeneratedLayout.LabelStyle, _ index: Int) -> ([String], String?) {
        let letter = letters[index % letters.count], roman = romans[index % romans.count]
        switch style {
        case .letterDot: return (["\(letter)."], letter)
        case .letterParens: return (["(\(letter))"], letter)
        case .letterParen: return (["\(letter))"], letter)
        case .romanDot: return (["\(roman)."], roman)
        case .romanParens: return (["(\(roman))"], roman)
        case .romanParen: return (["\(roman))"], roman)
        case .dash: return (["-"], nil)
        case .bullet: return (["•"], nil)
        case .star: return (["*"], nil)
        case .dashLetterDot: return (["-", "\(letter)."], letter)
        }
    }

    private func lines(_ wrapped: [[Token]], indent: Int) -> [Line] {
        var struck = false
        return wrapped.enumerated().map { index, line in
            let spaces = String(repeating: " ", count: indent + (index > 0 ? layout.continuationIndent : 0))
            for token in line {
                if token.raw.hasPrefix("~~") { struck = true }
                if token.raw.hasSuffix("~~") { struck = false }
            }
            return Line(text: spaces + line.map(\.raw).joined(separator: " "), footnotes: line.compactMap(\.footnote),
                        insideStruck: struck)
        }
    }

    /// Appends a block's lines, noting its page breaks and watermarks (never inside a struck-through span).
    private mutating func emit(_ lines: [Line], _ interruptions: GeneratedLayout.Interruptions) {
        let start = body.count
        func position(_ offset: Int) -> Int {
            var line = min(max(offset, 0), lines.count)
            while line > 0, line < lines.count, lines[line - 1].insideStruck { line += 1 }
            return start + line
        }
        breakAt.formUnion(interruptions.pageBreaks.map(position))
        watermarkAt.formUnion(interruptions.watermarks.map(position))
        body += lines
    }

    // MARK: Wrapping

    /// Greedy wrap at the layout's width, then moves breaks so that no line could be mistaken for a marker or a heading.
    private func wrap(_ tokens: [Token], paragraphStart: Bool) -> [[Token]] {
        guard let width = layout.wrapWidth, !tokens.isEmpty else { return [tokens] }
        var lines: [[Token]] = [[]]
        var length = 0
        for token in tokens {
            let added = (lines[lines.count - 1].isEmpty ? 0 : 1) + token.raw.count
            let hasText = lines[lines.count - 1].contains { !$0.fixed }
            if hasText, !token.fixed, length + added > width {
                lines.append([token])
                length = layout.continuationIndent + token.raw.count
            } else {
                lines[lines.count - 1].append(token)
                length += added
            }
        }

        for _ in 0..<300 {
            guard let change = firstProblem(lines, paragraphStart: paragraphStart) else { return lines }
            switch change {
            case .pullUp(let line):
                lines[line].append(lines[line + 1].removeFirst())
                if lines[line + 1].isEmpty { lines.remove(at: line + 1) }
            case .pushDown(let line):
                let movable = lines[line - 1].filter { !$0.fixed }.count
                if movable > 1 {
                    lines[line].insert(lines[line - 1].removeLast(), at: 0)
                } else {
                    lines[line - 1] += lines.remove(at: line)
                }
            }
        }
        return [lines.flatMap { $0 }]
    }

    private enum Fix { case pullUp(Int), pushDown(Int) }

    private func firstProblem(_ lines: [[Token]], paragraphStart: Bool) -> Fix? {
        func text(_ line: [Token]) -> String { line.filter { !$0.fixed }.compactMap(\.visible).joined(separator: " ") }
        let texts = lines.map(text)
        if paragraphStart, let first = texts.firstIndex(where: { !$0.isEmpty }), first + 1 < lines.count,
           Self.headingShaped(texts[first]) {
            return .pullUp(first)
        }
        var previous: String? = texts[0].isEmpty ? nil : texts[0]
        for index in lines.indices.dropFirst() {
            let line = texts[index]
            guard !line.isEmpty else { continue }
            if Self.startsLikeMarker(line) { return .pushDown(index) }
            if let previous, Self.terminated(previous), Self.headingShaped(line) { return .pushDown(index) }
            previous = line
        }
        return nil
    }

    private static let ruleWords: Set<String> = ["must", "should", "shall", "will", "may", "can", "cannot", "is", "are"]

    /// Capitalised, unpunctuated and without a verb of obligation: could be read as a heading.
    static func headingShaped(_ line: String) -> Bool {
        guard let first = line.first(where: { $0.isLetter || $0.isNumber }), first.isUppercase || first.isNumber else { return false }
        guard let last = line.last, !".!?:;,".contains(last) else { return false }
        let words = line.split(separator: " ")
        return words.count <= 12 && !words.contains { ruleWords.contains($0.lowercased()) }
    }

    static func terminated(_ line: String) -> Bool {
        guard let last = line.last(where: { !"\"'’”)]".contains($0) }) else { return false }
        return ".!?:;".contains(last)
    }

    /// A digit, bracket, dash or bullet, or a list label such as "b." or "iv)" at the start of a line.
    static func startsLikeMarker(_ line: String) -> Bool {
        guard let first = line.first else { return false }
        if !(first.isLetter || "\"“‘'".contains(first)) { return true }
        let word = line.split(separator: " ").first ?? ""
        if word == "o" { return true }
        guard let closer = word.last, ".)".contains(closer) else { return false }
        let body = word.dropLast().lowercased()
        guard !body.isEmpty, body.allSatisfy({ $0.isLetter }) else { return false }
        return body.count == 1 || romans.contains(body) || ["ix", "x", "xi", "xii"].contains(body)
            || (body.count == 2 && body.first == body.last)
    }
}

extension String {
    fileprivate func trimmingSet(_ set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
