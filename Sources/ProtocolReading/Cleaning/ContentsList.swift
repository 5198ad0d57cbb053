import TrainerModel

/// Finds contents lists: under a "Contents" heading, as entries with page numbers or dot leaders, or as headings listed twice.
enum ContentsList {
    private static let headings = ["contents", "table of contents", "content", "index", "contents page"]
    private static let headingWords = BytePatterns(["content", "index"], ignoringCase: true)

    /// Lists under a "Contents" heading. Run before running headers are looked for, so that a heading listed in the
    /// contents and printed once in the body is not taken for a header printed twice.
    static func markTitled(_ lines: inout [SourceLine]) {
        let content = lines.indices.filter { lines[$0].isContent }
        var position = 0
        while position < content.count {
            let index = content[position]
            let text = lines[index].text
            // Every such heading has "content" or "index" in it; the bytes rule most lines out (see StatedDates for
            // why lowercasing cannot make those letters from anything else).
            if headingWords.occur(in: text), headings.contains(text.lowercased().trimmingCharacters(in: ": ")) {
                lines[index].discarded = .contentsList
                position = markEntries(&lines, content, from: position + 1, needPageNumbers: false)
            } else {
                position += 1
            }
        }
    }

    /// Lists with no heading: entries with page numbers, or headings listed twice. Run after running headers are set
    /// aside, so that a title block repeated on every page is not taken for a list of headings.
    static func markUntitled(_ lines: inout [SourceLine]) {
        let content = lines.indices.filter { lines[$0].isContent }
        let printed = PrintedLines(lines, content)
        var position = 0
        var noHeadingListBefore = 0
        while position < content.count {
            // A run whose first line cannot be an entry after all ("2 4": a page number after no title) marks
            // nothing; the search goes on from the next line rather than from this one again, for ever.
            if let end = runOfPageNumberedEntries(lines, content, printed, from: position) {
                let next = markEntries(&lines, content, from: position, needPageNumbers: true, until: end)
                if next > position {
                    position = next
                    continue
                }
            }
            if position >= noHeadingListBefore {
                switch runOfHeadingsListedTwice(lines, content, printed, from: position) {
                case .run(let end):
                    for entry in position..<end { lines[content[entry]].discarded = .contentsList }
                    position = end
                    continue
                case .none(let next):
                    noHeadingListBefore = next
                }
            }
            position += 1
        }
    }

    /// Each content line's comparable text and the last place it is printed, worked out once: asking "is this
    /// printed again further on?" at every line would otherwise read the rest of the protocol every time.
    private struct PrintedLines {
        let keys: [String]
        private let lastPosition: [String: Int]

        init(_ lines: [SourceLine], _ content: [Int]) {
            keys = content.map { ContentsList.comparable(lines[$0].text) }
            var last: [String: Int] = [:]
            for (position, key) in keys.enumerated() { last[key] = position }
            lastPosition = last
        }

        /// True when a content line at `position` or after reads `key`.
        func isPrinted(_ key: String, from position: Int) -> Bool {
            lastPosition[key].map { $0 >= position } ?? false
        }
    }

    private enum HeadingRun {
        case run(end: Int)
        /// No list starts here, nor at any position before `next`.
        case none(next: Int)
    }

    /// The entry's words without dot leaders or a trailing page number, or nil if it does not end in one.
    static func entryTitle(_ text: String) -> (title: String, hasPageNumber: Bool) {
        var body = Substring(text)
        let digits = body.reversed().prefix { $0.isNumber }
        var hasPageNumber = false
        if !digits.isEmpty, digits.count <= 3, digits.count < body.count {
            let beforeDigits = body.dropLast(digits.count)
            if let last = beforeDigits.last, last == " " || last == "." || last == "…" || last == "\t" {
                body = beforeDigits
                hasPageNumber = true
            }
        }
        let title = body.trimmingCharacters(in: ". …\t_")
        return (title, hasPageNumber)
    }

    private static func hasLeader(_ text: String) -> Bool {
        text.contains("..") || text.contains("…") || text.contains("__")
    }

