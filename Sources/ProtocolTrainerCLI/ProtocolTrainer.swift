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

    /// argument-parser's own `main`, except that the kind of failure, not "1" for every failure, becomes the exit status.
    static func main() {
        var command: any ParsableCommand
        do { command = try parseAsRoot() } catch { exit(withError: error) }
        do {
            try command.run()
        } catch {
            // argument-parser reports its own errors, with the usage where that helps; --help and --version arrive here
            // too, as its internal CommandError, which can only be told by its module.
            if FailureKind(of: error) == nil, String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { exit(withError: error) }
            // Anything that is not a stage's error is unforeseen, most likely reading or writing a file.
            let kind = FailureKind(of: error)
            printError("Error: \(kind == nil ? error.localizedDescription : "\(error)")")
            Foundation.exit((kind ?? .ioError).rawValue)
        }
    }
}
