import Foundation
import PropertyBased
import Testing

/// A random council protocol built from a mix of the layouts the reader claims to handle, together with the truth it
/// was built from: which numbered clauses it has, their words and their lists, and which lines are page furniture.
///
/// The layout is a plain description (sections, clauses, sentences, and switches for the furniture); `rendered` turns
/// it into text deterministically, so a failing layout can be shrunk by removing parts of the description.
///
/// The generator tries to be honest: it never prints something a careful human reader could not tell apart either.
/// - Every clause and item ends with punctuation ('.' or ':' for clauses, ';' or '.' for items); no clause text is a
///   short unpunctuated line.
/// - Hard wraps never start a line with something that looks like a marker (a digit, a bracket, a dash or bullet,
///   "a." or "iv)"): the break moves back a word instead.
/// - A wrapped line that follows a line ending a sentence, and the first line of a wrapped clause or paragraph, is
///   never heading-shaped (capitalised, unpunctuated, no verb of obligation): the break moves by a word instead.
///   (A line after a page break that continues an unfinished sentence may be heading-shaped: the sentence is unfinished.)
/// - Numbering that repeats or restarts is never printed as a bare integer alone on a line (that is a page number).
/// - Unnumbered paragraphs are separated by blank lines; restarting numbering always sits under a heading; items are
///   one sentence each, so a page break inside an item is always inside its sentence.
/// - No stock sentence is used twice in a protocol, and no page break or watermark falls inside struck-through text.
/// - A one-line running header is only repeated where it is recognisable: at least three printings, or next to a
///   page footer. A contents list of fewer than three entries has a "Contents" title.
struct GeneratedLayout: Sendable {
    enum Family: String, CaseIterable, Sendable, CustomTestStringConvertible {
        /// "1 Heading" sections with "1.1" clauses (and sometimes "2.2 Subheading" with "2.2.1" clauses).
        case sectioned
        /// "1." or "1)" clauses numbered through, sometimes under unnumbered headings.
        case flat
        /// "1." on every clause.
        case repeating
        /// "1.", "2." … starting again under each unnumbered heading.
        case restarting

        var testDescription: String { rawValue }
    }

    /// "1. Heading", "1 Heading", "- 1. Heading".
    enum HeadingStyle: Sendable, CaseIterable { case dotted, bare, bulleted }
    /// "1.1", "1.1.", "- 1.1", "- 1.1.".
    enum NumberStyle: Sendable, CaseIterable { case plain, dotted, bulleted, bulletedDotted }
    enum LabelStyle: Sendable, CaseIterable {
        case letterDot, letterParens, letterParen, romanDot, romanParens, romanParen, dash, bullet, star, dashLetterDot
    }
    /// Entries with dot leaders and page numbers, with page numbers only, or the headings listed with nothing else.
    enum ContentsStyle: Sendable, CaseIterable { case leaders, pageNumbers, listedTwice }
    /// "Page 2 of 5", "Page 2", "- 2 -".
    /// `browserAddress` and `browserFile`: a web page printed to PDF by a browser, its address and "2/5" at the foot
    /// of each page and the date, time and page title at the head of the next.
    enum FooterStyle: Sendable, CaseIterable { case pageOf, page, dashed, browserAddress, browserFile }

    struct Struck: Sendable {
        /// Index of the sentence before which the struck sentence sits (0…sentences.count).
        var position: Int
        var words: [String]
    }

    /// Page breaks and watermark lines inside or before a block, as line offsets into the block's printed lines
    /// (0: before its first line; an offset past its last line: after it). Anchored to the block so that shrinking
    /// other parts of the protocol leaves them where they were.
    struct Interruptions: Sendable, Equatable {
        var pageBreaks: [Int] = []
        var watermarks: [Int] = []
        var isEmpty: Bool { pageBreaks.isEmpty && watermarks.isEmpty }
    }

    struct Item: Sendable {
        /// Words without the final punctuation (added when printed).
        var words: [String]
        var gapBefore: Int = 0
        var interruptions = Interruptions()
    }

