import ArgumentParser
import Foundation
import ProtocolTrainerKit

struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Generate a council's question bank from its protocol, check it, and review its questions.",
        subcommands: [Generate.self]
    )
}

extension BankCommand {
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate scenario questions from a protocol into a bank the clerk can review.",
            discussion: "Running it again on the same protocol with the same seed writes the same file. Questions kept from an earlier bank at the same place keep their review status."
        )

        @OptionGroup var source: ProtocolSource

        @Option(help: ArgumentHelp("Where to write the bank (e.g. QuestionBanks/our-council/bank.json).", valueName: "file"))
        var out: String

        @Option(help: "A number that varies the names, places and option order; the same seed gives the same bank.")
        var seed: UInt64 = 0

        func run() throws {
            let (document, path) = try source.read()
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            let result = QuestionGenerator(seed: seed).generate(document, protocolSHA256: ProtocolFingerprint.sha256(of: data))
            var bank = result.bank
            if FileManager.default.fileExists(atPath: out) {
                do {
                    BankStore.carryOverStatuses(from: try BankStore.load(out), into: &bank)
                } catch {
                    throw Failure(message: "\(error.description) The existing file was left as it is.")
                }
            }
            do { try BankStore.save(bank, to: out) } catch { throw Failure(message: error.description) }
            for warning in result.warnings { printError("Warning: \(warning)") }
            print("Wrote \(bank.questions.count) question\(bank.questions.count == 1 ? "" : "s") to \(out).")
        }
    }
}

/// Prints a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
