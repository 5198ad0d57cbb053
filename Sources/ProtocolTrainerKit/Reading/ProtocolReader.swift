import Foundation

/// Reads a council's protocol, as text copied from a PDF or web page, into numbered clauses.
///
/// The stages, in order: decode the bytes; remove struck-through text; set aside page furniture (watermarks,
/// page numbers, `[end]`, footnotes), running headers, contents lists and closing matter; read the title block;
/// then assemble headings, clauses and lists. Whatever is set aside is listed in the protocol's report.
public struct ProtocolReader: Sendable {
    /// Used when the text does not name its council.
    public var councilName: String?

    public init(councilName: String? = nil) {
        self.councilName = councilName
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
        let decoded = try ProtocolText.decode(data, source: source)
        var report = ReadingReport()
        report.encoding = decoded.encoding
        for warning in decoded.warnings { report.warn(warning) }
        let parsed = parse(decoded.text, report: report)
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
        var lines = SourceLine.lines(of: unstruck)
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
