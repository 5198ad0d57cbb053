import TrainerModel

/// What `bank check` finds wrong with a bank: stale against its protocol, duplicate ids, broken questions, lint faults.
public struct BankCheck: Sendable {
    public struct Problem: Sendable, Equatable {
        /// The question it concerns, or nil for the bank as a whole.
        public var questionID: String?
        public var message: String
    }

    public let problems: [Problem]

    /// Checks `bank` against the protocol it was generated from (`document`, whose file has `protocolSHA256`).
    public init(bank: QuestionBank, document: CouncilProtocol, protocolSHA256: String) {
        var problems: [Problem] = []
        if bank.source.sha256 != protocolSHA256 {
            problems.append(Problem(questionID: nil, message: "The bank is stale: the protocol has changed since the bank was generated. Generate it again with 'protocol-trainer bank generate'; questions that survive keep their review status."))
        }
        var seen: Set<String> = []
        for question in bank.questions {
            if !seen.insert(question.id).inserted {
                problems.append(Problem(questionID: question.id, message: "The id \(question.id) is used by more than one question."))
            }
            var optionIDs: Set<String> = []
            for option in question.options where !optionIDs.insert(option.id).inserted {
                problems.append(Problem(questionID: question.id, message: "The option id \(option.id) is used twice in this question."))
            }
            if question.citations.isEmpty {
                problems.append(Problem(questionID: question.id, message: "The question cites no clause."))
            }
        }
        for finding in BankLint.findings(in: bank, document: document) {
            problems.append(Problem(questionID: finding.questionID, message: "\(finding.message) [\(finding.rule)]"))
        }
        self.problems = problems
    }

    public var isClean: Bool { problems.isEmpty }

    public func render(path: String) -> String {
        guard !problems.isEmpty else { return "\(path): no problems found.\n" }
        var out = ["\(path): \(problems.count) problem\(problems.count == 1 ? "" : "s") found:"]
        for problem in problems {
            out.append("  \(problem.questionID.map { "\($0): " } ?? "")\(problem.message)")
        }
        out.append("Correct the questions named in the bank file, retire them with 'protocol-trainer bank set-status ID retired', or regenerate the bank with 'protocol-trainer bank generate'; then check it again.")
        return out.joined(separator: "\n") + "\n"
    }
}
