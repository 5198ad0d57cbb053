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
