import Foundation
import Testing

/// `bank export` and `bank import`, run as the real program, with their exit statuses.
struct BankExchangeCommandTests {
    @Test func exportPrintsOrWritesBothFormats() throws {
        let gift = try ProgramRunner.run(["bank", "export", "iminster", "--format", "gift"])
        #expect(gift.status == 0, "\(gift.errors)")
        #expect(gift.output.contains("$CATEGORY: $course$/top/Iminster Town Council/") && gift.output.contains("[clause 2.3]::"))
        let folder = try ProgramRunner.temporaryFolder()
        let out = folder.appendingPathComponent("iminster.xml").path
        let xml = try ProgramRunner.run(["bank", "export", "iminster", "--format", "moodle-xml", "--out", out])
        #expect(xml.status == 0 && xml.output.hasPrefix("Wrote ") && xml.output.contains(" questions to \(out)."), "\(xml.errors)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>"))
        let approved = try ProgramRunner.run(["bank", "export", "iminster", "--format", "gift", "--status", "approved"])
        #expect(approved.status == 0 && !approved.output.contains("\n::"))
    }

    @Test func badExportsHaveTheirExitStatus() throws {
        #expect(try ProgramRunner.run(["bank", "export", "iminster", "--format", "docx"]).status == 64)
        #expect(try ProgramRunner.run(["bank", "export", "iminster"]).status == 64)
        #expect(try ProgramRunner.run(["bank", "export", "nowhere-at-all", "--format", "gift"]).status == 66)
        let unwritable = try ProgramRunner.run(["bank", "export", "iminster", "--format", "gift", "--out", "/no/such/folder/x.gift"])
        #expect(unwritable.status == 73 && unwritable.errors.contains("/no/such/folder/x.gift"), "\(unwritable.errors)")
    }

    @Test func importedQuestionsSurviveRegeneration() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bank = folder.appendingPathComponent("bank.json").path
        let gift = folder.appendingPathComponent("ours.gift")
        try "::Our own [clause 2.3]::Cllr Hale asks the caretaker to mow the verge tonight. What should the caretaker do? {\n=Say that requests go through the Clerk.#Right (2.3).\n~Mow it.#No (2.3).\n}\n"
            .write(to: gift, atomically: true, encoding: .utf8)
        let imported = try ProgramRunner.run(["bank", "import", gift.path, "--into", bank])
        #expect(imported.status == 0 && imported.output.contains("Added 1 question to \(bank) as drafts."), "\(imported.errors)")
        let regenerated = try ProgramRunner.run(["bank", "generate", folder.appendingPathComponent("protocol.txt").path, "--out", bank])
        #expect(regenerated.status == 0, "\(regenerated.errors)")
        let text = try String(contentsOfFile: bank, encoding: .utf8)
        #expect(text.contains("Cllr Hale asks the caretaker") && text.contains("written by the clerk (imported from ours.gift, line 1)"))
    }

    @Test func badImportsAreRefusedWithTheirLineAndStatus() throws {
        let folder = try ProgramRunner.copyOfIminster()
        let bank = folder.appendingPathComponent("bank.json").path
        let before = try Data(contentsOf: URL(fileURLWithPath: bank))
        let gift = folder.appendingPathComponent("bad.gift")
        try "::Fine [clause 2.3]::A? {=a ~b}\n\n::Wrong [clause 99.1]::B? {=a ~b}\n".write(to: gift, atomically: true, encoding: .utf8)
        let unknown = try ProgramRunner.run(["bank", "import", gift.path, "--into", bank])
        #expect(unknown.status == 65 && unknown.errors.contains("bad.gift, line 3: the question cites clause 99.1"), "\(unknown.errors)")
        try "::No clause::A? {=a ~b}\n".write(to: gift, atomically: true, encoding: .utf8)
        let unmarked = try ProgramRunner.run(["bank", "import", gift.path, "--into", bank])
        #expect(unmarked.status == 65 && unmarked.errors.contains("line 1: the question 'No clause' does not say which clause it cites"), "\(unmarked.errors)")
        try "// a comment\n::Open [clause 2.3]::A? {=a ~b\n".write(to: gift, atomically: true, encoding: .utf8)
        let open = try ProgramRunner.run(["bank", "import", gift.path, "--into", bank])
        #expect(open.status == 65 && open.errors.contains("line 2: this question cannot be imported"), "\(open.errors)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: bank)) == before)
        #expect(try ProgramRunner.run(["bank", "import", folder.appendingPathComponent("none.gift").path, "--into", bank]).status == 66)
        #expect(try ProgramRunner.run(["bank", "import", gift.path]).status == 64)
    }
}
