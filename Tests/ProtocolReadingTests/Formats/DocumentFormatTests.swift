import Foundation
import Testing
@testable import ProtocolReading
@testable import TestSupport
@testable import TrainerModel

/// The seeds as a PDF, a Word file and a web page (`Tests/Fixtures/formats/`, made by `make-fixtures.py` there with
/// fpdf2, python-docx and hand-written HTML) read as the plain seed does: the same clause numbers, items and words.
///
/// Inherent differences, not tested: a PDF keeps no struck-through marking (so `protocol check` warns), and where a
/// PDF wraps a details line of the title block ("… and reviewed" / "09.08.16") the date on the second line is set
/// aside with it rather than read as the review date.
struct DocumentFormatTests {
    static let folder = Seeds.repositoryRoot.appendingPathComponent("Tests/Fixtures/formats")

    static func fixture(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func squeezed(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    /// Differences between two readings' clauses, in words.
    static func differences(_ expected: CouncilProtocol, _ actual: CouncilProtocol) -> [String] {
        var out: [String] = []
        if expected.council != actual.council { out.append("council: \(expected.council ?? "none") ≠ \(actual.council ?? "none")") }
        if expected.title != actual.title { out.append("title: \(expected.title ?? "none") ≠ \(actual.title ?? "none")") }
        let want = expected.clauses.map(\.id), got = actual.clauses.map(\.id)
        if want != got { out.append("clause ids:\n  \(want)\n  \(got)") }
        for (left, right) in zip(expected.clauses, actual.clauses) {
            if squeezed(left.text) != squeezed(right.text) { out.append("\(left.id) text:\n  «\(left.text)»\n  «\(right.text)»") }
            if left.heading != right.heading { out.append("\(left.id) heading: \(left.heading ?? "-") ≠ \(right.heading ?? "-")") }
            let leftItems = left.items.map { "\($0.label ?? "•") \(squeezed($0.text))" }
            let rightItems = right.items.map { "\($0.label ?? "•") \(squeezed($0.text))" }
            if leftItems != rightItems { out.append("\(left.id) items:\n  \(leftItems)\n  \(rightItems)") }
        }
        return out
    }

    @Test(arguments: ["iminster", "district-constitution"], ["docx", "html"])
    func wordAndWebPagesReadAsTheSeed(seed: String, format: String) throws {
        let plain = try Seeds.read(seed)
        let document = try ProtocolReader().read(path: Self.fixture("\(seed).\(format)"))
        let problems = Self.differences(plain, document)
        #expect(problems.isEmpty, "\(seed).\(format):\n\(problems.joined(separator: "\n"))")
        #expect(document.report.format != nil)
    }

    @Test(ExternalTool.pdftotext.required, arguments: ["iminster", "district-constitution"])
    func pdfsReadAsTheSeed(seed: String) throws {
        let plain = try Seeds.read(seed)
        let document = try ProtocolReader().read(path: Self.fixture("\(seed).pdf"))
        let problems = Self.differences(plain, document)
        #expect(problems.isEmpty, "\(seed).pdf:\n\(problems.joined(separator: "\n"))")
        // The page furniture fpdf2 printed is set aside, and the clerk is told that struck-through text cannot be seen.
        #expect(document.report.discarded.contains { $0.text.hasPrefix("Page 1 of") })
        #expect(document.report.warnings.contains { $0.message.contains("struck-through") })
    }

    @Test func wordStrikeAndTrackedChanges() throws {
        let document = try ProtocolReader().read(path: Self.fixture("struck.docx"))
        #expect(document.council == "Oakford Parish Council")
        #expect(document.numbers == ["1.1", "1.2", "1.3", "1.4"])
        #expect(document.sections.first?.number == "1")
        #expect(document.text("1.1") == "Councillors should give the Clerk reasonable notice of any meeting they ask for.")
        #expect(document.text("1.2") == "Staff should answer a councillor's letter within ten working days.")
        #expect(document.text("1.3") == "Councillors may ask the Clerk for papers by email before each meeting.")
        #expect(document.clauses.first { $0.number == "1.4" }?.items.map(\.label) == ["a", "b", "c"])
        let struck = document.report.discarded.filter { $0.reason == .struckThrough }.map(\.text)
        #expect(struck == ["Notice must be given in writing on the blue form.", "or sooner"])
        #expect(!document.allTaughtText.contains { $0.contains("printed copies") })
        #expect(document.report.warnings.contains { $0.message.contains("tracked changes") })
    }

    @Test func openDocumentListsStrikeAndTrackedChanges() throws {
        let document = try ProtocolReader().read(path: Self.fixture("struck.odt"))
        #expect(document.council == "Oakford Parish Council")
        #expect(document.sections.first.map { "\($0.number ?? "") \($0.heading)" } == "1 Working Together")
        #expect(document.numbers == ["1.1", "1.2", "1.3"])
        #expect(document.text("1.1") == "Councillors should give the Clerk reasonable notice of any meeting they ask for.")
        #expect(document.text("1.2") == "Councillors may ask the Clerk for papers by email before each meeting.")
        #expect(document.clauses.first { $0.number == "1.3" }?.items.map(\.label) == ["a", "b", "c"])
        #expect(document.report.discarded.filter { $0.reason == .struckThrough }.map(\.text) == ["Notice must be given in writing on the blue form."])
        #expect(document.report.warnings.contains { $0.message.contains("tracked changes") })
        #expect(document.report.format == "an OpenDocument (.odt) file")
    }

    @Test func webPageStrikeListsAndFurniture() throws {
        let document = try ProtocolReader().read(path: Self.fixture("struck.html"))
        #expect(document.council == "Oakford Parish Council")
        #expect(document.title == "Protocol for Councillors and Staff")
        #expect(document.text("1.1") == "Councillors should give the Clerk reasonable notice of any meeting they ask for.")
        #expect(document.text("1.2") == "Staff should answer a councillor’s letter within ten working days.")
        #expect(document.text("1.3") == "Councillors may ask the Clerk for papers by email before each meeting.")
        #expect(document.clauses.first { $0.number == "1.4" }?.items.map(\.label) == ["a", "b", "c"])
        // <li>Meetings<ol>…: a heading item numbers its list on ("1.1"); <ol start="3"> keeps its number, and its
        // nested <ol type="i"> is its list.
        #expect(document.numbers.suffix(3) == ["1.1", "1.2", "3"])
        #expect(document.clauses.first { $0.number == "3" }?.items.map(\.label) == ["i", "ii"])
        #expect(document.text("3").contains("heard & may close"))
        let struck = document.report.discarded.filter { $0.reason == .struckThrough }.map(\.text)
        #expect(struck == ["Notice must be given in writing on the blue form.", "or sooner", "printed copies of all papers"])
        let furniture = document.report.discarded.filter { $0.reason == .webPageFurniture }.map(\.text)
        #expect(furniture.contains { $0.contains("Accept all cookies") })
        #expect(furniture.contains { $0.contains("Meetings & Minutes") })
        #expect(furniture.contains { $0.contains("Privacy") })
        for text in document.allTaughtText + document.sections.map(\.heading) {
            #expect(!text.contains("<") && !text.contains("&amp;") && !text.contains("Cookie") && !text.contains("Home"))
        }
    }

    @Test func htmlIsReadWhateverTheFileIsCalled() throws {
        let html = "<div><p>1. Councillors must be courteous to staff.</p><p>2. Staff must be courteous to councillors.</p><p>3. Either may raise a concern with the Clerk.</p></div>"
        let document = try ProtocolReader().read(data: Data(html.utf8), source: "protocol.txt")
        #expect(document.numbers == ["1", "2", "3"])
        #expect(!document.allTaughtText.contains { $0.contains("<") })
    }

    @Test func entitiesBreaksAndNumberedLists() {
        let page = WebPage.extract("""
            <p>Line one&nbsp;of&#160;the&#x20;text<br>line two &ldquo;quoted&rdquo; &amp; &unknown; &lt;kept&gt;</p>
            <ol start="4" type="a"><li>first<li>second</ol><ol><li value="7">seventh</li><li>eighth</li></ol>
            """)
        let lines = page.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(lines == ["Line one\u{00A0}of\u{00A0}the text", "line two “quoted” & &unknown; <kept>", "d. first", "e. second",
                          "7. seventh", "8. eighth"])
    }

    @Test func deeplyNestedOrBrokenPagesAreReadWithoutACrash() throws {
        let deep = String(repeating: "<div><span>", count: 20_000) + "<p>1. Councillors must be courteous to staff.</p>"
        #expect(try ProtocolReader().read(data: Data(deep.utf8), source: "deep.html").numbers == ["1"])
        let broken = "<html><body><p>1. Staff must be impartial.<li><td></ol></ul><p>2. Members must not <b>lobby <i>staff</b>.</i>"
            + "<script>var x = '</p>';</script><!-- <p>3. hidden</p> --><p>3. Both should be polite &amp c"
        let document = try ProtocolReader().read(data: Data(broken.utf8), source: "broken.htm")
        #expect(document.numbers == ["1", "2", "3"])
        #expect(document.text("2") == "Members must not lobby staff.")
        #expect(document.text("3") == "Both should be polite & c")
    }

    // MARK: Refusals

    @Test func legacyWordAndDamagedFiles() {
        #expect(throws: ProtocolReadingError.legacyWord(path: "protocol.doc")) {
            try ProtocolReader().read(data: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), source: "protocol.doc")
        }
        #expect(throws: ProtocolReadingError.self) {
            try ProtocolReader().read(data: Data([0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]), source: "protocol.docx")
        }
        #expect(throws: ProtocolReadingError.damagedDocument(path: "protocol.docx", kind: "Word (.docx)", reason: "it is not a ZIP archive, as Word files are")) {
            try ProtocolReader().read(data: Data("1. Members must be polite.".utf8), source: "protocol.docx")
        }
        #expect(ProtocolReadingError.legacyWord(path: "p.doc").description.contains("save it as a Word document (.docx)"))
    }

    @Test func aPDFWithNoPdftotextNamesThePackage() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.fixture("district-constitution.pdf")))
        let reader = ProtocolReader(pdftotext: "/nonexistent/pdftotext")
        #expect(throws: ProtocolReadingError.pdfReaderMissing(path: "p.pdf")) { try reader.read(data: data, source: "p.pdf") }
        #expect(ProtocolReadingError.pdfReaderMissing(path: "p.pdf").description.contains("poppler-utils"))
    }

    @Test func aPDFReaderThatHangsIsStopped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdftotext-hangs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let program = folder.appendingPathComponent("pdftotext")
        try "#!/bin/sh\nexec sleep 30\n".write(to: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        let started = Date()
        #expect(throws: ProtocolReadingError.pdfTimedOut(path: "slow.pdf", seconds: 1)) {
            try ProtocolReader(pdftotext: program.path, pdfTimeout: 1).read(data: Self.minimalPDF(content: ""), source: "slow.pdf")
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test(ExternalTool.pdftotext.required)
    func aScanAndADamagedPDF() throws {
        // A one-page PDF with no text on its page, as a scanner makes (less the picture).
        let scan = Self.minimalPDF(content: "")
        #expect(throws: ProtocolReadingError.scannedPDF(path: "scan.pdf")) { try ProtocolReader().read(data: scan, source: "scan.pdf") }
        let damaged = Data("%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF\n".utf8)
        #expect {
            try ProtocolReader().read(data: damaged, source: "bad.pdf")
        } throws: { error in
            guard case .unreadablePDF = error as? ProtocolReadingError else { return (error as? ProtocolReadingError) == .scannedPDF(path: "bad.pdf") }
            return true
        }
    }

    /// A well-formed one-page PDF whose page draws `content`.
    static func minimalPDF(content: String) -> Data {
        var body = "%PDF-1.4\n"
        var offsets: [Int] = []
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
        ]
        for (index, object) in objects.enumerated() {
            offsets.append(body.utf8.count)
            body += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = body.utf8.count
        body += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { body += String(format: "%010d 00000 n \n", offset) }
        body += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(body.utf8)
    }
}

/// A council's folder may hold its protocol in any format the reader takes.
struct CouncilFolderTests {
    @Test func theProtocolIsFoundWhateverItsFormat() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("council-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Nothing there: protocol.txt, which the reader then reports missing.
        #expect(CouncilLibrary.protocolFile(in: folder) == folder.appendingPathComponent("protocol.txt").path)
        let word = folder.appendingPathComponent("protocol.docx")
        try FileManager.default.copyItem(atPath: DocumentFormatTests.fixture("iminster.docx"), toPath: word.path)
        #expect(CouncilLibrary.protocolFile(in: folder) == word.path)
        let library = CouncilLibrary(root: folder.deletingLastPathComponent())
        let document = try ProtocolReader().read(path: library.protocolPath(council: folder.lastPathComponent))
        #expect(document.numbers.count == 24)
    }
}