    /// Marks contents entries from `start`; stops at the first line that is not one, or where the body repeats the first entry.
    private static func markEntries(_ lines: inout [SourceLine], _ content: [Int], from start: Int,
                                    needPageNumbers: Bool, until limit: Int? = nil) -> Int {
        var seen: Set<String> = []
        var position = start
        var needPageNumbers = needPageNumbers
        while position < (limit ?? content.count) {
            let line = lines[content[position]]
            let (title, hasPageNumber) = entryTitle(line.text)
            let key = comparable(title)
            let isEntry = hasPageNumber || hasLeader(line.text) || (!needPageNumbers && title.isHeadingLike)
            guard isEntry, title.contains(where: \.isLetter), !seen.contains(key) else { break }
            // A list that starts with page numbers keeps them: a line without one is past its end.
            if seen.isEmpty, hasPageNumber { needPageNumbers = true }
            // Without page numbers, the list ends where its first heading is printed again above body text.
            if !hasPageNumber, !seen.isEmpty, position + 1 < content.count,
               !isListedHeading(lines[content[position + 1]].text) { break }
            seen.insert(key)
            lines[content[position]].discarded = .contentsList
            position += 1
        }
        return position
    }

    private static func isListedHeading(_ text: String) -> Bool {
        let (title, hasPageNumber) = entryTitle(text)
        return hasPageNumber || title.isHeadingLike || hasLeader(text)
    }

    /// Three or more consecutive entries ending in page numbers (with leaders or numbering) make a contents list.
    private static func runOfPageNumberedEntries(_ lines: [SourceLine], _ content: [Int], _ printed: PrintedLines,
                                                 from start: Int) -> Int? {
        var position = start
        var lastPage = 0
        while position < content.count {
            let text = lines[content[position]].text
            // Without a number at the end there is no page number, and no need to work out the title.
            guard text.last?.isNumber == true else { break }
            let (title, hasPageNumber) = entryTitle(text)
            guard hasPageNumber, title.wordCount <= 12, !title.endsWithPunctuation,
                  let page = Int(text.reversed().prefix { $0.isNumber }.reversed().map(String.init).joined()),
                  page >= lastPage else { break }
            lastPage = page
            position += 1
        }
        let run = position - start
        guard run >= 3 else { return nil }
        let leadered = (start..<position).filter { hasLeader(lines[content[$0]].text) }.count
        if leadered * 2 >= run || run >= 4 { return position }
        // Three entries without leaders count when each title is printed again further on.
        let titlesRepeat = (start..<position).allSatisfy {
            printed.isPrinted(comparable(entryTitle(lines[content[$0]].text).title), from: position)
        }
        return titlesRepeat ? position : nil
    }

    /// Three or more headings in a row, with no text between them, each printed again later: a contents list without page numbers.
    private static func runOfHeadingsListedTwice(_ lines: [SourceLine], _ content: [Int], _ printed: PrintedLines,
                                                 from start: Int) -> HeadingRun {
        var position = start
        var inRun: Set<String> = []
        // The run ends where the body starts printing the same headings again.
        while position < content.count, lines[content[position]].text.isHeadingLike || isNumberedHeading(lines[content[position]].text),
              inRun.insert(printed.keys[position]).inserted {
            position += 1
        }
        guard position - start >= 3 else { return .none(next: start + 1) }
        guard let unrepeated = (start..<position).first(where: { !printed.isPrinted(printed.keys[$0], from: position) }) else {
            return .run(end: position)
        }
        // A run from any later start up to this heading reaches it too (nothing repeats before it) and ends no sooner,
        // so the heading is not printed after that run either: none of those starts can begin a list.
        return .none(next: unrepeated + 1)
    }

    private static func isNumberedHeading(_ text: String) -> Bool {
        // Without a bullet, a number can only start with a digit.
        guard let first = text.utf8.first, (0x30...0x39).contains(first) else { return false }
        let marker = LineMarker.parse(text)
        if case .number = marker.kind, !marker.bulleted { return marker.rest.isHeadingLike }
        return false
    }

    static func comparable(_ text: String) -> String {
        // In ASCII text each byte is a character, and the letters and digits are A–Z, a–z and 0–9.
        if let ascii = text.withUTF8Bytes({ bytes in bytes.allSatisfy { $0 < 0x80 } ? asciiComparable(bytes) : nil }) {
            return ascii
        }
        return String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    private static func asciiComparable(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes.compactMap { byte -> UInt8? in
            switch byte {
            case 0x30...0x39, 0x61...0x7A: return byte
            case 0x41...0x5A: return byte | 0x20
            default: return nil
            }
        }, as: UTF8.self)
    }
}
