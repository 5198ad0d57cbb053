import TrainerModel

/// Writes questions in Moodle's GIFT format, one category per topic.
public enum GIFTWriter {
    /// The GIFT text of `questions`; throws where a choose-all question has more right or wrong options than Moodle grades.
    public static func write(_ questions: [Question], council: String?) throws(BankError) -> String {
        var out = "// Exported by protocol-trainer. Each question's title cites its clause: [clause 3.2].\n"
        var category: String?
        for question in questions {
            let wanted = ExportText.category(council: council, topic: question.topic)
            if wanted != category {
                out += "\n$CATEGORY: \(wanted)\n"
                category = wanted
            }
            out += "\n" + (try block(question)) + "\n"
        }
        return out
    }

    static func block(_ question: Question) throws(BankError) -> String {
        var lines = ["::\(escape(ExportText.title(question)))::\(escape(question.stem)) {"]
        switch question.type {
        case .yesNo:
            guard let yes = question.options.first(where: { $0.text == "Yes" }),
                  let no = question.options.first(where: { $0.text == "No" }) else {
                throw .cannotExport(id: question.id, reason: "it is a yes/no question whose options are not Yes and No")
            }
            // Moodle: {T#feedback for a wrong answer#feedback for a right one}.
            let (right, wrong) = yes.correct ? (yes, no) : (no, yes)
            lines.append("\(yes.correct ? "TRUE" : "FALSE")#\(escape(wrong.feedback))#\(escape(right.feedback))")
        case .oneAnswer, .who:
            for option in question.options {
                lines.append("\(option.correct ? "=" : "~")\(escape(option.text))#\(escape(option.feedback))")
            }
        case .chooseAll:
            guard let weights = MoodleGrade.chooseAllWeights(question.options) else {
                throw .cannotExport(id: question.id, reason: "Moodle cannot share the marks among that many right or wrong options")
            }
            for (option, weight) in zip(question.options, weights) {
                lines.append("~%\(weight)%\(escape(option.text))#\(escape(option.feedback))")
            }
        }
        lines.append("####\(escape(ExportText.generalFeedback(question)))")
        lines.append("}")
        return lines.joined(separator: "\n")
    }

    /// GIFT's special characters, and line breaks, which would end the question.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "~", "=", "#", "{", "}", ":": out += "\\\(character)"
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }
}
