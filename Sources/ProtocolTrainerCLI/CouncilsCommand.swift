import ArgumentParser
import BankKeeping
import Foundation
import TrainerModel

struct CouncilsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "councils",
        abstract: "List the councils whose training is set up here, with how many questions each has."
    )

    func run() throws {
        guard let library = CouncilLibrary.locate() else {
            throw Failure(.inputMissing, "The QuestionBanks folder could not be found. Run protocol-trainer from the project folder, or set PROTOCOL_TRAINER_BANKS.")
        }
        for council in library.councils {
            let path = library.bankPath(council: council)
            if let bank = try? BankStore.load(path) {
                let live = bank.questions.filter { $0.status != .retired }
                let approved = live.filter { $0.status == .approved }.count
                print("\(council.padding(toLength: 24, withPad: " ", startingAt: 0)) \(bank.council ?? "(council not named)"): \(live.count) questions, \(approved) approved by the clerk")
            } else {
                print("\(council.padding(toLength: 24, withPad: " ", startingAt: 0)) no question bank yet: run 'protocol-trainer bank generate \(council) --out \(path)'")
            }
        }
    }
}
