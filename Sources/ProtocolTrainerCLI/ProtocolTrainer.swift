import ArgumentParser

@main
struct ProtocolTrainer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol-trainer",
        abstract: "Training on your council's Protocol on Member/Officer Relations, with records of who was trained.",
        discussion: """
        Clerks: read a protocol with 'protocol show' and 'protocol check'.
        The built-in councils are: iminster, northampton, rayleigh, wimborne-minster, district-constitution.
        """,
        version: ToolVersion.current,
        subcommands: [TrainCommand.self, ProtocolCommand.self, BankCommand.self]
    )
}