    struct Clause: Sendable {
        /// Sentences without their final punctuation: "." is added, or ":" on the last when the clause has items.
        var sentences: [[String]]
        var items: [Item] = []
        var labels: LabelStyle = .letterDot
        var capitalisedItems = false
        /// "; and" before the last item.
        var conjunction = false
        var numberStyle: NumberStyle = .plain
        /// The number on a line of its own, the text on the next.
        var numberAlone = false
        /// No space between the number and the first word: "1.Members …" (numbers ending in "." only).
        var tightNumber = false
        /// Run on at the end of the clause before, after its full stop: "… text. 1.3 Councillors …".
        var runIn = false
        var gapBefore = 1
        var struck: Struck?
        /// Indices of (visible) words carrying a footnote marker.
        var footnotes: [Int] = []
        var interruptions = Interruptions()
    }

    struct Paragraph: Sendable {
        var sentences: [[String]]
        var gapBefore = 1
        var interruptions = Interruptions()
    }

    struct Group: Sendable {
        var heading: String?
        var headingGap = 1
        /// Unnumbered paragraphs under the heading, before any numbered clause.
        var paragraphs: [Paragraph] = []
        var clauses: [Clause] = []
        /// Sectioned layouts only: "2.3 Subheading" followed by "2.3.1" clauses.
        var subgroups: [Group] = []
        var subheadingStyle: NumberStyle = .plain
    }

    var family: Family
    var headingStyle: HeadingStyle = .dotted
    /// "." or ")" after integer clause numbers.
    var flatCloser: String = "."
    /// A bare "3" alone on a line before the clause's text (sequential integer numbering only).
    var bareAloneNumbers = false
    /// Unnumbered heading with paragraphs before the numbered body.
    var intro: Group?
    var groups: [Group]

    // Print furniture.
    var councilName: String?
    var title: String = "Protocol on Member/Officer Relations"
    var approvedLine: String?
    var runningHeader = false
    var footer: FooterStyle?
    var breakBlanks = 1
    var formFeed = false
    var contents: ContentsStyle?
    var contentsTitle: String?
    var spacedWatermark = false
    var superscriptFootnotes = true
    var endMarker = false
    var crlf = false
    var nbspSeed: UInt64?
    var wrapWidth: Int?
    var continuationIndent = 0
    var itemIndent = 0

    /// The text and what a correct reading of it contains.
    var rendered: Rendered {
        var renderer = LayoutRenderer(layout: self)
        return renderer.render()
    }
}

// MARK: - Truth

extension GeneratedLayout {
    struct ExpectedItem: Sendable, Equatable, CustomStringConvertible {
        var label: String?
        var text: String
        var description: String { "(\(label ?? "•")) \(text)" }
    }

    struct ExpectedClause: Sendable, Equatable, CustomStringConvertible {
        var number: String
        var text: String
        var items: [ExpectedItem]
        var description: String {
            ([number + " " + text] + items.map { "    " + $0.description }).joined(separator: "\n")
        }
    }

    struct Rendered: Sendable {
        var text: String
        /// The numbered clauses in order.
        var numbered: [ExpectedClause]
        /// Unnumbered paragraphs in order (their division into clauses across page breaks is not checked).
        var paragraphs: [String]
        /// Exact strings (page headers and footers, watermarks, contents entries, footnotes) that no clause may contain.
        var furniture: [String]
        /// Words of struck-through sentences; none of them is in the protocol's ordinary vocabulary.
        var struckWords: Set<String>
    }
}

// MARK: - Generating

extension GeneratedLayout {
    /// Random layouts of one family (or of any family when `family` is nil), shrinking towards small plain ones.
    static func generator(_ family: Family? = nil) -> Generator<GeneratedLayout, [GeneratedLayout]> {
        Generator(
            run: { rng in
                var random = LayoutRandom(state: rng.next())
                return GeneratedLayout.random(family ?? random.pick(Family.allCases), using: &random)
            },
            shrink: { $0.shrinks() }
        )
    }

    static func random(_ family: Family, using r: inout LayoutRandom) -> GeneratedLayout {
        var words = LayoutWords(random: r)
        defer { r = words.random }
        return words.layout(family)
    }
}

/// SplitMix64: the whole layout is drawn from one seed.
struct LayoutRandom: RandomNumberGenerator, Sendable {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &self) < probability }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &self)] }
}

/// Protocol vocabulary and the random choices that build a layout.
struct LayoutWords {
    var random: LayoutRandom

