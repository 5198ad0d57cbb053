import Foundation
import Testing
@testable import ProtocolReading
@testable import TestSupport

/// Bad files get a plain error naming the file; awkward encodings are read with a warning.
struct ReaderInputTests {
    let reader = ProtocolReader()

    private func error(reading bytes: [UInt8], source: String = "council.txt") -> ProtocolReadingError? {
        do {
            _ = try reader.read(data: Data(bytes), source: source)
            return nil
        } catch {
            return error
        }
    }

    @Test func emptyAndBlankFilesAreRefused() {
        #expect(error(reading: []) == .empty(path: "council.txt"))
        #expect(error(reading: Array("  \n\r\n\t \n".utf8)) == .empty(path: "council.txt"))
        #expect(ProtocolReadingError.empty(path: "council.txt").description.contains("'council.txt' is empty"))
    }

    @Test func binaryFilesAreRefusedAndNamed() {
        // A PDF, a Word file or a web page is read (DocumentFormatTests); a broken one, or another kind, is refused.
        let brokenPDF = error(reading: Array("%PDF-1.7\n".utf8) + [0, 1, 2])
        switch brokenPDF {
        case .unreadablePDF(let path, _)?, .pdfReaderMissing(let path)?, .scannedPDF(let path)?: #expect(path == "council.txt")
        default: Issue.record("a broken PDF gave \(String(describing: brokenPDF))")
        }
        #expect(error(reading: [0x50, 0x4B, 0x03, 0x04, 0, 0, 9]) == .damagedDocument(path: "council.txt", kind: "Word (.docx)", reason: "it is not a complete ZIP archive, as such files are"))
        #expect(error(reading: [0x89, 0x50, 0x4E, 0x47, 0, 0]) == .binary(path: "council.txt", looksLike: "PNG image"))
        #expect(error(reading: [0x41, 0, 0x42, 0x43]) == .binary(path: "council.txt", looksLike: nil))
        // A question bank or a training record given by mistake; a protocol that opens with a bracket is still read.
        #expect(error(reading: Array("\n  {\"council\": \"Oakford Town Council\", \"questions\": []}\n".utf8)) == .binary(path: "council.txt", looksLike: "JSON"))
        #expect(error(reading: Array("[Draft] Oakford Town Council\n\n1. Councillors must not instruct staff.\n".utf8)) == nil)
        let message = ProtocolReadingError.binary(path: "p.png", looksLike: "PNG image").description
        #expect(message.contains("'p.png' is a PNG image file") && message.contains("plain-text"))
    }

    @Test func textWithoutClausesIsRefused() {
        #expect(error(reading: Array("Protocol on Member/Officer Relations\n".utf8)) == .noClauses(path: "council.txt"))
    }

    @Test func missingFilesAndFoldersAreNamed() throws {
        #expect(throws: ProtocolReadingError.notFound(path: "/no/such/protocol.txt")) {
            try reader.read(path: "/no/such/protocol.txt")
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: ProtocolReadingError.isDirectory(path: folder)) { try reader.read(path: folder) }
    }

    @Test func windows1252IsReadWithAWarning() throws {
        // "Officers’ duties" with a Windows-1252 right quote (0x92) and "café" (0xE9).
        var bytes = Array("1. Officers".utf8) + [0x92] + Array(" duties at the caf".utf8) + [0xE9] + Array(" are set out here.\n".utf8)
        bytes += Array("2. Members must not instruct officers.\n".utf8)
        let document = try reader.read(data: Data(bytes), source: "old.txt")
        #expect(document.report.encoding == "Windows-1252")
        #expect(document.report.warnings.contains { $0.message.contains("Windows-1252") })
        #expect(document.text("1") == "Officers’ duties at the café are set out here.")
    }

    @Test func utf16WithByteOrderMarkIsRead() throws {
        let text = "1. Members must not instruct officers.\n2. Officers must be impartial.\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let document = try reader.read(data: Data(bytes), source: "utf16.txt")
        #expect(document.numbers == ["1", "2"])
    }

    @Test func crlfNonBreakingSpacesAndByteOrderMarkReadLikePlainText() throws {
        let plain = try Seeds.text("wimborne-minster")
        let awkward = "\u{FEFF}" + plain.replacingOccurrences(of: "\n", with: "\r\n")
            .replacingOccurrences(of: "Members must", with: "Members\u{00A0}must")
        let expected = reader.read(text: plain)
        let actual = try reader.read(data: Data(awkward.utf8), source: "crlf.txt")
        #expect(actual.clauses == expected.clauses)
    }
}
