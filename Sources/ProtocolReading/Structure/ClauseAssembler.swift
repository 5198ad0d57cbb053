import TrainerModel

/// Walks the cleaned lines and builds headings, clauses and their lists.
///
/// ## Parsing behaviour
/// - A line with no marker directly under another line continues it (a hard wrap); after a blank line or a page break
///   it still continues it when the sentence was unfinished and the line starts in lower case.
/// - A numbered line whose words look like a heading is a heading when the next numbered line is its child
///   ("2.2 Councillors" then "2.2.2 …"); otherwise, if paragraphs follow, it is a clause titled by those words.
/// - Lettered, numbered-in-brackets and bulleted lines are items of the open clause, across blank lines and page breaks;
///   but under a numbered heading ("4. Confidentiality", "IV. CONFIDENTIALITY"), lettered paragraphs that start again at
///   (a) are clauses of their own, "4(a)" or "IV(a)", as are lines printed "4(a) …".
/// - Paragraphs after a numbered clause belong to it; paragraphs under a heading with no clause open become unnumbered clauses.
/// - A number alone on a line takes the next line as its text; a lone integer that does not continue the numbering is a page number.
struct ClauseAssembler {
    struct Draft {
        var number: String?
        var heading: String?
        var text: String
        var items: [ClauseItem]
        var line: Int
        var section: Int?
        var titled: Bool
    }

    private enum Target {
        case none
        case heading(Int)
        case clauseText(Int)
        case item(Int, Int)
    }

    private(set) var drafts: [Draft] = []
    private(set) var sections: [ProtocolSection] = []
    private(set) var report: ReadingReport

    private let lines: [SourceLine]
    private var target: Target = .none
    private var openClause: Int?
    private var currentSection: Int?
    private var deepestNumberedHeading = 0
    private var lastTopNumber = 0
    private var pending: (number: String, closer: Character?, bulleted: Bool, line: Int)?
    private var sectionNumbering = SectionNumbering()

    init(lines: [SourceLine], report: ReadingReport) {
        self.lines = lines
        self.report = report
    }

    mutating func assemble() {
        for index in lines.indices where lines[index].isContent {
            let line = lines[index]
            let breakBefore = index == 0 || !lines[index - 1].isContent
            var marker = LineMarker.parse(line.text)
            var lineNumber = line.number
            if let waiting = pending {
                pending = nil
                if marker.kind == .none {
                    marker = LineMarker(kind: .number(waiting.number, closer: waiting.closer), bulleted: waiting.bulleted, rest: line.text)
                    lineNumber = waiting.line
                } else {
                    report.discard(.strayNumber, line: waiting.line, text: waiting.number)
                }
            }
            switch marker.kind {
            case .number(let number, let closer):
                if marker.rest.isEmpty {
                    holdNumber(number, closer: closer, bulleted: marker.bulleted, at: index)
                } else if !breakBefore, !marker.bulleted, targetIsUnfinished, marker.rest.startsLowercase {
                    appendToTarget(line.text)
                } else if isListEntry(number, closer: closer, text: marker.rest) {
                    addItem(label: number, text: marker.rest, line: lineNumber)
                } else {
                    numberedLine(number, text: marker.rest, at: index, line: lineNumber)
                }
            case .label(let label, _):
                if !breakBefore, !marker.bulleted, targetIsUnfinished, marker.rest.startsLowercase, !isExpectedLabel(label) {
                    appendToTarget(line.text)
                } else if sectionNumbering.isRomanHeading(label, text: marker.rest, titleCased: isTitleCased(marker.rest),
                                                          next: nextContent(after: index).map { LineMarker.parse(lines[$0].text).kind }) {
                    sectionNumbering.startedRomanHeading()
                    startHeading(number: label, text: marker.rest, line: lineNumber)
                } else if let number = SectionNumbering.paragraphNumber(label, text: marker.rest, sectionNumber: currentSection.flatMap { sections[$0].number },
                                                                        previous: openNumberInSection, clauseOpen: openClause != nil) {
                    newClause(number: number, text: marker.rest, line: lineNumber)
                } else {
                    addItem(label: label, text: marker.rest, line: lineNumber)
                }
            case .bullet:
                if isBulletHeading(marker.rest, at: index) {
                    startHeading(number: nil, text: marker.rest, line: lineNumber)
                } else {
                    addItem(label: nil, text: marker.rest, line: lineNumber)
                }
            case .none:
                if let label = bareLabel(line.text) {
                    addItem(label: label, text: "", line: lineNumber)
                } else {
                    plainLine(line.text, at: index, breakBefore: breakBefore)
                }
            }
        }
        if let waiting = pending { report.discard(.strayNumber, line: waiting.line, text: waiting.number) }
    }

