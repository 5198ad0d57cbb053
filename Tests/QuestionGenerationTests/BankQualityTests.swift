import Foundation
import Testing
@testable import BankKeeping
@testable import QuestionGeneration
@testable import TestSupport
@testable import TrainerModel

/// The quality bar, asserted on every seed's committed bank.
struct BankQualityTests {
    @Test(arguments: Seeds.councils)
    func committedBankIsWhatTheGeneratorMakesNow(council: String) throws {
        let committed = try Banks.committed(council)
        var fresh = try Banks.generated(council)
        BankStore.carryOverStatuses(from: committed, into: &fresh)
        #expect(String(decoding: try fresh.jsonData(), as: UTF8.self) == String(decoding: try committed.jsonData(), as: UTF8.self),
                "QuestionBanks/\(council)/bank.json is stale: run protocol-trainer bank generate \(council) --out QuestionBanks/\(council)/bank.json")
    }

    /// Only the kinds of question blind readers accepted: a scenario from the catalogue, a "choose all that apply" list
    /// from the protocol's own lists, or a "who" question. Counts of coverage or of questions per clause are no bar: they
    /// rewarded the general forms readers rejected, and a clause with no good question is listed by `bank stats` instead.
    @Test(arguments: Seeds.councils)
    func everyQuestionIsOfAnAcceptedKind(council: String) throws {
        for question in try Banks.committed(council).questions {
            #expect(!question.origin.hasPrefix("rule:"), "\(council) \(question.id): \(question.origin)")
            #expect(Self.isOfAnAcceptedKind(question), "\(council) \(question.id) (\(question.origin), \(question.kind.rawValue), \(question.type.rawValue))")
        }
    }

    static func isOfAnAcceptedKind(_ question: Question) -> Bool {
        (question.origin.hasPrefix("catalogue:") && question.kind == .scenario) || question.type == .who
    }

    @Test(arguments: Seeds.councils)
    func scenariosDoNotCopyTheirClause(council: String) throws {
        for question in try Banks.committed(council).questions where question.kind == .scenario {
            for citation in question.citations {
                #expect(CopiedWords.longestRun(question.stem, citation.quote) < 8, "\(question.id) copies clause \(citation.clause)")
            }
        }
    }

    @Test(arguments: Seeds.councils)
    func bothRolesHaveQuestions(council: String) throws {
        let bank = try Banks.committed(council)
        let minimum = ["wimborne-minster", "northampton"].contains(council) ? 15 : 1
        for role in TraineeRole.allCases {
            #expect(bank.questions.filter { $0.roles.contains(role) }.count >= minimum, "\(council): too few for \(role)s")
        }
    }

    @Test(arguments: Seeds.councils)
    func everyQuestionIsSound(council: String) throws {
        let bank = try Banks.committed(council)
        let document = try Seeds.read(council)
        #expect(BankLint.findings(in: bank, document: document).map { "\($0.questionID) \($0.rule): \($0.message)" } == [])
        let check = BankCheck(bank: bank, document: document, protocolSHA256: ProtocolFingerprint.sha256(of: try Data(contentsOf: URL(fileURLWithPath: Seeds.path(council)))))
        #expect(check.problems.map(\.message) == [])
        for question in bank.questions {
            #expect(question.options.allSatisfy { !$0.feedback.isEmpty })
            if question.type != .chooseAll { #expect(question.options.filter(\.correct).count == 1, "\(question.id)") }
            #expect(Set(question.options.map { $0.text.normalisedForID }).count == question.options.count, "\(question.id)")
        }
    }

    /// "Should avoid X" forbids X; a misreading must still read as English ("need not avoid X", never "may avoid X").
    @Test(arguments: Seeds.councils)
    func wrongOptionsNeverPermitAvoiding(council: String) throws {
        for question in try Banks.committed(council).questions {
            for option in question.options where !option.correct {
                let text = option.text.lowercased()
                #expect(!text.contains(" may avoid ") && !text.contains(" must never avoid "), "\(question.id): \(option.text)")
            }
        }
    }

    @Test func struckTextIsNeverTaught() throws {
        let bank = try Banks.committed("wimborne-minster")
        for question in bank.questions {
            let everything = ([question.stem] + question.options.flatMap { [$0.text, $0.feedback] } + question.citations.map(\.quote)).joined(separator: " ")
            #expect(!everything.contains("This does not prevent an officer raising"), "\(question.id)")
            #expect(!everything.contains("on a personal basis, and in his/her own time"), "\(question.id)")
        }
    }
}
