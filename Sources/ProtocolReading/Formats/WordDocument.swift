import Foundation
import ZIPFoundation

/// The text of a Word (.docx) file: its paragraphs in order, with Word's automatic numbers put back in front of them
/// (`WordNumbering`), struck-through runs (`w:strike`, `w:dstrike`) between `~~` marks for the text reader to set aside,
/// tracked deletions (`w:del`, `w:moveFrom`) left out and tracked insertions kept, as the document reads with its
/// changes accepted. Hidden text (`w:vanish`), field codes and footnote references are left out; headers, footers and
/// footnotes live in other parts of the file and are not read, so they never get into a clause.
enum WordDocument {
    static let kind = "Word (.docx)"

    static func extract(data: Data, path: String) throws(ProtocolReadingError) -> ExtractedText {
        let parts = try ZippedParts(data: data, path: path, kind: kind)
        guard let document = try parts.read("word/document.xml") else {
            throw .damagedDocument(path: path, kind: kind, reason: "it has no document text inside it")
        }
        let (numbering, _) = WordNumbering.read(try parts.read("word/numbering.xml"))
        let styles = WordStyles.read(try parts.read("word/styles.xml"))
        var reader = Reader(numbering: numbering, styles: styles)
        if let failure = XMLElements.walk(document, { reader.handle($0) }) {
            throw .damagedDocument(path: path, kind: kind, reason: failure)
        }
        var warnings: [String] = []
        if reader.trackedChanges {
            warnings.append(ExtractedText.trackedChangesWarning("The Word file"))
        }
        return ExtractedText(text: reader.paragraphs.joined(separator: "\n\n") + "\n", format: "a Word (.docx) file",
                             warnings: warnings)
    }

    /// Follows the document's XML: paragraphs, runs, their properties and tracked changes.
    private struct Reader {
        var numbering: WordNumbering
        let styles: WordStyles
        var paragraphs: [String] = []
        var trackedChanges = false

        private var text = ""
        private var numId: String?
        private var level: Int?
        private var style: String?
        private var inParagraphProperties = false
        private var inRunProperties = false
        private var runStruck = false
        private var runHidden = false
        private var struckOpen = false
        private var deleted = 0
        private var inText = false
        private var inFieldCode = false

        init(numbering: WordNumbering, styles: WordStyles) {
            self.numbering = numbering
            self.styles = styles
        }

        mutating func handle(_ event: XMLElements.Event) {
            switch event {
            case .start(let name, let attributes):
                start(name, attributes)
            case .end(let name):
                end(name)
            case .text(let characters):
                if inText, deleted == 0, !runHidden { append(characters) }
            }
        }

        private mutating func start(_ name: String, _ attributes: [String: String]) {
            let on = attributes["val"].map { !["0", "false", "off", "none"].contains($0) } ?? true
            switch name {
            case "p":
                text = ""
                numId = nil
                level = nil
                style = nil
                struckOpen = false
            case "pPr": inParagraphProperties = true
            case "rPr": inRunProperties = true
            case "pStyle" where inParagraphProperties && !inRunProperties: style = attributes["val"]
            case "numId" where inParagraphProperties: numId = attributes["val"]
            case "ilvl" where inParagraphProperties: level = attributes["val"].flatMap { Int($0) }
            case "r":
                runStruck = false
                runHidden = false
            case "strike", "dstrike":
                if inRunProperties, !inParagraphProperties { runStruck = runStruck || on }
            case "vanish", "webHidden":
                if inRunProperties, !inParagraphProperties { runHidden = on }
            case "del", "moveFrom":
                // A deleted paragraph mark (`w:del` inside `w:rPr` of `w:pPr`) has no words of its own.
                if !inRunProperties { deleted += 1 }
                trackedChanges = true
            case "ins", "moveTo":
                trackedChanges = true
            case "t": inText = !inFieldCode
            case "instrText", "delText", "delInstrText": inText = false
            case "tab", "ptab": if deleted == 0, !inParagraphProperties { append(" ") }
            case "br", "cr": if deleted == 0 { append("\n") }
            case "noBreakHyphen": if deleted == 0 { append("-") }
            case "fldChar":
                if attributes["fldCharType"] == "begin" { inFieldCode = true }
                if attributes["fldCharType"] == "separate" || attributes["fldCharType"] == "end" { inFieldCode = false }
            default: break
            }
        }

        private mutating func end(_ name: String) {
            switch name {
            case "p": finishParagraph()
            case "pPr": inParagraphProperties = false
            case "rPr": inRunProperties = false
            case "t": inText = false
            case "del", "moveFrom": if !inRunProperties { deleted = max(0, deleted - 1) }
            default: break
            }
        }

        /// Adds words of the current run, opening or closing a struck span as the run's marking changes.
        private mutating func append(_ characters: String) {
            if runStruck != struckOpen, !characters.allSatisfy({ $0 == " " }) {
                text += runStruck ? "~~" : ""
                if !runStruck { closeStruck() }
                struckOpen = runStruck
            }
            text += characters
        }

        private mutating func closeStruck() {
            // The closing mark goes straight after the last struck word, before any space.
            let trailing = text.reversed().prefix { $0 == " " }.count
            text.insert(contentsOf: "~~", at: text.index(text.endIndex, offsetBy: -trailing))
        }

        private mutating func finishParagraph() {
            if struckOpen {
                closeStruck()
                struckOpen = false
            }
            let words = text.trimmingCharacters(in: .whitespaces)
            text = ""
            let list = numId ?? style.flatMap { styles.numbering(of: $0)?.numId }
            let listLevel = level ?? style.flatMap { styles.numbering(of: $0)?.level } ?? style.flatMap { numbering.styleLevels[$0] } ?? 0
            let label = list.flatMap { numbering.label(numId: $0, level: listLevel) }
            numId = nil
            level = nil
            style = nil
            guard !words.isEmpty else { return }
            paragraphs.append(label.map { "\($0) \(words)" } ?? words)
        }
    }
}
