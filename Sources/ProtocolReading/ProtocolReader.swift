import Foundation
import TrainerModel

/// Reads a council's protocol, as a PDF, a Word or OpenDocument file, a saved web page or plain text, into numbered clauses.
///
/// The stages, in order: take the text out of the file (`DocumentFormat`: `PDFText`, `WordDocument`, `OpenDocument`,
/// `WebPage`), or decode the bytes of a text file; mend the layouts that copying out of a PDF leaves (`LayoutRepair`);
/// remove struck-through text; turn tables drawn with characters or laid out in columns into a sentence a row
/// (`TextTables`, `SpacedTables`); set aside page furniture (watermarks, page numbers, `[end]`, footnotes), running
/// headers, contents lists and closing matter; read the title block; then assemble headings, clauses and lists.
/// Whatever is set aside is listed in the protocol's report.
public struct ProtocolReader: Sendable {
    /// Used when the text does not name its council.
    public var councilName: String?

    /// The `pdftotext` program to read PDFs with; nil to look for it on `PATH`.
    public var pdftotext: String?

    /// Seconds `pdftotext` may take before it is stopped and the PDF refused.
    public var pdfTimeout: Int

    public init(councilName: String? = nil, pdftotext: String? = nil, pdfTimeout: Int = PDFText.defaultTimeout) {
        self.councilName = councilName
        self.pdftotext = pdftotext
        self.pdfTimeout = pdfTimeout
    }

    /// Reads the protocol file at `path`.
    public func read(path: String) throws(ProtocolReadingError) -> CouncilProtocol {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .notFound(path: path) }
        if isDirectory.boolValue { throw .isDirectory(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: FileManager.default.isReadableFile(atPath: path) ? "it could not be read" : "permission denied")
        }
        return try read(data: data, source: path)
    }

    /// Reads a protocol from the file's bytes; `source` names the file in messages.
    public func read(data: Data, source: String) throws(ProtocolReadingError) -> CouncilProtocol {
        var report = ReadingReport()
        let extracted: ExtractedText
        switch try DocumentFormat.of(data, source: source) {
        case .pdf: extracted = try PDFText.extract(data: data, source: source, program: pdftotext, timeout: pdfTimeout)
        case .word: extracted = try WordDocument.extract(data: data, path: source)
        case .openDocument: extracted = try OpenDocument.extract(data: data, path: source)
        case .legacyWord: throw .legacyWord(path: source)
        case .text:
            let decoded = try ProtocolText.decode(data, source: source)
            report.encoding = decoded.encoding
            for warning in decoded.warnings { report.warn(warning) }
            let suffix = URL(fileURLWithPath: source).pathExtension.lowercased()
            if suffix == "html" || suffix == "htm" || suffix == "xhtml" || WebPage.looksLikeHTML(decoded.text) {
                extracted = WebPage.extract(decoded.text)
            } else {
                extracted = ExtractedText(text: decoded.text, format: "")
            }
        }
        let text = ProtocolText.normalise(extracted.text)
        guard text.contains(where: { !$0.isWhitespace }) else { throw .empty(path: source) }
        if !extracted.format.isEmpty { report.format = extracted.format }
        for warning in extracted.warnings { report.warn(warning) }
        for piece in extracted.setAside { report.discard(.webPageFurniture, line: piece.line, text: piece.text) }
        let parsed = parse(text, report: report)
        guard !parsed.clauses.isEmpty else { throw .noClauses(path: source) }
        return parsed
    }

    /// Reads a protocol from text already in memory. Never fails: a text with no clauses gives a protocol with none.
    public func read(text: String) -> CouncilProtocol {
        parse(ProtocolText.normalise(text), report: ReadingReport())
    }

    private func parse(_ text: String, report initial: ReadingReport) -> CouncilProtocol {
        var report = initial
        let unstruck = StruckText.remove(from: text, report: &report)
        var lines = LayoutRepair.split(SpacedTables.flatten(TextTables.flatten(SourceLine.lines(of: unstruck))))
        PageFurniture.mark(&lines, report: &report)
        ContentsList.markTitled(&lines)
        RunningHeaders.mark(&lines)
        ContentsList.markUntitled(&lines)
        ClosingMatter.mark(&lines)
        let titleBlock = TitleBlock.read(&lines)
        let dates = StatedDates.find(in: lines)
        for line in lines {
            if let reason = line.discarded, !line.text.isEmpty { report.discard(reason, line: line.number, text: line.text) }
        }
        report.discarded.sort { $0.line < $1.line }

        var assembler = ClauseAssembler(lines: lines, report: report)
        assembler.assemble()
        let (clauses, sections) = ClauseIdentity.assign(assembler.drafts, sections: assembler.sections)
        report = assembler.report
        ClauseWarnings.check(clauses, report: &report)

        var council = titleBlock.council ?? councilName
        if council == nil { council = Self.councilNamed(inOpening: clauses) }
        if council == nil { report.warn("The text does not name its council. Give the name with --council-name \"…\" so that questions and records carry it.") }
        return CouncilProtocol(council: councilName ?? council, title: titleBlock.title, dates: dates,
                               sections: sections, clauses: clauses, report: report)
    }

    /// "In this document Council refers to Iminster Town Council": a name in the opening paragraphs.
    private static func councilNamed(inOpening clauses: [Clause]) -> String? {
        for clause in clauses.prefix(4) {
            if let name = TitleBlock.councilName(in: clause.text) { return name }
        }
        return nil
    }
}
