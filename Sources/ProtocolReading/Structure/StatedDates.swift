import TrainerModel

/// Finds the dates a protocol states about itself: "Approved by Council 04 December 2012 and reviewed 09.08.16".
enum StatedDates {
    private static let keywords: [(String, StatedDate.Kind)] = [
        ("approved", .approved), ("adopted", .approved), ("ratified", .approved), ("agreed", .approved),
        ("reviewed", .reviewed), ("last review", .reviewed), ("revised", .reviewed), ("review date", .reviewed),
        ("published", .published), ("issued", .published),
    ]
    private static let keywordBytes = BytePatterns(keywords.map(\.0), ignoringCase: true)
    /// Each keyword as its words ("last review" is two), split once rather than at every word of every line.
    private static let splitKeywords = keywords.map { ($0.0.split(separator: " "), $0.1) }
    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]

    static func find(in lines: [SourceLine]) -> [StatedDate] {
        var found: [StatedDate] = []
        for line in lines where !line.text.isEmpty && line.discarded != .struckThrough && line.discarded != .contentsList {
            // Most lines are ruled out at a glance: every date has a digit (or, in other scripts, a non-ASCII one),
            // and Foundation's slow search can only find a keyword whose bytes are there (see String+Bytes.swift).
            // Lowercasing makes ASCII letters only from A–Z, apart from "k" from the Kelvin sign (no keyword has a
            // "k") and "i" from "İ" (with a combining dot after it that breaks the word), so the bytes can be looked
            // at before lowercasing.
            guard line.text.mayHaveNumber, keywordBytes.occur(in: line.text) else { continue }
            let lower = line.text.lowercased()
            guard keywords.contains(where: { lower.contains($0.0) }) else { continue }
            let words = lower.spaceSeparatedWords.map(String.init)
            let original = line.text.spaceSeparatedWords.map(String.init)
            for position in words.indices {
                for (keywordWords, kind) in splitKeywords where found.allSatisfy({ $0.kind != kind }) {
                    // A word can only start with the keyword if it starts with the same byte.
                    guard words[position].utf8.first == keywordWords[0].utf8.first,
                          position + keywordWords.count <= words.count,
                          zip(words[position...], keywordWords).allSatisfy({ $0.0.hasPrefix($0.1) }),
                          !(position > 0 && words[position - 1] == "next") else { continue }
                    // "The guidance published in October 2022 …" dates another document, not this one.
                    guard !(line.discarded == nil && datesAnotherDocument(words, before: position)) else { continue }
                    // The date follows within a few words: "approved by Council 04 December 2012".
                    let window = (position + keywordWords.count)..<min(words.count, position + keywordWords.count + 12)
                    if let (text, iso) = firstDate(words, original, in: window) {
                        found.append(StatedDate(kind: kind, text: text, iso: iso, line: line.number))
                    }
                }
            }
        }
        return found
    }

    /// Words naming other documents, which a clause may date: "the Code of Practice issued in 2021".
    private static let otherDocuments: Set<String> = [
        "guidance", "code", "codes", "act", "regulations", "report", "handbook", "guide", "circular", "order",
        "framework", "legislation", "advice", "note", "notes", "standards", "paper", "review", "survey", "booklet",
    ]

    /// Whether, in the keyword's own sentence, the nearest noun before it is another document, not "this protocol".
    private static func datesAnotherDocument(_ words: [String], before position: Int) -> Bool {
        var index = position - 1
        while index >= 0 {
            let word = words[index]
            if word.hasSuffix(".") || word.hasSuffix(";") || word.hasSuffix(":") { return false }
            let bare = clean(word)
            // Past another date, the words belong to that date's phrase: "… published in 2022 and was adopted in …".
            if bare.count == 4, let year = Int(bare), (1900...2200).contains(year) { return false }
            if ["protocol", "policy", "document", "it", "this"].contains(bare) { return false }
            if otherDocuments.contains(bare) { return !(index > 0 && clean(words[index - 1]) == "this") }
            index -= 1
        }
        return false
    }

    private static func firstDate(_ words: [String], _ original: [String], in window: Range<Int>) -> (String, String?)? {
        for start in window {
            let word = clean(words[start])
            // 09.08.16, 13/03/2023, 2023-03-13
            let parts = word.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" })
            // Only ASCII digits, at most four to a part: `isNumber` also holds for "٠٤", "２０２４" and "½", which Int()
            // cannot read, and twenty nines overflow it, and either would leave fewer numbers than parts.
            if parts.count == 3, parts.allSatisfy({ $0.count <= 4 && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) {
                let numbers = parts.map { Int($0) ?? 0 }
                if parts[0].count == 4 { return (clean(original[start]), iso(numbers[0], numbers[1], numbers[2])) }
                let year = numbers[2] < 100 ? 2000 + numbers[2] : numbers[2]
                return (clean(original[start]), iso(year, numbers[1], numbers[0]))
            }
            // 04 December 2012, 4th December 2012, December 2012, December 4, 2012
            var cursor = start
            var day: Int?
            if let value = Int(word.filter(\.isNumber)), (1...31).contains(value), word.first?.isNumber == true,
               cursor + 1 < words.count, months.contains(clean(words[cursor + 1])) {
                day = value
                cursor += 1
            }
            guard let monthIndex = months.firstIndex(of: clean(words[cursor])) else { continue }
            var next = cursor + 1
            if day == nil, next < words.count, let value = Int(clean(words[next])), (1...31).contains(value) {
                day = value
                next += 1
            }
            guard next < words.count, let year = Int(clean(words[next])), (1900...2200).contains(year) else { continue }
            let text = original[start...next].joined(separator: " ").trimmingCharacters(in: ".,;:()")
            return (text, iso(year, monthIndex + 1, day))
        }
        return nil
    }

    private static func clean(_ word: String) -> String { word.trimmingCharacters(in: ".,;:()") }

    private static func iso(_ year: Int, _ month: Int, _ day: Int?) -> String? {
        guard (1...12).contains(month) else { return nil }
        let yearMonth = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let day else { return yearMonth }
        guard (1...31).contains(day) else { return nil }
        return yearMonth + "-\(day < 10 ? "0" : "")\(day)"
    }
}
