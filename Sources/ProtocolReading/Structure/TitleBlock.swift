/// Reads the lines above the first heading: the council's name, the title, and author or approval details.
struct TitleBlock {
    var council: String?
    var title: String?

    private static let titleWords = ["protocol", "relations", "policy", "code", "guidance", "charter", "working together"]
    private static let detailOpenings = [
        "author", "approved", "adopted", "reviewed", "review date", "date of review", "last reviewed", "next review",
        "published", "issued", "date", "version", "minute", "effective", "owner", "status", "based on", "ratified",
        "agreed", "resolved", "revised", "prepared by", "produced by",
    ]
    static let councilTypes: Set<String> = [
        "Town", "Parish", "City", "District", "Borough", "County", "Community", "Village", "Neighbourhood", "Metropolitan",
    ]

    /// Marks the title block's lines as read and returns what it names.
    static func read(_ lines: inout [SourceLine]) -> TitleBlock {
        var block = TitleBlock()
        for index in lines.indices where lines[index].isContent {
            let text = lines[index].text
            guard LineMarker.parse(text).kind == .none else { break }
            let lower = text.lowercased()
            if isDetail(lower) || isPartLabel(lower) {
                lines[index].discarded = .documentDetails
                // "Approved by Council 4 May 2012 and reviewed" / "09.08.16": a details line wrapped on the page.
                let next = index + 1
                if !text.endsTerminated, next < lines.count, lines[next].isContent, lines[next].text.wordCount <= 3,
                   LineMarker.parse(lines[next].text).kind == .none, !lines[next].text.isHeadingLike || lines[next].text.mayHaveNumber {
                    lines[next].discarded = .documentDetails
                }
            } else if let name = councilName(in: text), block.council == nil {
                block.council = name
                if block.title == nil, titleWords.contains(where: lower.contains), text.count > name.count + 4 {
                    block.title = text.trimmingCharacters(in: ". ")
                }
                lines[index].discarded = .titleBlock
            } else if block.title == nil, titleWords.contains(where: lower.contains), text.wordCount <= 14, !text.endsTerminated {
                let title = text.trimmingCharacters(in: ". ")
                block.title = title == title.uppercased() ? titleCased(title) : title
                lines[index].discarded = .titleBlock
            } else {
                break
            }
        }
        return block
    }

    /// "PROTOCOL FOR COUNCILLOR AND STAFF RELATIONS" → "Protocol for Councillor and Staff Relations".
    static func titleCased(_ text: String) -> String {
        let small: Set<String> = ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
        return text.lowercased().split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, word in
            index > 0 && small.contains(String(word)) ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// "ANNEX 1", "Appendix B", "Schedule 3": which part of a bigger document this is, above the council's name.
    private static func isPartLabel(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        guard (2...3).contains(words.count), ["annex", "appendix", "schedule", "annexe", "attachment"].contains(String(words[0])) else { return false }
        return words[1].count <= 4 && words[1].allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == ":" }
    }

    private static func isDetail(_ lower: String) -> Bool {
        detailOpenings.contains { opening in
            lower.hasPrefix(opening) && lower.dropFirst(opening.count).first.map { !$0.isLetter } ?? true
        }
    }

    private static let joiningWords: Set<String> = ["and", "&", "of", "upon", "on", "in"]
    /// Kinds of authority that are not councils: their members are appointed by councils.
    private static let authorityTypes: Set<String> = ["Fire", "Rescue", "Police", "Park", "Combined", "Transport", "Waste"]
    private static let stopWords: Set<String> = ["The", "This", "In", "Of", "Protocol", "Member", "Officer", "Policy", "A", "An", "All", "Any", "Each", "Every",
                                                  "Members", "Councillors", "Councillor", "Officers", "Employees", "Staff", "Clerk", "Both"]

    /// "Wimborne Minster Town Council" from a line that names it; a name needs capitalised words and a kind of council.
    static func councilName(in text: String) -> String? {
        // A title block in capitals ("OAKFORD TOWN COUNCIL") names the council as it would be written in a sentence.
        // Letters with no lower case ("J K" title-cased is still "J K", and so is "Nº" or a line in another script)
        // leave the text as it was, so the name is looked for once in the title-cased text, never again in capitals.
        if text.contains(where: \.isLetter), text == text.uppercased() { return councilName(inOrdinaryCase: titleCased(text)) }
        return councilName(inOrdinaryCase: text)
    }

    private static func councilName(inOrdinaryCase text: String) -> String? {
        let words = text.split(separator: " ").map { String($0) }
        for (position, word) in words.enumerated() {
            let bare = word.trimmingCharacters(in: ".,;:'’()")
            // "Fenmouth Fire and Rescue Authority": an authority is named like a council, by the kind of authority it is.
            let authority = bare == "Authority" || bare == "Authority's" || bare == "Authority’s"
            guard bare == "Council" || bare == "Council's" || bare == "Council’s" || authority else { continue }
            var start = position
            while start > 0 {
                let previous = words[start - 1]
                // "Reigate and Banstead", "City and County of Swansea", "Newcastle upon Tyne": small words inside a
                // name, between capitalised words.
                if joiningWords.contains(previous), start >= 2, start < position,
                   let before = words[start - 2].first, before.isUppercase, !stopWords.contains(words[start - 2]),
                   previous != "of" || councilTypes.contains(words[start - 2]) || words[start - 2] == "Isle" {
                    start -= 1
                    continue
                }
                guard let first = previous.first, first.isUppercase, previous.last.map({ $0.isLetter }) ?? false,
                      !stopWords.contains(previous) else { break }
                start -= 1
            }
            let nameWords = words[start..<position]
            guard !nameWords.isEmpty, nameWords.count <= 7 else { continue }
            // "the County Council" is a kind of council, not a name: a name has a word of its own.
            guard nameWords.contains(where: { !councilTypes.contains($0) && !joiningWords.contains($0) }) else { continue }
            if authority {
                guard nameWords.contains(where: authorityTypes.contains) else { continue }
                return (nameWords + ["Authority"]).joined(separator: " ")
            }
            let hasKind = nameWords.contains { councilTypes.contains($0) }
            // "Cornwall Council" alone on a line is a name too.
            guard hasKind || (start == 0 && position == words.count - 1) else { continue }
            return (nameWords + ["Council"]).joined(separator: " ")
        }
        return nil
    }
}
