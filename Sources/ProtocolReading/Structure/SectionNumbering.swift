import Foundation

/// Sections whose paragraphs take their number from the section: "IV. CONFIDENTIALITY" over "(a) …" ("IV(a)"),
/// "Paragraph 2 - Roles" over "(1) …" ("2(1)"), "SECTION B - ROLES" over clauses numbered from 1 again ("B1").
struct SectionNumbering {
    /// The value of the last "IV. HEADING" read, so that only the next numeral starts a section.
    private var lastRomanHeading = 0
    /// The sections headed "SECTION B - …", whose clauses numbered from 1 again are "B1", "B2" ….
    private var letteredSections: Set<Int> = []

    /// "III. WHAT EACH CAN EXPECT OF THE OTHER" over "(a) …" or "3.1 …": the next roman numeral, in capitals, before a
    /// heading's words (`titleCased` as the assembler judges headings), with a lettered paragraph or a numbered clause
    /// (`next`) under it.
    func isRomanHeading(_ label: String, text: String, titleCased: Bool, next: LineMarker.Kind?) -> Bool {
        // A heading in capitals may have a rule's word in it ("WHAT EACH CAN EXPECT OF THE OTHER").
        let capitals = !text.endsWithPunctuation && text.wordCount <= 12 && !text.contains { $0.isLowercase }
        guard label == label.uppercased(), ListLabel.romanValue(label.lowercased()) == lastRomanHeading + 1,
              capitals || text.isHeadingLike && titleCased, let next else { return false }
        switch next {
        case .label(let first, _): return first == "a" || first == "A"
        // "II. ROLES" over "2.1 …": a section of numbered clauses.
        case .number: return true
        default: return false
        }
    }

    mutating func startedRomanHeading() { lastRomanHeading += 1 }

    /// "Paragraph 2 - The Roles of Councillors", "Section 4: Confidentiality", "SECTION B - ROLES": a section's number
    /// in words, and its heading.
    static func wordedHeading(_ text: String) -> (number: String, heading: String)? {
        guard let match = text.firstMatch(of: wordedSection) else { return nil }
        let heading = String(match.output.3).trimmingCharacters(in: .whitespaces)
        guard heading.isHeadingLike || !heading.contains(where: \.isLowercase) else { return nil }
        return (String(match.output.2), heading)
    }

    nonisolated(unsafe) private static let wordedSection = #/^(Paragraph|Section|PARAGRAPH|SECTION) ([1-9][0-9]?|[A-Z]) *[-–—:.] *(.+)$/#

    /// Notes that section `index` was headed in words with `number`: a letter numbers its clauses.
    mutating func startedWordedHeading(_ index: Int, number: String) {
        if number.first?.isLetter == true { letteredSections.insert(index) }
    }

    /// The clause number for `printed` in section `index` numbered `sectionNumber`: "1." under "SECTION B - ROLES" is
    /// "B1", as a constitution prints it, not the second "1".
    func clauseNumber(_ printed: String, section index: Int?, sectionNumber: String?) -> String {
        guard let index, letteredSections.contains(index), let letter = sectionNumber, printed.first?.isNumber == true else {
            return printed
        }
        return letter + printed
    }

    /// "(b) Officers are employed …" under a section numbered `sectionNumber` ("II", "4"), after its "(a)" (`previous`,
    /// the open clause's number where it is in this section; `clauseOpen` whether any clause is open): the section's
    /// paragraph "II(b)", a clause of its own. A lettered line under a lead-in ("… officers to:") stays an item of it.
    static func paragraphNumber(_ label: String, text: String, sectionNumber: String?, previous: String?, clauseOpen: Bool) -> String? {
        let numbered = label.allSatisfy { $0.isASCII && $0.isNumber }
        guard label.count == 1 && label == label.lowercased() || numbered && label.count <= 2, text.startsUppercase,
              let number = sectionNumber else { return nil }
        guard clauseOpen else { return label == "a" || label == "1" ? "\(number)(\(label))" : nil }
        guard let previous, previous.hasPrefix(number + "("), previous.hasSuffix(")") else { return nil }
        let letter = previous.dropFirst(number.count + 1).dropLast()
        return ListLabel.follows(label, String(letter)) ? "\(number)(\(label))" : nil
    }
}
