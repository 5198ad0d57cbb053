/// Everything the reader set aside or was unsure about, so that no text is dropped silently.
public struct ReadingReport: Sendable, Equatable {
    /// A run of source text that is not part of any clause, and why.
    public struct Discard: Sendable, Equatable {
        public var reason: DiscardReason
        /// First source line (1-based).
        public var line: Int
        public var text: String

        public init(reason: DiscardReason, line: Int, text: String) {
            self.reason = reason
            self.line = line
            self.text = text
        }
    }

    /// Something a clerk may want to look at; the protocol is still usable.
    public struct Warning: Sendable, Equatable {
        /// Source line (1-based), when the warning is about one place.
        public var line: Int?
        public var message: String

        public init(line: Int?, message: String) {
            self.line = line
            self.message = message
        }
    }

    public var discarded: [Discard] = []
    public var warnings: [Warning] = []
    /// The text encoding the file was read in.
    public var encoding: String = "UTF-8"
    /// What kind of file the text was taken from, when it was not plain text: "a PDF, read with pdftotext".
    public var format: String?

    public init() {}

    /// Sets aside a run of source text, saying why (the reader's stages record what they leave out here).
    package mutating func discard(_ reason: DiscardReason, line: Int, text: String) {
        discarded.append(Discard(reason: reason, line: line, text: text))
    }

    /// Notes something doubtful for the clerk, at a line where there is one.
    package mutating func warn(_ message: String, line: Int? = nil) {
        warnings.append(Warning(line: line, message: message))
    }
}

/// Why a piece of the source text is not in any clause.
public enum DiscardReason: String, Sendable, CaseIterable {
    case titleBlock = "title block"
    case documentDetails = "document details"
    case pageHeader = "page header or footer"
    case pageNumber = "page number"
    case contentsList = "contents list"
    case watermark = "watermark"
    case struckThrough = "struck-through text"
    case footnote = "footnote"
    case footnoteMarker = "footnote marker"
    case endMarker = "end marker"
    case closingMatter = "background papers and other matter after the protocol"
    case strayNumber = "number with no text"
    case webPageFurniture = "web page menu, navigation or footer"
    case printedPageFurniture = "browser's page header or footer"

    /// A sentence saying why this kind of text was left out.
    public var explanation: String {
        switch self {
        case .titleBlock: return "the council's name and the document's title, read as details, not as a clause"
        case .documentDetails: return "author, approval and review details, read as details, not as a clause"
        case .pageHeader: return "repeated at the top or bottom of pages"
        case .pageNumber: return "a page number"
        case .contentsList: return "the contents list, which repeats the headings"
        case .watermark: return "a watermark such as DRAFT"
        case .struckThrough: return "struck through: the council deleted it, so it is not taught"
        case .footnote: return "a footnote"
        case .footnoteMarker: return "a footnote marker inside a sentence"
        case .endMarker: return "marks the end of the document"
        case .closingMatter: return "background papers and similar lists after the protocol itself"
        case .strayNumber: return "a number on its own line with no clause text after it"
        case .webPageFurniture: return "the web site's menus, navigation, header or footer around the protocol"
        case .printedPageFurniture: return "the address, page count or date and time a web browser prints on each page"
        }
    }
}
