import ArgumentParser
import Foundation

@main
struct ProtocolTrainer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol-trainer",
        abstract: "Training on your council's Protocol on Member/Officer Relations, with records of who was trained.",
        discussion: """
        Councillors and officers: 'train' runs an induction, a refresher or a practice session.
        Clerks: 'protocol' reads a protocol into clauses; 'bank' generates and reviews the questions.
        'councils' lists the councils set up here.
        """,
        version: ToolVersion.current,
        subcommands: [TrainCommand.self, CouncilsCommand.self, ProtocolCommand.self, BankCommand.self, RecordsCommand.self]
    )

    /// argument-parser's own `main`, except that a failure's kind, not "1" for every failure, becomes the exit status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard let kind = FailureKind(of: error) else { exit(withError: error) }
            printError("Error: \(error)")
            Foundation.exit(kind.rawValue)
        }
    }
}
