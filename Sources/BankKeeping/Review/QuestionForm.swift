import Foundation
import TrainerModel

/// The small plain-text form `bank review`'s `editor` command opens in the clerk's `$EDITOR`.
///
///     Question: What should the Clerk do?
///     [x] Tell the Chair.
///     Feedback: Right: clause 3.2 says …
///     [ ] Say nothing.
///     Feedback: No: clause 3.2 says …
///
/// Lines starting with `#` and blank lines are ignored. The options keep their order and number; `[x]` marks a right
/// option and `[ ]` a wrong one; each option's `Feedback:` line comes straight after it.
public enum QuestionForm {
    public static let header = """
        # Edit this question, then save the file and close the editor.
        # Lines starting with # and blank lines are ignored.
        # Question: the question's words, on one line.
        # [x] an option that is right   [ ] an option that is wrong (one option a line, in order)
        # Feedback: the feedback for the option just above it, on one line.
        # Keep the same number of options. To leave the question as it was, close the editor without saving.
        """

    /// A line the form cannot read, numbered from 1 as the editor shows it.
    public struct Problem: Error, Equatable, Sendable {
        public let line: Int?
        public let reason: String
        public var message: String { line.map { "Line \($0): \(reason)" } ?? reason }
    }

    public static func render(_ question: Question) -> String {
        var lines = [header, "", "Question: \(question.stem)"]
        for option in question.options {
            lines.append("\(option.correct ? "[x]" : "[ ]") \(option.text)")
            lines.append("Feedback: \(option.feedback)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `question` with the stem, the options' words, which are right and their feedback as the form says.
    public static func read(_ text: String, into question: Question) -> Result<Question, Problem> {
        var stem: String?
        var options: [(text: String, correct: Bool, feedback: String?)] = []
        for (offset, raw) in text.components(separatedBy: "\n").enumerated() {
            let number = offset + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let words = value(of: line, after: "Question:") {
                guard stem == nil else { return .failure(Problem(line: number, reason: "the question's words are given twice; keep one Question: line.")) }
                guard options.isEmpty else { return .failure(Problem(line: number, reason: "the Question: line must come before the options.")) }
                stem = words
            } else if let words = value(of: line, after: "Feedback:") {
                guard let last = options.indices.last else { return .failure(Problem(line: number, reason: "a Feedback: line must come after the option it is for.")) }
                guard options[last].feedback == nil else { return .failure(Problem(line: number, reason: "this option already has a Feedback: line.")) }
                options[last].feedback = words
            } else if let words = value(of: line, after: "[x]") ?? value(of: line, after: "[X]") {
                options.append((words, true, nil))
            } else if let words = value(of: line, after: "[ ]") ?? value(of: line, after: "[]") {
                options.append((words, false, nil))
            } else {
                return .failure(Problem(line: number, reason: "not a line the form knows. Start it with Question:, [x], [ ], Feedback: or # (a note)."))
            }
        }
        guard let stem else { return .failure(Problem(line: nil, reason: "there is no Question: line.")) }
        guard options.count == question.options.count else {
            return .failure(Problem(line: nil, reason: "the form has \(options.count) option\(options.count == 1 ? "" : "s"); keep the question's \(question.options.count)."))
        }
        var edited = question
        edited.stem = stem
        for (index, option) in options.enumerated() {
            edited.options[index].text = option.text
            edited.options[index].correct = option.correct
            edited.options[index].feedback = option.feedback ?? ""
        }
        return .success(edited)
    }

    private static func value(of line: String, after marker: String) -> String? {
        guard line.hasPrefix(marker) else { return nil }
        return String(line.dropFirst(marker.count)).trimmingCharacters(in: .whitespaces)
    }
}