    static let subjects = [
        "Councillors", "Officers", "Members", "The Clerk", "The Town Clerk", "The Council", "Every Councillor",
        "All Officers", "The Chair", "Committee Chairs", "Employees", "A Councillor", "An Officer", "Members and Officers",
        "The Deputy Clerk",
    ]
    static let openers = [
        "Where appropriate,", "In general,", "At all times,", "Except in an emergency,", "Wherever possible,", "In all cases,",
    ]
    static let modals = ["must", "should", "will", "may", "shall", "must not", "should not", "cannot"]
    static let verbs = [
        "treat", "respect", "support", "advise", "inform", "consult", "assist", "brief", "instruct", "lobby", "contact",
        "work with", "refer complaints to", "share information with", "raise concerns with", "respond to",
    ]
    static let objects = [
        "the Clerk", "Officers", "Councillors", "the Council", "members of the public", "other staff", "each other",
        "the Chair", "the press", "individual Members", "the Town Clerk", "employees of the Council", "partner agencies",
    ]
    static let tails = [
        "with courtesy", "at all times", "in good faith", "without political bias or favour",
        "in accordance with paragraph 2.3", "in the interests of the Council as a whole", "through the agreed procedures",
        "on personal employment matters", "within an agreed job description", "as set out in the Code of Conduct",
        "– subject to paragraph 4.1 below", "unless the Council has resolved otherwise", "in a timely and professional manner",
        "when dealing with the press or social media", "except through the formal decision-making process",
        "and respect their political impartiality", "in writing where possible", "on a day-to-day basis",
        "regardless of their status or political party", "(including the Chair)", "and the Officer’s own views",
    ]
    static let leadIns = [
        "Councillors have four main areas of responsibility", "Officers can expect from Councillors",
        "Members are not authorised to instruct Officers other than", "If participating in the appointment of Officers, Members should",
        "The role of Members is limited to", "All Councillors can expect", "Some general principles apply",
    ]
    static let paragraphSentences = [
        "This protocol is intended to guide Members and Officers in their dealings with one another",
        "The aim is effective and professional working relationships characterised by mutual trust, respect and courtesy",
        "It supplements the Members’ and Officers’ Codes of Conduct",
        "To a large extent it is a statement of practice and convention which is intended to provide clarity",
    ]
    static let itemPhrases = [
        "to determine council policy and provide community leadership",
        "to monitor and review council performance in delivering services", "to represent the council externally",
        "to act as advocates for their constituents", "a commitment from Officers to the Council as a whole",
        "a timely response from Officers to enquiries and complaints",
        "respect, courtesy, integrity and appropriate confidentiality",
        "training and development opportunities to help them carry out their role", "the appointment of specified posts",
        "determining human resources policies and conditions of employment", "hearing and determining appeals",
        "never canvass support for a particular candidate", "not be influenced by personal preferences",
        "leadership and direction", "an understanding of, and support for, respective roles, workloads and pressures",
        "regular, up to date information on matters that can reasonably be considered relevant",
    ]
    static let headings = [
        "General Principles", "Roles of Councillors", "Roles of Officers", "Expectations", "Political Groups", "Complaints",
        "Social Media", "Training and Development", "Communication", "Access to Information", "Personal Relationships",
        "The Role of the Clerk", "Meetings and Committees", "Correspondence", "Press Releases", "Use of Resources",
        "Confidentiality", "Equality and Diversity", "Support Services", "Chair and Vice-Chair", "Financial Matters",
        "Members and the Media", "Staff Appointments",
    ]
    static let subheadings = ["Councillors", "Officers", "Committee Chairs", "The Responsible Financial Officer", "Ward Members"]
    static let introHeadings = ["Introduction", "Background", "Purpose", "Scope"]
    static let councils = [
        "Iminster Town Council", "Rayleigh Town Council", "Ashby Parish Council", "Wimborne Minster Town Council",
        "Kettering Borough Council",
    ]
    static let titles = [
        "Protocol on Member/Officer Relations", "Member Officer Protocol", "Member/Officer Relations Policy",
        "Protocol for Member and Officer Relations",
    ]
    static let approvals = ["Approved by Council 04 December 2012", "Adopted 13 March 2023", "Reviewed 09.08.16"]
    /// Struck-through sentences use words the rest of the protocol never uses, so they can be looked for.
    static let struckSubjects = ["Aldermen", "Overseers", "Burgesses"]
    static let struckVerbs = ["formerly summoned", "previously commanded", "once directed"]
    static let struckObjects = ["the Vestry", "the Almoner", "the Beadle"]
    static let struckTails = ["by telegram", "each quarter day", "without any notice whatsoever"]
    /// The struck sentences' words that appear nowhere else.
    static let struckOnly: Set<String> = [
        "Aldermen", "Overseers", "Burgesses", "formerly", "summoned", "previously", "commanded", "directed", "Vestry",
        "Almoner", "Beadle", "telegram", "quarter", "whatsoever",
    ]

