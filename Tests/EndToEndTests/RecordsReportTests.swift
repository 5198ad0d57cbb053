import Foundation
import Testing
@testable import BankKeeping
@testable import TrainingRecords

/// `records report` run as the real program on records made by the real `train` command.
struct RecordsReportTests {
    @Test func reportWritesOneSelfContainedPageAboutTheTrainedPeople() throws {
        // Two real inductions (Siân O'Brien passed, "Smith, John" failed) and a damaged file.
        let folder = try RecordsCommandTests.trainedFolder()
        let out = folder.appendingPathComponent("report.html")
        let result = try ProgramRunner.run(["records", "report", "--out", out.path, "--records", folder.path, "--interval", "12m", "--within", "30d"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Wrote the report on 2 attempts to \(out.path)."))
        #expect(result.errors.contains("broken.json"), "a damaged record is named, not fatal")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(html.contains("<p class=\"council\">Iminster Town Council</p>"))
        #expect(html.contains("<td>Siân O&#39;Brien</td>") && html.contains("<td>Smith, John</td>"))
        #expect(html.contains("Passed</span>") && html.contains("Not passed</span>"))
        #expect(html.contains("<td>Councillors</td><td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">50%</td>"))
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.contains("Never passed an induction or refresher (1)"))
        #expect(!html.lowercased().contains("<script") && !html.contains("http"))
        // Every question both were asked shows up with its own count, in the words of the council's bank.
        let records = RecordStore(folder: folder.path).all().records.map(\.record)
        let bank = try BankStore.load(ProgramRunner.repositoryRoot.appendingPathComponent("QuestionBanks/iminster/bank.json").path)
        for id in Set(records.flatMap(\.questionOrder)) {
            let stem = try #require(bank.question(id: id)).stem
            #expect(html.contains("<td><span class=\"id\">\(HTMLText.escape(id))</span><br>\(HTMLText.escape(ReportHTML.shortened(stem)))</td>"))
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600, "the report holds personal data")

        let filtered = try ProgramRunner.run(["records", "report", "--out", out.path, "--records", folder.path, "--status", "passed"])
        #expect(filtered.status == 0 && filtered.output.contains("Wrote the report on 1 attempt to"))
        let onlyPassed = try String(contentsOf: out, encoding: .utf8)
        #expect(onlyPassed.contains("Based on 1 training attempt (only status passed)."))
        #expect(onlyPassed.contains("<td>Councillors</td><td class=\"num\">1</td><td class=\"num\">1</td><td class=\"num\">100%</td>"))
        // Who is due still goes by everyone's attempts, as `records due` does, so John is listed as never passed.
        #expect(onlyPassed.contains("Never passed an induction or refresher (1)"))

        let missing = try ProgramRunner.run(["records", "report", "--records", folder.path])
        #expect(missing.status == 64 && missing.errors.contains("--out"))
        let badInterval = try ProgramRunner.run(["records", "report", "--out", out.path, "--interval", "soon", "--records", folder.path])
        #expect(badInterval.status == 64 && badInterval.errors.contains("'soon' is not a length of time"))
    }
}
