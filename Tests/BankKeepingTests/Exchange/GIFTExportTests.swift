import Foundation
import Testing
@testable import BankKeeping
@testable import TestSupport
@testable import TrainerModel

/// `bank export --format gift`: the golden file, Moodle's escaping and grades, and an independent GIFT parser.
/// After a deliberate change, regenerate with `UPDATE_GOLDEN=1 swift test --filter GIFTExportTests` and review the diff.
struct GIFTExportTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden/exchange")

    static func compareWithGolden(_ text: String, name: String) throws {
        let file = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" { try text.write(to: file, atomically: true, encoding: .utf8) }
        #expect(text == (try String(contentsOf: file, encoding: .utf8)))
    }

    @Test func theFixtureBankExportsAsTheGoldenGIFT() throws {
        try Self.compareWithGolden(try BankExport.render(ExchangeFixture.bank, format: .gift), name: "fixture.gift")
    }

    @Test func specialCharactersAreEscaped() {
        #expect(GIFTWriter.escape("a ~ b = c # d { e } f : g \\ h\ni") == "a \\~ b \\= c \\# d \\{ e \\} f \\: g \\\\ h\\ni")
        let text = try? BankExport.render(ExchangeFixture.bank, format: .gift)
        #expect(text?.contains("Assistant\\: \"Re-do the notice \\{urgent\\} \\~ priority \\= \\#1\"") == true)
    }

    @Test func typesBecomeMoodleTypes() throws {
        let text = try BankExport.render(ExchangeFixture.bank, format: .gift)
        // Yes/no, right answer No: {FALSE#feedback for answering Yes#feedback for answering No}.
        #expect(text.contains("{\nFALSE#No. Forty pounds is more than the ten pounds the protocol allows (2.1).#Right. A gift from a councillor worth more than ten pounds must not be accepted (2.1).\n"))
        #expect(text.contains("~%50%Write the offer in the gifts book by Friday.#"))
        #expect(text.contains("~%-50%Refuse it because every gift is forbidden.#"))
        #expect(text.contains("~%33.33333%A box of biscuits offered#") && text.contains("~%-100%A card with no gift#"))
        #expect(text.contains("####Clause 2.1\\: \"Staff must not accept a gift from a councillor worth more than ten pounds.\" Clause 2.2\\: "))
        #expect(!text.contains("A retired question"))
        #expect(text.contains("$CATEGORY: $course$/top/Little Fenwick Parish Council/instructions-to-staff\n"))
    }

    @Test func onlyApprovedQuestionsWhenAsked() throws {
        let text = try BankExport.render(ExchangeFixture.bank, format: .gift, statuses: [.approved])
        #expect(text.components(separatedBy: "\n::").count - 1 == 2)
        #expect(text.contains("q-000000000001") && text.contains("q-000000000003") && !text.contains("q-000000000002"))
    }

    /// Every weight is one of Moodle's grades, right ones sum to 100 and wrong ones to -100.
    @Test(arguments: [(1, 1), (2, 2), (3, 1), (4, 5), (7, 3), (10, 10)])
    func chooseAllWeightsAreMoodleGrades(right: Int, wrong: Int) throws {
        let options = (0..<right).map { QuestionOption(id: "r\($0)", text: "r", correct: true, feedback: "") }
            + (0..<wrong).map { QuestionOption(id: "w\($0)", text: "w", correct: false, feedback: "") }
        let weights = try #require(MoodleGrade.chooseAllWeights(options))
        let allowed = Set(MoodleGrade.shares.values).union(MoodleGrade.shares.values.map { "-" + $0 })
        #expect(weights.allSatisfy(allowed.contains))
        let values = weights.compactMap(Double.init)
        #expect(abs(values.filter { $0 > 0 }.reduce(0, +) - 100) < 0.001)
        #expect(abs(values.filter { $0 < 0 }.reduce(0, +) + 100) < 0.001)
    }

    @Test func moreThanTenRightOptionsCannotBeExported() {
        var bank = ExchangeFixture.bank
        bank.questions[3].options = (0..<11).map { QuestionOption(id: "r\($0)", text: "r\($0)", correct: true, feedback: "") }
        #expect(throws: BankError.self) { try BankExport.render(bank, format: .gift) }
        #expect(throws: BankError.self) { try BankExport.render(bank, format: .moodleXML) }
    }

    /// pygiftparserrgmf 0.0.5 (PyPI), which .ci/run installs. Its `%n%` pattern takes whole numbers only, so the
    /// question whose marks are Moodle's 33.33333 is left to the other checks.
    @Test(ExternalTool.pygiftparser.required)
    func anIndependentGIFTParserReadsEveryQuestion() throws {
        let checked = ExchangeFixture.exported.filter { $0.id != "q-000000000005" }
        let text = try GIFTWriter.write(checked, council: ExchangeFixture.bank.council)
        let script = """
        import json, re, sys, io, contextlib
        # The parser unescapes names and question texts, but leaves the escapes in options and feedback.
        plain = lambda t: t if t is None else re.sub(r'\\\\([~=#{}:])', r'\\1', t)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import pygiftparser.parser as p
            result = p.parse(sys.stdin.read())
        print(json.dumps([{"name": q.name, "type": repr(q.answer), "category": q.category,
                           "options": [{"text": plain(o.text), "fraction": o.percentage, "feedback": plain(o.feedback)} for o in q.answer.options]}
                          for q in result.questions]))
        """
        let (status, output) = try ExternalTool.run(["python3", "-c", script], input: text)
        #expect(status == 0, "\(output)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]], "\(output)")
        #expect(parsed.count == checked.count)
        for (question, read) in zip(checked, parsed) {
            #expect(read["name"] as? String == ExportText.title(question))
            #expect((read["category"] as? String)?.hasSuffix("/" + question.topic.rawValue) == true)
            let options = try #require(read["options"] as? [[String: Any]])
            let feedbacks = options.map { $0["feedback"] as? String ?? "" }
            switch question.type {
            case .yesNo:
                #expect(read["type"] as? String == "TrueFalse()")
                #expect(options.count == 1 && options[0]["text"] as? String == (question.options.first { $0.correct }?.text == "Yes" ? "True" : "False"))
                // The parser keeps both feedbacks as one: for a wrong answer, then for a right one.
                let wrong = try #require(question.options.first { !$0.correct })
                let right = try #require(question.options.first { $0.correct })
                #expect(feedbacks[0].hasPrefix("\(wrong.feedback)#\(right.feedback)"))
            case .oneAnswer, .who, .chooseAll:
                #expect(read["type"] as? String == (question.type == .chooseAll ? "MultipleChoiceCheckbox()" : "MultipleChoiceRadio()"))
                #expect(options.count == question.options.count)
                #expect(options.map { $0["text"] as? String } == question.options.map(\.text))
                let fractions = options.map { $0["fraction"] as? Double ?? .nan }
                if question.type == .chooseAll {
                    #expect(fractions == question.options.map { $0.correct ? 0.5 : -0.5 })
                } else {
                    #expect(fractions == question.options.map { $0.correct ? 1.0 : 0.0 })
                }
                // The parser runs the last option's feedback on into the general feedback (####…).
                for (index, option) in question.options.enumerated() {
                    #expect(index == options.count - 1 ? feedbacks[index].hasPrefix(option.feedback) : feedbacks[index] == option.feedback)
                }
            }
        }
    }
}