    func words(_ phrase: String) -> [String] { phrase.split(separator: " ").map(String.init) }

    mutating func sentence() -> [String] {
        var out: [String] = []
        var subject = random.pick(Self.subjects)
        if random.chance(0.2) {
            out += words(random.pick(Self.openers))
            if ["The", "Every", "All", "A", "An"].contains(where: { subject.hasPrefix($0 + " ") }) {
                subject = subject.prefix(1).lowercased() + subject.dropFirst()
            }
        }
        out += words(subject) + words(random.pick(Self.modals)) + words(random.pick(Self.verbs)) + words(random.pick(Self.objects))
        for _ in 0..<random.int(0...2) { out += words(random.pick(Self.tails)) }
        return out
    }

    mutating func item() -> [String] {
        var out = words(random.pick(Self.itemPhrases))
        if random.chance(0.3) { out += words(random.pick(Self.tails)) }
        return out
    }

    mutating func clause() -> GeneratedLayout.Clause {
        var clause = GeneratedLayout.Clause(sentences: (0..<random.int(1...3)).map { _ in sentence() })
        if random.chance(0.3) {
            clause.items = (0..<random.int(1...6)).map { _ in GeneratedLayout.Item(words: item(), gapBefore: random.pick([0, 0, 0, 1, 2])) }
            clause.labels = random.pick(GeneratedLayout.LabelStyle.allCases)
            clause.capitalisedItems = random.chance(0.3)
            clause.conjunction = random.chance(0.4)
            if random.chance(0.5), !unusedLeadIns.isEmpty {
                clause.sentences[clause.sentences.count - 1] = words(unusedLeadIns.remove(at: random.int(0...(unusedLeadIns.count - 1))))
            }
        }
        clause.numberAlone = random.chance(0.12)
        clause.tightNumber = random.chance(0.08)
        clause.runIn = random.chance(0.1)
        clause.gapBefore = random.pick([0, 1, 1, 2])
        if random.chance(0.12) {
            let struck = words(random.pick(Self.struckSubjects)) + words(random.pick(Self.struckVerbs))
                + words(random.pick(Self.struckObjects)) + (random.chance(0.5) ? words(random.pick(Self.struckTails)) : [])
            clause.struck = GeneratedLayout.Struck(position: random.int(0...clause.sentences.count), words: struck)
        }
        if random.chance(0.12) {
            let count = clause.sentences.reduce(0) { $0 + $1.count }
            clause.footnotes = [random.int(0...(count - 1))]
            if random.chance(0.3) { clause.footnotes.append(random.int(0...(count - 1))) }
        }
        return clause
    }

    /// Stock paragraph sentences not yet used: a protocol does not repeat itself word for word.
    var unusedParagraphSentences = Self.paragraphSentences
    var unusedLeadIns = Self.leadIns

    mutating func paragraph() -> GeneratedLayout.Paragraph {
        let sentences = (0..<random.int(1...3)).map { _ in
            if random.chance(0.4), !unusedParagraphSentences.isEmpty {
                return words(unusedParagraphSentences.remove(at: random.int(0...(unusedParagraphSentences.count - 1))))
            }
            return sentence()
        }
        return GeneratedLayout.Paragraph(sentences: sentences, gapBefore: random.pick([1, 1, 2]))
    }

