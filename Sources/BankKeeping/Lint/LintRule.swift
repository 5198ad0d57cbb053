import TrainerModel

/// A fault a reviewer would catch in a question, found by machine. Each rule carries a faulty and a clean example,
/// and one test walks them all.
public struct LintRule: Sendable {
    public let id: String
    /// What the rule looks for, in a sentence.
    public let summary: String
    /// A question this rule must flag, and one it must pass.
    let faulty: Question
    let clean: Question
    let check: @Sendable (Question, CouncilProtocol?) -> [String]

    /// Problems this rule finds in `question`, as sentences.
    public func findings(in question: Question, document: CouncilProtocol? = nil) -> [String] {
        check(question, document)
    }
}

/// A problem found in one question of a bank.
public struct LintFinding: Sendable, Equatable {
    public var questionID: String
    public var rule: String
    public var message: String
}

/// Runs every lint rule over a bank.
public enum BankLint {
    public static func findings(in bank: QuestionBank, document: CouncilProtocol? = nil) -> [LintFinding] {
        bank.questions.flatMap { question in
            LintRules.all.flatMap { rule in
                rule.findings(in: question, document: document).map {
                    LintFinding(questionID: question.id, rule: rule.id, message: $0)
                }
            }
        }
    }
}

extension Question {
    /// Every piece of text a trainee reads, with a name for messages.
    var texts: [(name: String, text: String)] {
        [("stem", stem)] + options.enumerated().flatMap { index, option in
            [("option \(index + 1)", option.text), ("feedback of option \(index + 1)", option.feedback)]
        }
    }
}
