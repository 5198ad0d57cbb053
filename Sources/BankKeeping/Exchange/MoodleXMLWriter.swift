import TrainerModel

/// Writes questions as Moodle XML, one category question before each topic's questions.
public enum MoodleXMLWriter {
    /// The Moodle XML of `questions`; throws where a choose-all question has more right or wrong options than Moodle grades.
    public static func write(_ questions: [Question], council: String?) throws(BankError) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
        var category: String?
        for question in questions {
            let wanted = ExportText.category(council: council, topic: question.topic)
            if wanted != category {
                out += "  <question type=\"category\">\n    <category>\n      <text>\(escape(wanted))</text>\n    </category>\n  </question>\n"
                category = wanted
            }
            out += try element(question)
        }
        return out + "</quiz>\n"
    }

    static func element(_ question: Question) throws(BankError) -> String {
        let moodleType = question.type == .yesNo ? "truefalse" : "multichoice"
        var out = "  <question type=\"\(moodleType)\">\n"
        out += "    <name>\n      <text>\(escape(ExportText.title(question)))</text>\n    </name>\n"
        out += html("questiontext", question.stem)
        out += html("generalfeedback", ExportText.generalFeedback(question))
        out += "    <defaultgrade>1</defaultgrade>\n    <penalty>\(question.type == .yesNo ? "1" : "0.3333333")</penalty>\n"
        out += "    <hidden>0</hidden>\n    <idnumber>\(escape(question.id))</idnumber>\n"
        switch question.type {
        case .yesNo:
            guard let yes = question.options.first(where: { $0.text == "Yes" }),
                  let no = question.options.first(where: { $0.text == "No" }) else {
                throw .cannotExport(id: question.id, reason: "it is a yes/no question whose options are not Yes and No")
            }
            out += answer(fraction: yes.correct ? "100" : "0", text: "true", feedback: yes.feedback, plain: true)
            out += answer(fraction: no.correct ? "100" : "0", text: "false", feedback: no.feedback, plain: true)
        case .oneAnswer, .who, .chooseAll:
            let single = question.type != .chooseAll
            let weights: [String]
            if single {
                weights = question.options.map { $0.correct ? "100" : "0" }
            } else if let shared = MoodleGrade.chooseAllWeights(question.options) {
                weights = shared
            } else {
                throw .cannotExport(id: question.id, reason: "Moodle cannot share the marks among that many right or wrong options")
            }
            out += "    <single>\(single)</single>\n    <shuffleanswers>true</shuffleanswers>\n    <answernumbering>abc</answernumbering>\n"
            for (option, weight) in zip(question.options, weights) {
                out += answer(fraction: weight, text: option.text, feedback: option.feedback, plain: false)
            }
        }
        return out + "  </question>\n"
    }

    static func answer(fraction: String, text: String, feedback: String, plain: Bool) -> String {
        let words = plain ? "      <text>\(text)</text>\n" : "      <text>\(cdata(paragraph(text)))</text>\n"
        return "    <answer fraction=\"\(fraction)\" format=\"\(plain ? "moodle_auto_format" : "html")\">\n" + words
            + "      <feedback format=\"html\">\n        <text>\(cdata(paragraph(feedback)))</text>\n      </feedback>\n    </answer>\n"
    }

    static func html(_ element: String, _ text: String) -> String {
        "    <\(element) format=\"html\">\n      <text>\(cdata(paragraph(text)))</text>\n    </\(element)>\n"
    }

    /// The words as an HTML paragraph: Moodle shows the text as HTML, so & < > are escaped inside it.
    static func paragraph(_ text: String) -> String { "<p>\(escape(text))</p>" }

    /// CDATA keeps the HTML readable; "]]>" inside it would end the section, so it is split across two.
    static func cdata(_ text: String) -> String {
        "<![CDATA[" + text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