    // MARK: Numbers

    private mutating func holdNumber(_ number: String, closer: Character?, bulleted: Bool, at index: Int) {
        let isBareInteger = !number.contains(".") && closer == nil
        if isBareInteger, let value = Int(number) {
            let next = nextContent(after: index).map { lines[$0].text } ?? ""
            // Page numbers sit alone between blank lines and do not continue the clause numbering.
            let continuesNumbering = value == lastTopNumber + 1 && next.startsUppercase && LineMarker.parse(next).kind == .none
            if !continuesNumbering {
                report.discard(.pageNumber, line: lines[index].number, text: number)
                return
            }
        }
        pending = (number, closer, bulleted, lines[index].number)
    }

    private mutating func numberedLine(_ printed: String, text: String, at index: Int, line: Int) {
        let number = sectionNumbering.clauseNumber(printed, section: currentSection, sectionNumber: currentSection.flatMap { sections[$0].number })
        if let parsed = ClauseNumber(number), parsed.depth == 1 { lastTopNumber = parsed.parts[0] }
        guard text.isHeadingLike else {
            newClause(number: number, text: text, line: line)
            return
        }
        if let parsed = ClauseNumber(number), nextNumber(after: index).map({ $0.isDescendant(of: parsed) }) == true {
            startHeading(number: number, text: text, line: line)
        } else if let parsed = ClauseNumber(number), parsed.depth == 1, let next = nextContent(after: index),
                  case .number(let following, _) = LineMarker.parse(lines[next].text).kind, following == "1",
                  lines[next].indent > lines[index].indent || parsed.parts[0] > 1 {
            // "1. Introduction" over an indented list numbered from 1 again: the list is its clauses.
            startHeading(number: number, text: text, line: line)
        } else if let next = nextContent(after: index), LineMarker.parse(lines[next].text).kind == .none,
                  !lines[next].text.startsLowercase {
            newClause(number: number, heading: text, text: "", line: line, titled: true)
        } else {
            newClause(number: number, text: text, line: line)
        }
    }

    /// "5.1 on employment matters" under "5 Officers must not lobby:" is a list entry, not a clause; so is "2)" after
    /// a "1)" item. But "2) Officers must …" after clause "1) Members should: a) …" is the next clause.
    private func isListEntry(_ number: String, closer: Character?, text: String) -> Bool {
        guard let open = openClause, drafts[open].text.hasSuffix(":") || !drafts[open].items.isEmpty,
              let child = ClauseNumber(number) else { return false }
        let parent = drafts[open].number.flatMap(ClauseNumber.init)
        if let parent, parent.depth == child.depth, parent.parent == child.parent, child.parts.last == parent.parts.last! + 1 {
            return false
        }
        if closer == ")" {
            if let previous = drafts[open].items.last?.label { return ListLabel.follows(number, previous) }
            return number == "1" && drafts[open].text.hasSuffix(":")
        }
        guard let parent else { return false }
        return child.isDescendant(of: parent) && text.startsLowercase
    }

    /// The open clause's number, where it is in the current section.
    private var openNumberInSection: String? {
        openClause.flatMap { drafts[$0].section == currentSection ? drafts[$0].number : nil }
    }

    // MARK: Lists

