import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BankKeeping
@testable import TestSupport
@testable import TrainerModel

/// `bank export --format moodle-xml`: the golden file, xmllint, and a check of what Moodle's XML importer
/// (question/format/xml/format.php in moodle/moodle) reads from each question.
struct MoodleXMLExportTests {
    @Test func theFixtureBankExportsAsTheGoldenXML() throws {
        try GIFTExportTests.compareWithGolden(try BankExport.render(ExchangeFixture.bank, format: .moodleXML), name: "fixture.xml")
    }

    @Test func textIsEscapedInsideCDATA() {
        #expect(MoodleXMLWriter.cdata(MoodleXMLWriter.paragraph("a < b & \"c\" ]]> d")) == "<![CDATA[<p>a &lt; b &amp; &quot;c&quot; ]]&gt; d</p>]]>")
        #expect(MoodleXMLWriter.cdata("x ]]> y") == "<![CDATA[x ]]]]><![CDATA[> y]]>")
    }

    @Test(ExternalTool.xmllint.required)
    func xmllintAcceptsTheExport() throws {
        var bank = ExchangeFixture.bank
        bank.questions[0].options[0].feedback = "Odd characters: ]]> & < > \" ' and an ünïcödé dash –."
        let file = try ExternalTool.temporaryFile(try BankExport.render(bank, format: .moodleXML), suffix: ".xml")
        let (status, output) = try ExternalTool.run(["xmllint", "--noout", file])
        #expect(status == 0, "\(output)")
    }

    @Test func moodlesImporterFindsWhatItReads() throws {
        try MoodleXMLStructure.check(try BankExport.render(ExchangeFixture.bank, format: .moodleXML), expecting: Topic.allCases.flatMap { topic in ExchangeFixture.exported.filter { $0.topic == topic } })
    }

    /// The check itself fails on what Moodle would refuse or misread.
    @Test(arguments: [
        ("<answer fraction=\"50\" format=\"html\">", "<answer fraction=\"45\" format=\"html\">"),
        ("<single>false</single>", "<single>true</single>"),
        ("<answernumbering>abc</answernumbering>", "<answernumbering>a)</answernumbering>"),
        ("<text>true</text>", "<text>True</text>"),
        ("<question type=\"truefalse\">", "<question type=\"multichoice\">"),
    ])
    func theStructuralCheckCatchesWhatMoodleRefuses(good: String, bad: String) throws {
        let xml = try BankExport.render(ExchangeFixture.bank, format: .moodleXML)
        let broken = try #require(xml.range(of: good).map { xml.replacingCharacters(in: $0, with: bad) })
        withKnownIssue {
            try MoodleXMLStructure.check(broken, expecting: Topic.allCases.flatMap { topic in ExchangeFixture.exported.filter { $0.topic == topic } })
        }
    }

    /// The committed banks too, all but their retired questions.
    @Test(arguments: ["iminster", "rayleigh"])
    func committedBanksExportForMoodle(council: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let bank = try BankStore.load(root.appendingPathComponent("QuestionBanks/\(council)/bank.json").path)
        try MoodleXMLStructure.check(try BankExport.render(bank, format: .moodleXML),
                                     expecting: Topic.allCases.flatMap { topic in bank.questions.filter { $0.topic == topic && $0.status != .retired } })
    }
}