    mutating func layout(_ family: GeneratedLayout.Family) -> GeneratedLayout {
        var headings = Self.headings
        headings.shuffle(using: &random)
        var subheadings = Self.subheadings
        subheadings.shuffle(using: &random)
        let numberStyles = GeneratedLayout.NumberStyle.allCases
        let mainStyle = random.pick(numberStyles)
        let mixedStyles = random.chance(0.15)

        func clauses(_ range: ClosedRange<Int>) -> [GeneratedLayout.Clause] {
            (0..<random.int(range)).map { _ in
                var clause = clause()
                clause.numberStyle = mixedStyles ? random.pick(numberStyles) : mainStyle
                return clause
            }
        }

        var layout = GeneratedLayout(family: family, groups: [])
        switch family {
        case .sectioned:
            layout.headingStyle = random.pick(GeneratedLayout.HeadingStyle.allCases)
            for _ in 0..<random.int(1...4) {
                var group = GeneratedLayout.Group(heading: headings.removeLast(), headingGap: random.pick([0, 1, 1, 2]))
                group.clauses = clauses(1...4)
                if random.chance(0.2), !subheadings.isEmpty {
                    for _ in 0..<random.int(1...2) where !subheadings.isEmpty {
                        var sub = GeneratedLayout.Group(heading: subheadings.removeLast(), headingGap: random.pick([0, 1, 2]))
                        sub.clauses = clauses(1...3)
                        sub.subheadingStyle = mainStyle
                        group.subgroups.append(sub)
                    }
                }
                layout.groups.append(group)
            }
        case .flat, .repeating, .restarting:
            layout.flatCloser = family == .repeating ? "." : random.pick([".", ".", ")"])
            layout.bareAloneNumbers = family == .flat && random.chance(0.3)
            let headed = family == .restarting ? true : random.chance(0.6)
            let count = family == .restarting ? random.int(2...4) : (headed ? random.int(1...4) : 1)
            for index in 0..<count {
                var group = GeneratedLayout.Group()
                if headed && (index > 0 || family == .restarting || random.chance(0.7)) {
                    group.heading = headings.removeLast()
                    group.headingGap = random.pick([0, 1, 1, 2])
                    if random.chance(0.25) { group.paragraphs = (0..<random.int(1...2)).map { _ in paragraph() } }
                }
                group.clauses = clauses(1...(headed ? 4 : 8))
                layout.groups.append(group)
            }
        }
        if random.chance(0.3) {
            var intro = GeneratedLayout.Group(heading: random.pick(Self.introHeadings), headingGap: 1)
            intro.paragraphs = (0..<random.int(1...3)).map { _ in paragraph() }
            layout.intro = intro
        }

        layout.councilName = random.chance(0.7) ? random.pick(Self.councils) : nil
        layout.title = random.pick(Self.titles)
        layout.approvedLine = random.chance(0.3) ? random.pick(Self.approvals) : nil
        layout.runningHeader = random.chance(0.5)
        layout.footer = random.chance(0.5) ? random.pick(GeneratedLayout.FooterStyle.allCases) : nil
        let blocks = layout.blockPaths
        if random.chance(0.7) {
            for _ in 0..<random.int(1...4) {
                layout[block: random.pick(blocks)].pageBreaks.append(random.pick([0, 0, 1, 1, 2, 3, 9]))
            }
        }
        layout.breakBlanks = random.pick([0, 1, 1, 2])
        layout.formFeed = random.chance(0.15)
        if random.chance(0.35) {
            layout.contents = random.pick(GeneratedLayout.ContentsStyle.allCases)
            layout.contentsTitle = random.chance(0.5) ? random.pick(["Contents", "CONTENTS:", "Table of Contents"]) : nil
        }
        if random.chance(0.25) {
            for _ in 0..<random.int(1...2) {
                layout[block: random.pick(blocks)].watermarks.append(random.pick([0, 1, 1, 2, 3, 9]))
            }
        }
        layout.spacedWatermark = random.chance(0.2)
        layout.superscriptFootnotes = random.chance(0.5)
        layout.endMarker = random.chance(0.3)
        layout.crlf = random.chance(0.3)
        layout.nbspSeed = random.chance(0.3) ? random.next() : nil
        layout.wrapWidth = random.chance(0.75) ? random.int(40...90) : nil
        layout.continuationIndent = random.chance(0.3) ? random.int(1...6) : 0
        layout.itemIndent = random.chance(0.3) ? random.int(1...4) : 0
        return layout
    }
}

// MARK: - Rendering

private struct LayoutRenderer {
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

// MARK: - Shrinking

extension GeneratedLayout {
    enum ClausePath: Hashable {
        case direct(Int, Int)
        case sub(Int, Int, Int)
    }

    enum BlockPath: Hashable {
        case clause(ClausePath)
        case item(ClausePath, Int)
        /// A paragraph of group `group` (nil: the introduction).
        case paragraph(Int?, Int)
    }

    var blockPaths: [BlockPath] {
        var paths: [BlockPath] = []
        if let intro { paths += intro.paragraphs.indices.map { .paragraph(nil, $0) } }
        for (g, group) in groups.enumerated() { paths += group.paragraphs.indices.map { .paragraph(g, $0) } }
        for path in clausePaths {
            paths.append(.clause(path))
            paths += self[path].items.indices.map { .item(path, $0) }
        }
        return paths
    }