extension GIFTExportTests {
    /// Every committed bank's export, read by pygiftparserrgmf: each question with its type and number of options.
    @Test(ExternalTool.pygiftparser.required,
          arguments: ["iminster", "rayleigh", "northampton", "wimborne-minster", "district-constitution"])
    func theIndependentParserReadsTheCommittedBanks(council: String) throws {
        let root = Self.golden.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bank = try BankStore.load(root.appendingPathComponent("QuestionBanks/\(council)/bank.json").path)
        let script = """
        import json, sys, io, contextlib
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            import pygiftparser.parser as p
            result = p.parse(sys.stdin.read())
        print(json.dumps([[q.name, repr(q.answer), len(q.answer.options)] for q in result.questions]))
        """
        let (status, output) = try ExternalTool.run(["python3", "-c", script], input: try BankExport.render(bank, format: .gift))
        #expect(status == 0, "\(output)")
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[Any]], "\(output)")
        let expected = BankExport.questions(bank)
        #expect(parsed.count == expected.count)
        for (read, question) in zip(parsed, expected) {
            #expect(read[0] as? String == ExportText.title(question))
            let type = question.type == .yesNo ? "TrueFalse()" : question.type == .chooseAll ? "MultipleChoiceCheckbox()" : "MultipleChoiceRadio()"
            #expect(read[1] as? String == type, "\(question.id)")
            #expect(read[2] as? Int == (question.type == .yesNo ? 1 : question.options.count), "\(question.id)")
        }
    }
}
