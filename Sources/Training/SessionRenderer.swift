/// Turns session output into text for the terminal: wrapped to its width, coloured only when asked.
public struct SessionRenderer: Sendable {
    public var width: Int
    public var colour: Bool

    public init(width: Int, colour: Bool) {
        self.width = max(30, width)
        self.colour = colour
    }

    private func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    private func green(_ text: String) -> String { colour ? "\u{1B}[32m\(text)\u{1B}[0m" : text }
    private func red(_ text: String) -> String { colour ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
    private func dim(_ text: String) -> String { colour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    public func render(_ output: SessionOutput) -> String {
        switch output {
        case .question(let screen): return question(screen)
        case .hint(let hint): return TextWrap.wrap(hint, width: width) + "\n"
        case .help(let help): return help + "\n"
        case .feedback(let feedback): return self.feedback(feedback)
        case .clauses(let clauses):
            return clauses.map { TextWrap.wrap("Clause \($0.id): \($0.text)", width: width, indent: "", hanging: "  ") }.joined(separator: "\n") + "\n"
        case .finished(let summary): return self.summary(summary)
        case .paused: return ""
        }
    }

    private func question(_ screen: QuestionScreen) -> String {
        var out = "\n" + bold("Question \(screen.number) of \(screen.total)") + "\n"
        out += TextWrap.wrap(screen.stem, width: width) + "\n"
        switch screen.type {
        case .chooseAll: out += dim("Choose all that apply: type every letter that applies, e.g. A C.") + "\n"
        case .yesNo: out += dim("Answer Y (yes) or N (no).") + "\n"
        default: break
        }
        for (index, option) in screen.options.enumerated() {
            out += TextWrap.wrap(option, width: width, indent: "  \(letter(index)). ", hanging: "     ") + "\n"
        }
        if let previous = screen.previousAnswer {
            out += dim(previous.isEmpty ? "You skipped this question before." : "Your answer before: \(previous.joined(separator: " ")).") + "\n"
        }
        return out
    }

    private func feedback(_ feedback: AnswerFeedback) -> String {
        var out: String
        if feedback.score == 1 {
            out = green("Right.") + "\n"
        } else if feedback.score > 0 {
            out = red("Partly right") + " (\(Int((feedback.score * 100).rounded()))% of the marks). The right answers are \(feedback.rightLetters.joined(separator: " ")).\n"
        } else {
            out = red("Not right.") + " The right answer\(feedback.rightLetters.count == 1 ? " is" : "s are") \(feedback.rightLetters.joined(separator: " ")).\n"
        }
        for option in feedback.options {
            let chosen = feedback.chosenLetters.contains(option.letter)
            let mark = option.correct ? "✓" : (chosen ? "✗" : " ")
            out += TextWrap.wrap("\(option.letter). \(option.text)", width: width, indent: " \(mark) ", hanging: "      ") + "\n"
            out += TextWrap.wrap(option.feedback, width: width, indent: "      ", hanging: "      ") + "\n"
        }
        return out
    }

    private func summary(_ summary: AttemptSummary) -> String {
        let result = summary.result
        var out = "\n" + bold("Results") + "\n"
        out += "You answered \(summary.answered) of \(summary.total) questions and scored \(format(result.percent))%.\n"
        if let passed = result.passed, let mark = result.passMark {
            out += passed ? green("Passed") + " (the pass mark is \(format(mark))%).\n" : red("Not passed") + " (the pass mark is \(format(mark))%).\n"
        }
        out += "\nBy topic:\n"
        for topic in result.topics {
            out += "  \(topic.topic.title): \(format(topic.percent))% (\(topic.questions) question\(topic.questions == 1 ? "" : "s"))\n"
        }
        if summary.mode.isExam, !summary.review.isEmpty {
            out += "\n" + bold("To look at again") + "\n"
            for item in summary.review {
                out += "\n" + TextWrap.wrap("\(item.number). \(item.stem)", width: width, indent: "", hanging: "   ") + "\n"
                let yours = item.yourAnswer.isEmpty ? "skipped" : item.yourAnswer.joined(separator: "; ")
                out += TextWrap.wrap("Your answer: \(yours)", width: width, indent: "   ", hanging: "   ") + "\n"
                out += TextWrap.wrap("Right answer: \(item.rightAnswer.joined(separator: "; "))", width: width, indent: "   ", hanging: "   ") + "\n"
                out += TextWrap.wrap(item.explanation, width: width, indent: "   ", hanging: "   ") + "\n"
                for citation in item.citations {
                    out += TextWrap.wrap("Clause \(citation.clause): “\(citation.quote)”", width: width, indent: "   ", hanging: "   ") + "\n"
                }
            }
        }
        return out
    }

    private func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
