/// Finds page headers and footers: short unnumbered lines printed again and again, alone or as the same block.
enum RunningHeaders {
    static func mark(_ lines: inout [SourceLine]) {
        let content = lines.indices.filter { lines[$0].isContent }
        let keys = content.map { candidateKey(lines[$0].text) }
        var occurrences: [String: [Int]] = [:]
        for (position, key) in keys.enumerated() {
            if let key { occurrences[key, default: []].append(position) }
        }
        let repeated = occurrences.filter { $0.value.count >= 2 }
        guard !repeated.isEmpty else { return }

        func key(at position: Int) -> String? { position >= 0 && position < keys.count ? keys[position] : nil }
        /// The same neighbour at two occurrences means a block printed on more than one page.
        func repeatsAsBlock(_ positions: [Int]) -> Bool {
            for offset in [-1, 1] {
                let neighbours = positions.compactMap { key(at: $0 + offset) }
                if neighbours.count >= 2, Set(neighbours).count < neighbours.count { return true }
            }
            return false
        }

        let firstMarker = content.firstIndex { LineMarker.parse(lines[$0].text).kind != .none } ?? content.count
        for (key, positions) in repeated {
            // "Page 2", "Page 3": the same line with a number that changes.
            let isPageNumbering = key.contains("#") && Set(positions.map { lines[content[$0]].text }).count > 1
            let besideBlank = positions.contains { isBesideBreak(content[$0], in: lines) }
            // Printed again next to a page number, or the document's own first line printed again: page furniture.
            // (Printed twice only counts when the first printing heads the document: a heading listed in a contents
            // list is printed twice too.)
            let besidePageNumber = (positions.count >= 3 || positions[0] < 2) && positions.dropFirst().contains { isBesidePageNumber(content[$0], in: lines) }
            let repeatsTitle = positions.first == 0 && positions.count >= 2 && positions.dropFirst().allSatisfy { isBesideBreak(content[$0], in: lines) }
            guard (positions.count >= 3 && besideBlank) || isPageNumbering || besidePageNumber || repeatsTitle || repeatsAsBlock(positions)
            else { continue }
            for (ordinal, position) in positions.enumerated() {
                // The first printing at the top of the document is its title block: keep it for the council and title.
                if ordinal == 0, position < firstMarker, !isPageNumbering { continue }
                lines[content[position]].discarded = .pageHeader
            }
        }
    }

    private static func isBesideBreak(_ index: Int, in lines: [SourceLine]) -> Bool {
        (index == 0 || !lines[index - 1].isContent) || (index + 1 == lines.count || !lines[index + 1].isContent)
    }

    /// A page number within two lines, blank lines aside.
    private static func isBesidePageNumber(_ index: Int, in lines: [SourceLine]) -> Bool {
        for direction in [-1, 1] {
            var next = index + direction
            var steps = 0
            while next >= 0, next < lines.count, steps < 3 {
                if lines[next].discarded == .pageNumber { return true }
                if lines[next].isContent { break }
                next += direction
                steps += 1
            }
        }
        return false
    }

    /// Lines that could be page furniture: unnumbered, not list entries, not sentences; digits are folded so "Page 2" matches "Page 3".
    private static func candidateKey(_ text: String) -> String? {
        // A short line ending in "," ";" or ":" is part of a list or sentence ("Council as a whole;"), however often it recurs.
        guard text.hasAtMost(characters: 120), text.startsUppercase,
              !text.endsWithPunctuation || text.wordCount <= 5 && text.lastSignificant == "." else { return nil }
        let marker = LineMarker.parse(text)
        guard marker.kind == .none, !marker.bulleted else { return nil }
        var key = ""
        var lastWasDigit = false
        for character in text.lowercased() where character != " " {
            if character.isNumber {
                if !lastWasDigit { key.append("#") }
                lastWasDigit = true
            } else {
                key.append(character)
                lastWasDigit = false
            }
        }
        return key.isEmpty ? nil : key
    }
}
