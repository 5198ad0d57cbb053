import Foundation
import Testing
import BankKeeping
import TrainerModel
import TrainingRecords
@testable import TrainerWorkflows

/// One rule for where a council's bank and protocol are.
struct CouncilLocationTests {
    let library = AttemptPlanningTests.library

    @Test func aBuiltInCouncilIsItsBankWithItsProtocolBeside() throws {
        let location = try CouncilLocation.forTraining(bank: nil, council: "Rayleigh", library: library)
        #expect(location.slug == "rayleigh" && location.bankPath.hasSuffix("QuestionBanks/rayleigh/bank.json"))
        #expect(location.protocolPath.hasSuffix("QuestionBanks/rayleigh/protocol.txt"))
        #expect(CouncilLocation.forBank("rayleigh", library: library) == location)
        #expect(!location.clauseTexts.isEmpty)
    }

    @Test func aBankFileHasNoCouncilNameAndTheProtocolGivenWins() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("location-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Protocol".utf8).write(to: folder.appendingPathComponent("protocol.pdf"))
        let bank = folder.appendingPathComponent("bank.json").path
        #expect(CouncilLocation.forBank(bank, library: library).protocolPath == folder.appendingPathComponent("protocol.pdf").path)
        #expect(CouncilLocation.forBank(bank, protocol: "/elsewhere/p.txt", library: library).protocolPath == "/elsewhere/p.txt")
        #expect(try CouncilLocation.forTraining(bank: bank, council: nil, library: nil).slug == nil)
    }

    @Test func whatIsNeitherABankNorACouncilIsNamed() throws {
        #expect(throws: WorkflowError.noSuchCouncil(name: "Nowhere", councils: library.councils)) {
            try CouncilLocation.forTraining(bank: nil, council: "Nowhere", library: library)
        }
        #expect(throws: WorkflowError.noLibrary) { try CouncilLocation.forTraining(bank: nil, council: "rayleigh", library: nil) }
        let nowhere = CouncilLocation.forBank("nowhere", library: library)
        #expect(throws: WorkflowError.noSuchBank(text: "nowhere", councils: library.councils)) {
            try nowhere.loadBank(typed: "nowhere", library: library)
        }
        #expect(throws: BankError.self) { try CouncilLocation.forBank("/no/such/bank.json", library: library).loadBank(typed: "/no/such/bank.json", library: library) }
    }
}