    /// "- Introduction" over a paragraph, where a web page's numbered headings were flattened into bullets: a short
    /// heading-like bullet that no lead-in asks for, after no list of short items, with a sentence after it.
    private func isBulletHeading(_ text: String, at index: Int) -> Bool {
        guard text.isHeadingLike, text.wordCount <= 8, isTitleCased(text) else { return false }
        if let open = openClause {
            if drafts[open].items.isEmpty, drafts[open].text.hasSuffix(":") { return false }
            // A list still going ("…;", "… and") asks for more items; one ended with a full stop does not.
            if let last = drafts[open].items.last, !(last.text.hasSuffix(".") || last.text.hasSuffix("!") || last.text.hasSuffix("?")) {
                return false
            }
        }
        guard let next = nextContent(after: index), !lines[next].text.startsLowercase else { return false }
        let following = LineMarker.parse(lines[next].text)
        switch following.kind {
        case .none: return !following.rest.isHeadingLike
        case .bullet: return following.rest.endsTerminated || following.rest.wordCount >= 10
        default: return false
        }
    }

    /// "The Role of Councillors": every longer word starts with a capital, as headings are written and items are not.
    private func isTitleCased(_ text: String) -> Bool {
        text.spaceSeparatedWords.allSatisfy { word in
            word.count < 4 || Self.joiningWords.contains(word.lowercased()) || word.first.map { $0.isUppercase || !$0.isLetter } ?? true
        }
    }

    /// "ii." alone on a line, the next label of the open list: an item whose words (if any) follow on the next line.
    private func bareLabel(_ text: String) -> String? {
        guard text.count <= 6, let open = openClause, let previous = drafts[open].items.last?.label else { return nil }
        let parenthesised = text.hasPrefix("(")
        let body = text.dropFirst(parenthesised ? 1 : 0)
        guard let closer = body.last, closer == ")" || (!parenthesised && closer == ".") else { return nil }
        let label = body.dropLast()
        guard LineMarker.isListLabel(label, parenthesised: parenthesised), ListLabel.follows(String(label), previous) else { return nil }
        return String(label)
    }

    private var targetIsUnfinished: Bool {
        guard let text = targetText else { return false }
        return !text.endsTerminated
    }

    /// The next label of the open list, or the first label of a new (possibly nested) list.
    private func isExpectedLabel(_ label: String) -> Bool {
        if ["a", "A", "i", "I", "1"].contains(label) { return true }
        guard let open = openClause, let previous = drafts[open].items.last?.label else { return false }
        return ListLabel.follows(label, previous)
    }

    private mutating func addItem(label: String?, text: String, line: Int) {
        if openClause == nil { newClause(number: nil, text: "", line: line) }
        guard let open = openClause else { return }
        drafts[open].items.append(ClauseItem(label: label, text: text, line: line))
        target = .item(open, drafts[open].items.count - 1)
    }

    // MARK: Paragraphs and headings

    private mutating func plainLine(_ text: String, at index: Int, breakBefore: Bool) {
        if case .heading(let section) = target, !breakBefore, text.startsLowercase {
            sections[section].heading += " " + text
            return
        }
        if let current = targetText {
            if !breakBefore {
                if current.endsTerminated, looksLikeHeading(text, at: index) {
                    startHeading(number: nil, text: text, line: lines[index].number)
                } else {
                    appendToTarget(text)
                }
                return
            }
            // Across a blank line or page break, an unfinished sentence carries on: always after "the", "of", "and" …,
            // otherwise when the next line starts in lower case.
            // A line that is neither a heading nor a sentence's start finishes the sentence ("… the Town" / "Clerk.").
            if !current.endsTerminated, text.startsLowercase || endsWithJoiningWord(current) || text.wordCount >= 7 && !text.endsTerminated
                || !text.isHeadingLike && text.wordCount <= 3 {
                appendToTarget(text)
                return
            }
            // "; and" printed on a line of its own between two items.
            if case .item = target, ["and", "or", "and/or"].contains(text.lowercased()) {
                appendToTarget(text)
                return
            }
        }
        if let section = SectionNumbering.wordedHeading(text) {
            startHeading(number: section.number, text: section.heading, line: lines[index].number)
            sectionNumbering.startedWordedHeading(sections.count - 1, number: section.number)
        } else if looksLikeHeading(text, at: index) {
            startHeading(number: nil, text: text, line: lines[index].number)
        } else if let open = openClause, drafts[open].number != nil {
            target = .clauseText(open)
            appendToTarget(text)
        } else {
            newClause(number: nil, text: text, line: lines[index].number)
        }
    }