/// What qformat_xml (question/format/xml/format.php) reads, written from that importer: `<quiz>` holding `<question>`
/// elements whose `type` attribute picks the import function; `category` questions carry `<category><text>`;
/// import_headers reads `<name><text>`, `<questiontext format><text>`, `<generalfeedback>`, `<defaultgrade>`, `<penalty>`;
/// import_multichoice reads `<single>` and `<shuffleanswers>` through trans_single ("true"/"false"/"1"/"0"),
/// `<answernumbering>` (one of qtype_multichoice's styles) and each `<answer fraction="…">` (a percentage, divided by
/// 100) with `<text>` and `<feedback><text>`; import_truefalse matches `<answer>` texts "true" and "false", the right
/// one having fraction 100. qtype_multichoice then wants, for single, a best answer of exactly 1, and for multiple,
/// positive fractions summing to 1; every fraction must be one of question_bank::fraction_options_full().
enum MoodleXMLStructure {
    static let fractions: [Double] = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25,
                                      0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0]
    static let numberings: Set<String> = ["abc", "ABCD", "123", "iii", "IIII", "none"]

    static func check(_ xml: String, expecting questions: [Question]) throws {
        let document = try XMLDocument(xmlString: xml, options: [])
        let root = try #require(document.rootElement())
        #expect(root.name == "quiz")
        let elements = root.elements(forName: "question")
        let categories = elements.filter { $0.attribute(forName: "type")?.stringValue == "category" }
        for category in categories {
            let path = try #require(text(category, "category"))
            #expect(path.hasPrefix("$course$/top/"))
        }
        let real = elements.filter { $0.attribute(forName: "type")?.stringValue != "category" }
        #expect(real.count == questions.count)
        #expect(Set(categories.compactMap { text($0, "category")?.split(separator: "/").last.map(String.init) }) == Set(questions.map(\.topic.rawValue)))
        for (element, question) in zip(real, questions) {
            let type = element.attribute(forName: "type")?.stringValue
            #expect(type == (question.type == .yesNo ? "truefalse" : "multichoice"), "\(question.id)")
            #expect(text(element, "name")?.contains("[clause \(question.citations[0].clause)") == true)
            #expect(text(element, "questiontext")?.contains(question.stem.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "<", with: "&lt;")) == true)
            #expect(text(element, "generalfeedback")?.contains("Clause \(question.citations[0].clause):") == true)
            #expect(Double(element.elements(forName: "defaultgrade").first?.stringValue ?? "") == 1)
            #expect(Double(element.elements(forName: "penalty").first?.stringValue ?? "").map { (0...1).contains($0) } == true)
            let answers = element.elements(forName: "answer")
            let values = try answers.map { answer in try #require(Double(answer.attribute(forName: "fraction")?.stringValue ?? "")) / 100 }
            for value in values { #expect(fractions.contains { abs($0 - abs(value)) < 0.0000001 }, "\(question.id): \(value)") }
            for answer in answers { #expect(answer.elements(forName: "feedback").first?.elements(forName: "text").first != nil) }
            if type == "truefalse" {
                #expect(answers.map { text($0) } == ["true", "false"])
                let rightText = question.options.first(where: \.correct)?.text == "Yes" ? "true" : "false"
                #expect(answers.filter { $0.attribute(forName: "fraction")?.stringValue == "100" }.map { text($0) } == [rightText])
                continue
            }
            let single = try #require(element.elements(forName: "single").first?.stringValue)
            #expect(["true", "false", "1", "0"].contains(single))
            #expect((single == "true" || single == "1") == (question.type != .chooseAll), "\(question.id)")
            #expect(["true", "false", "1", "0"].contains(element.elements(forName: "shuffleanswers").first?.stringValue ?? ""))
            #expect(numberings.contains(element.elements(forName: "answernumbering").first?.stringValue ?? ""))
            #expect(answers.count == question.options.count)
            if single == "true" {
                #expect(values.max() == 1 && values.filter { $0 == 1 }.count == 1)
            } else {
                #expect((values.filter { $0 > 0 }.reduce(0, +) * 100).rounded() == 100, "\(question.id)")
                #expect(values.filter { $0 < 0 }.count == question.options.filter { !$0.correct }.count)
            }
            for (answer, option) in zip(answers, question.options) {
                #expect(text(answer)?.contains(option.text.replacingOccurrences(of: "&", with: "&amp;")) == true)
                #expect((answer.attribute(forName: "fraction").flatMap(\.stringValue).flatMap(Double.init) ?? 0 > 0) == option.correct)
            }
        }
    }

    /// The `<text>` of the named child, or of the element itself.
    static func text(_ element: XMLElement, _ child: String? = nil) -> String? {
        let holder = child.flatMap { element.elements(forName: $0).first } ?? (child == nil ? element : nil)
        return holder?.elements(forName: "text").first?.stringValue
    }
}