    subscript(block path: BlockPath) -> Interruptions {
        get {
            switch path {
            case .clause(let clause): return self[clause].interruptions
            case .item(let clause, let item): return self[clause].items[item].interruptions
            case .paragraph(nil, let p): return intro!.paragraphs[p].interruptions
            case .paragraph(let g?, let p): return groups[g].paragraphs[p].interruptions
            }
        }
        set {
            switch path {
            case .clause(let clause): self[clause].interruptions = newValue
            case .item(let clause, let item): self[clause].items[item].interruptions = newValue
            case .paragraph(nil, let p): intro!.paragraphs[p].interruptions = newValue
            case .paragraph(let g?, let p): groups[g].paragraphs[p].interruptions = newValue
            }
        }
    }

    var clausePaths: [ClausePath] {
        var paths: [ClausePath] = []
        for (g, group) in groups.enumerated() {
            paths += group.clauses.indices.map { .direct(g, $0) }
            for (s, sub) in group.subgroups.enumerated() { paths += sub.clauses.indices.map { .sub(g, s, $0) } }
        }
        return paths
    }

    subscript(path: ClausePath) -> Clause {
        get {
            switch path {
            case .direct(let g, let c): return groups[g].clauses[c]
            case .sub(let g, let s, let c): return groups[g].subgroups[s].clauses[c]
            }
        }
        set {
            switch path {
            case .direct(let g, let c): groups[g].clauses[c] = newValue
            case .sub(let g, let s, let c): groups[g].subgroups[s].clauses[c] = newValue
            }
        }
    }

    /// Anything beyond the bare title and the numbered text.
    var hasFurniture: Bool {
        councilName != nil || approvedLine != nil || runningHeader || footer != nil || contents != nil
            || contentsTitle != nil || blockPaths.contains { !self[block: $0].isEmpty } || spacedWatermark || endMarker || crlf || nbspSeed != nil
            || wrapWidth != nil || continuationIndent != 0 || itemIndent != 0 || breakBlanks != 1 || formFeed
    }