    private func endsWithJoiningWord(_ text: String) -> Bool {
        Self.joiningWords.contains(text.spaceSeparatedWords.last.map { $0.lowercased() } ?? "")
    }

    /// Heading-shaped, and what follows is a new block rather than the rest of a wrapped sentence.
    private func looksLikeHeading(_ text: String, at index: Int) -> Bool {
        guard text.isHeadingLike else { return false }
        let lastWord = text.spaceSeparatedWords.last.map { $0.lowercased() } ?? ""
        guard !Self.joiningWords.contains(lastWord) else { return false }
        guard index + 1 < lines.count, lines[index + 1].isContent else { return true }
        let next = lines[index + 1].text
        if LineMarker.parse(next).kind != .none { return true }
        return next.startsUppercase && text.count < 60
    }

    private static let joiningWords: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "for", "with", "by", "on", "at", "from", "between", "as", "that", "their", "its",
    ]

    private mutating func startHeading(number: String?, text: String, line: Int) {
        let level: Int
        if let number, let parsed = ClauseNumber(number) {
            level = parsed.depth
            deepestNumberedHeading = parsed.depth
        } else {
            level = deepestNumberedHeading + 1
        }
        sections.append(ProtocolSection(number: number, heading: text, level: level, clauseIDs: [], line: line))
        currentSection = sections.count - 1
        openClause = nil
        target = .heading(sections.count - 1)
    }

    private mutating func newClause(number: String?, heading: String? = nil, text: String, line: Int, titled: Bool = false) {
        let sectionHeading = currentSection.map { sections[$0].heading }
        drafts.append(Draft(number: number, heading: heading ?? sectionHeading, text: text, items: [], line: line,
                            section: currentSection, titled: titled))
        openClause = drafts.count - 1
        target = .clauseText(drafts.count - 1)
    }

    private var targetText: String? {
        switch target {
        case .clauseText(let clause): return drafts[clause].titled && drafts[clause].text.isEmpty ? "." : drafts[clause].text
        case .item(let clause, let item): return drafts[clause].items[item].text
        case .none, .heading: return nil
        }
    }

    private mutating func appendToTarget(_ text: String) {
        switch target {
        case .clauseText(let clause): drafts[clause].text = joined(drafts[clause].text, text)
        case .item(let clause, let item): drafts[clause].items[item].text = joined(drafts[clause].items[item].text, text)
        case .none, .heading: break
        }
    }

    /// Joins wrapped lines; a word broken with a hyphen at the end of a line is mended.
    private func joined(_ head: String, _ tail: String) -> String {
        if head.isEmpty { return tail }
        if head.hasSuffix("-"), !head.hasSuffix(" -"), let first = tail.first, first.isLowercase {
            return String(head.dropLast()) + tail
        }
        return head + " " + tail
    }

    // MARK: Looking ahead

    private func nextContent(after index: Int) -> Int? {
        var next = index + 1
        while next < lines.count {
            if lines[next].isContent { return next }
            next += 1
        }
        return nil
    }

    /// The next printed clause number, looking a little way ahead past paragraphs and lists.
    private func nextNumber(after index: Int) -> ClauseNumber? {
        var next = index + 1
        let limit = min(lines.count, index + 400)
        while next < limit {
            if lines[next].isContent, case .number(let number, _) = LineMarker.parse(lines[next].text).kind {
                return ClauseNumber(number)
            }
            next += 1
        }
        return nil
    }
}
