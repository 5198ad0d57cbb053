import Foundation
import PropertyBased
import Testing
@testable import BankKeeping
@testable import RuleAnalysis
@testable import TestSupport
@testable import TrainerModel

/// Generated rule sentences (`RuleFragment`: random parties, modals, conditions, the public, things, encouragements)
/// are read as they were built, and generated protocols made of them (`GeneratedLayout.withRuleFragments`: numbering
/// styles, headings, lists, wrapped lines, page furniture) go through reading, analysis, generation and `bank check`
/// without a crash, and every question generated is lint-clean.
///
/// A failure prints the sentence, or the protocol text between `<<<<<<<<` and `>>>>>>>>`, and what went wrong.
/// `READING_CASES=2000 swift test --filter ReadingPropertyTests` tries more cases.
@Suite("Readings and generation on generated protocols")
struct ReadingPropertyTests {
    static let cases = ProcessInfo.processInfo.environment["READING_CASES"].flatMap(Int.init)
    static let sentenceCases = cases ?? 600
    static let protocolCases = cases.map { max(1, $0 / 10) } ?? 40

    @Test("Each generated sentence is read as it was built: its kind, its party, its conditions, or why it is no rule")
    func sentencesAreReadAsBuilt() {
        repeatableCheck(count: Self.sentenceCases, salt: 71, input: RuleFragment.generator()) { fragment in
            let problems = Self.misreadings(of: fragment)
            #expect(problems.isEmpty, "\(fragment.text).\n\(problems.joined(separator: "\n"))")
        }
    }

    @Test("Each generated list item takes its lead-in's force and party, turned round by \"not\" or \"never\"")
    func itemsAreReadAsBuilt() {
        repeatableCheck(count: Self.sentenceCases / 3, salt: 73, input: ListFragment.generator()) { fragment in
            let clause = Clause(id: "1", number: "1", heading: nil, text: fragment.leadIn,
                                items: [ClauseItem(label: "a.", text: fragment.item + ";", line: 2)], line: 1)
            guard let statement = ClauseAnalyser.analyse(clause).last else { return }
            let expected = fragment.expected
            #expect(statement.kind == expected.kind, "\(fragment): \(statement.kind.rawValue), built as \(expected.kind.rawValue)")
            if let binds = expected.binds {
                #expect(statement.binds == binds, "\(fragment): binds \(statement.binds.rawValue), built as \(binds.rawValue)")
            }
            #expect(statement.notARule == expected.notARule, "\(fragment): \(statement.notARule?.rawValue ?? "a rule")")
        }
    }

    @Test("Generated protocols go through every stage, and every question they give is lint-clean")
    func protocolsGiveLintCleanQuestions() {
        repeatableCheck(count: Self.protocolCases, salt: 72, input: GeneratedLayout.ruleFragmentGenerator()) { layout in
            let text = layout.rendered.text
            let run = PipelineRun(text: text)
            var problems = run.failures
            if let bank = run.bank, let document = run.document {
                let check = BankCheck(bank: bank, document: document, protocolSHA256: bank.source.sha256)
                problems += check.problems.map { "\($0.questionID ?? "bank"): \($0.message)" }
                for statement in ClauseAnalyser.analyse(document) where statement.statesRule == (statement.notARule != nil) {
                    problems.append("\(statement.clauseID): \(statement.kind.rawValue) with no-rule reason \(statement.notARule?.rawValue ?? "none")")
                }
            }
            #expect(problems.isEmpty, "<<<<<<<<\n\(text)\n>>>>>>>>\n\(problems.prefix(8).joined(separator: "\n"))")
        }
    }

    /// What the analyser read differently from how `fragment` was built.
    static func misreadings(of fragment: RuleFragment) -> [String] {
        let sentence = fragment.text + "."
        let clause = Clause(id: "1", number: "1", heading: nil, text: sentence, items: [], line: 1)
        guard let statement = ClauseAnalyser.analyse(clause).last else { return ["nothing was read"] }
        let expected = fragment.expected
        var problems: [String] = []
        if statement.kind != expected.kind { problems.append("kind \(statement.kind.rawValue), built as \(expected.kind.rawValue)") }
        if let binds = expected.binds, statement.binds != binds {
            problems.append("binds \(statement.binds.rawValue), built as \(binds.rawValue)")
        }
        if statement.notARule != expected.notARule {
            problems.append("no rule because \(statement.notARule?.rawValue ?? "—"), built as \(expected.notARule?.rawValue ?? "—")")
        }
        if statement.statesRule, Set(statement.conditions) != Set(fragment.expectedConditions) {
            problems.append("conditions \(statement.conditions), built with \(fragment.expectedConditions)")
        }
        return problems
    }
}