    /// Smaller layouts, each with one part removed or one feature switched to its plain form; most drastic first.
    func shrinks() -> [GeneratedLayout] {
        var out: [GeneratedLayout] = []
        func with(_ change: (inout GeneratedLayout) -> Void) {
            var copy = self
            change(&copy)
            out.append(copy)
        }

        let blocks = blockPaths
        // Drastic cuts first: one group only, no furniture at all.
        if groups.count > 2 { for g in groups.indices { with { $0.groups = [$0.groups[g]] } } }
        var plain = GeneratedLayout(family: family, headingStyle: headingStyle, flatCloser: flatCloser,
                                    bareAloneNumbers: bareAloneNumbers, intro: intro, groups: groups, title: title)
        for block in blocks { plain[block: block] = Interruptions() }
        if hasFurniture, !plain.hasFurniture {
            out.append(plain)
        }

        // Structure.
        if groups.count > 1 { for g in groups.indices { with { $0.groups.remove(at: g) } } }
        if intro != nil { with { $0.intro = nil } }
        for (g, group) in groups.enumerated() {
            if group.clauses.count + group.subgroups.count > 1 {
                for s in group.subgroups.indices { with { $0.groups[g].subgroups.remove(at: s) } }
            }
            if group.clauses.count > 1 || (!group.subgroups.isEmpty && !group.clauses.isEmpty) {
                for c in group.clauses.indices { with { $0.groups[g].clauses.remove(at: c) } }
            }
            for (s, sub) in group.subgroups.enumerated() where sub.clauses.count > 1 {
                for c in sub.clauses.indices { with { $0.groups[g].subgroups[s].clauses.remove(at: c) } }
            }
            for p in group.paragraphs.indices { with { $0.groups[g].paragraphs.remove(at: p) } }
            if group.heading != nil, family == .flat || family == .repeating, g == 0 { with { $0.groups[g].heading = nil; $0.groups[g].paragraphs = [] } }
        }
        if let intro, intro.paragraphs.count > 1 {
            for p in intro.paragraphs.indices { with { $0.intro!.paragraphs.remove(at: p) } }
        }

        // Furniture.
        let interrupted = blocks.filter { !self[block: $0].isEmpty }
        if interrupted.count > 1 {
            with { for block in interrupted { $0[block: block] = Interruptions() } }
        }
        for block in interrupted {
            let here = self[block: block]
            for b in here.pageBreaks.indices { with { $0[block: block].pageBreaks.remove(at: b) } }
            for w in here.watermarks.indices { with { $0[block: block].watermarks.remove(at: w) } }
            for (b, offset) in here.pageBreaks.enumerated() where offset > 0 { with { $0[block: block].pageBreaks[b] = offset - 1 } }
        }
        if contents != nil { with { $0.contents = nil } }
        if runningHeader { with { $0.runningHeader = false } }
        if footer != nil { with { $0.footer = nil } }
        if councilName != nil { with { $0.councilName = nil } }
        if approvedLine != nil { with { $0.approvedLine = nil } }
        if endMarker { with { $0.endMarker = false } }
        if crlf { with { $0.crlf = false } }
        if nbspSeed != nil { with { $0.nbspSeed = nil } }
        if wrapWidth != nil { with { $0.wrapWidth = nil } }
        if let width = wrapWidth, width < 90 { with { $0.wrapWidth = width + 1 } }
        if continuationIndent != 0 { with { $0.continuationIndent = 0 } }
        if itemIndent != 0 { with { $0.itemIndent = 0 } }
        if breakBlanks != 1 { with { $0.breakBlanks = 1 } }
        if formFeed { with { $0.formFeed = false } }
        if contentsTitle != nil { with { $0.contentsTitle = nil } }
        if spacedWatermark { with { $0.spacedWatermark = false } }
        if headingStyle != .dotted { with { $0.headingStyle = .dotted } }
        if flatCloser != "." { with { $0.flatCloser = "." } }
        if bareAloneNumbers { with { $0.bareAloneNumbers = false } }
        for (g, group) in groups.enumerated() where group.headingGap != 1 { with { $0.groups[g].headingGap = 1 } }

        // Clauses.
        for path in clausePaths {
            let clause = self[path]
            if !clause.items.isEmpty {
                with { $0[path].items = [] }
                if clause.items.count > 1 { for i in clause.items.indices { with { $0[path].items.remove(at: i) } } }
            }
            if clause.sentences.count > 1 { for s in clause.sentences.indices { with { $0[path].sentences.remove(at: s) } } }
            for (s, sentence) in clause.sentences.enumerated() where sentence.count > 3 {
                with { $0[path].sentences[s] = Array(sentence.prefix(3)) }
                with { $0[path].sentences[s].removeLast() }
            }
            for (i, item) in clause.items.enumerated() where item.words.count > 2 {
                with { $0[path].items[i].words = Array(item.words.prefix(2)) }
                with { $0[path].items[i].words.removeLast() }
            }
            if clause.struck != nil { with { $0[path].struck = nil } }
            if let struck = clause.struck, struck.words.count > 1 { with { $0[path].struck!.words.removeLast() } }
            if !clause.footnotes.isEmpty { with { $0[path].footnotes = [] } }
            if clause.numberAlone { with { $0[path].numberAlone = false } }
            if clause.tightNumber { with { $0[path].tightNumber = false } }
            if clause.runIn { with { $0[path].runIn = false } }
            if clause.gapBefore != 1 { with { $0[path].gapBefore = 1 } }
            if clause.numberStyle != .plain { with { $0[path].numberStyle = .plain } }
            if clause.conjunction { with { $0[path].conjunction = false } }
            if clause.capitalisedItems { with { $0[path].capitalisedItems = false } }
            if clause.items.contains(where: { $0.gapBefore != 0 }) {
                with { for i in $0[path].items.indices { $0[path].items[i].gapBefore = 0 } }
            }
        }
        return out
    }
}

// MARK: - Description

extension GeneratedLayout: CustomTestStringConvertible {
    /// The text as printed (CR shown as ␍, no-break spaces as ⍽, form feeds as ␌) and the clauses it should give.
    var testDescription: String {
        let rendered = rendered
        let shown = rendered.text
            .replacingOccurrences(of: "\r", with: "␍")
            .replacingOccurrences(of: "\u{00A0}", with: "⍽")
            .replacingOccurrences(of: "\u{0C}", with: "␌")
        return "\n<<<<<<<< \(family) protocol\n\(shown)>>>>>>>> expected numbered clauses:\n"
            + rendered.numbered.map(\.description).joined(separator: "\n") + "\n"
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
