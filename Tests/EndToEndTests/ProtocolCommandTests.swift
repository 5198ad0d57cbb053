import Foundation
import Testing
@testable import TestSupport

/// `protocol show` and `protocol check`, run as the real program on pipes.
struct ProtocolCommandTests {
    @Test func showPrintsAnOutlineOfABuiltInCouncil() throws {
        let result = try ProgramRunner.run(["protocol", "show", "iminster"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Iminster Town Council\nProtocol on Member / Officer Relations\n"))
        #expect(result.output.contains("24 numbered clauses"))
        #expect(result.output.contains("  4.1     All Councillors can expect:  [12 items]"))
        #expect(!result.output.contains("\u{1B}["))
    }

    @Test func showJSONFollowsTheContract() throws {
        let result = try ProgramRunner.run(["protocol", "show", "rayleigh", "--json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["council"] as? String == "Rayleigh Town Council")
        let clauses = try #require(object["clauses"] as? [[String: Any]])
        #expect(clauses.compactMap { $0["number"] as? String }.count == 12)
        let items = try #require(clauses.first { $0["id"] as? String == "3.3" }?["items"] as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[0]["label"] is NSNull)
    }

    @Test func showAcceptsAFilePathAndACouncilName() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let file = folder.appendingPathComponent("ours.txt")
        try "1. Members must not instruct officers.\n2. Officers must be impartial.\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try ProgramRunner.run(["protocol", "show", file.path, "--json", "--council-name", "Little Snoring Parish Council"])
        #expect(result.status == 0)
        #expect(result.output.contains("\"council\" : \"Little Snoring Parish Council\""))
    }

    @Test func checkReportsWhatWasSetAside() throws {
        let result = try ProgramRunner.run(["protocol", "check", "northampton"])
        #expect(result.status == 0)
        #expect(result.output.contains("Found 29 numbered clauses"))
        #expect(result.output.contains("contents list: \"CONTENTS:\""))
        #expect(result.output.contains("watermark: \"DRAFT\""))
        #expect(result.output.contains("This protocol can be used."))
        let rayleigh = try ProgramRunner.run(["protocol", "check", "rayleigh"])
        #expect(rayleigh.output.contains("Numbers that seem to be missing: 2.2.1."))
    }

    @Test(arguments: [
        ("empty", Data(), "is empty"),
        ("binary", Data([0x00, 0x01, 0x02, 0x03, 0xFF]), "is not text"),
        ("pdf", Data("%PDF-1.4\n%âãÏÓ".utf8), "PDF"),
        ("doc", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]), "save it as a Word document (.docx)"),
        ("no-clauses", Data("Just a title line\n".utf8), "No clauses were found"),
    ])
    func badFilesGetAPlainMessageAndAFailingStatus(name: String, content: Data, message: String) throws {
        let folder = try ProgramRunner.temporaryFolder()
        let file = folder.appendingPathComponent("\(name).txt")
        try content.write(to: file)
        let result = try ProgramRunner.run(["protocol", "check", file.path])
        #expect(result.status != 0)
        #expect(result.errors.contains(message), "stderr was: \(result.errors)")
        #expect(result.errors.contains(file.path))
        #expect(!result.errors.contains("Fatal error"))
    }

    /// A Word file and a web page are read as the plain text is; a missing pdftotext is named with its package and exit
    /// status 69.
    @Test func wordAndWebPagesAreReadAndAMissingPdftotextIsNamed() throws {
        let fixtures = ProgramRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/formats")
        for name in ["iminster.docx", "iminster.html"] {
            try Self.expectRead(fixtures.appendingPathComponent(name), name: name)
        }
        let missing = try ProgramRunner.run(["protocol", "check", fixtures.appendingPathComponent("iminster.pdf").path],
                                            environment: ["PATH": "/nonexistent"])
        #expect(missing.status == 69)
        #expect(missing.errors.contains("poppler-utils"))
    }

    /// A PDF is read as the plain text is, with pdftotext.
    @Test(ExternalTool.pdftotext.required)
    func pdfIsRead() throws {
        try Self.expectRead(ProgramRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/formats/iminster.pdf"), name: "iminster.pdf")
    }

    private static func expectRead(_ file: URL, name: String) throws {
        let result = try ProgramRunner.run(["protocol", "check", file.path])
        #expect(result.status == 0, "\(name): \(result.errors)")
        #expect(result.output.contains("Found 24 numbered clauses"), "\(name): \(result.output)")
    }

    @Test func aFolderOrMissingFileIsNamed() throws {
        let folder = try ProgramRunner.temporaryFolder()
        let asFolder = try ProgramRunner.run(["protocol", "check", folder.path])
        #expect(asFolder.status != 0)
        #expect(asFolder.errors.contains("is a folder, not a protocol file"))
        let missing = try ProgramRunner.run(["protocol", "show", "no-such-council"])
        #expect(missing.status != 0)
        #expect(missing.errors.contains("There is no file at 'no-such-council'"))
    }
}
