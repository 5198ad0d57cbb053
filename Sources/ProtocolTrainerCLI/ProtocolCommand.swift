import ArgumentParser
import Foundation
import ProtocolReading
import RuleAnalysis
import TrainerModel

struct ProtocolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Read a council's protocol into numbered clauses and check it.",
        subcommands: [Show.self, Check.self, Rules.self]
    )
}

/// Options shared by the protocol commands.
struct ProtocolSource: ParsableArguments {
    @Argument(help: ArgumentHelp("The protocol (a .txt, .pdf, .docx, .odt or .html file), or a built-in council's name (e.g. iminster).", valueName: "file-or-council"))
    var protocolFile: String

    @Option(help: ArgumentHelp("The council's name, where the text does not give it.", valueName: "name"))
    var councilName: String?

    func read() throws -> (CouncilProtocol, String) {
        let path = CouncilLibrary.locate()?.resolveProtocol(protocolFile) ?? protocolFile
        do {
            return (try ProtocolReader(councilName: councilName).read(path: path), path)
        } catch {
            throw Failure(error)
        }
    }

    func validate() throws {
        guard let councilName else { return }
        if councilName.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--council-name needs the council's name, e.g. --council-name \"Rayleigh Town Council\".")
        }
        if councilName.contains(where: { $0.isNewline || ($0.asciiValue.map { $0 < 32 } ?? false) }) {
            throw ValidationError("--council-name contains a line break or another control character; type the council's name on one line.")
        }
    }
}

extension ProtocolCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a protocol's clauses as an outline, or as JSON with --json."
        )

        @OptionGroup var source: ProtocolSource

        @Flag(help: "Print the clauses as JSON for other tools.")
        var json = false

        func run() throws {
            let (document, _) = try source.read()
            if json {
                let data = try document.jsonData()
                FileHandle.standardOutput.write(data)
                FileHandle.standardOutput.write(Data("\n".utf8))
            } else {
                print(ProtocolOutline.render(document), terminator: "")
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that a protocol reads well: clauses found, numbering gaps, what was set aside and why."
        )

        @OptionGroup var source: ProtocolSource

        func run() throws {
            let (document, path) = try source.read()
            let check = ProtocolCheck(document)
            print(check.render(source: path), terminator: "")
            if !check.isUsable { throw ExitCode(.findings) }
        }
    }
}

extension ProtocolCommand {
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List each sentence and list item as a rule: who it binds, what kind of rule (or why it is none), its topic."
        )

        @OptionGroup var source: ProtocolSource

        func run() throws {
            let (document, _) = try source.read()
            for statement in ClauseAnalyser.analyse(document) {
                let place = statement.clauseID + (statement.itemIndex.map { " item \($0 + 1)" } ?? "")
                // "statement (encouragement)": why a sentence states no rule.
                let kind = statement.kind.rawValue + (statement.notARule.map { " (\($0.rawValue))" } ?? "")
                var line = "\(place): \(kind), binds \(statement.binds.rawValue), \(statement.topic.rawValue)"
                if let route = statement.route { line += ", goes to \(route)" }
                if !statement.conditions.isEmpty { line += ", conditions: \(statement.conditions.joined(separator: " | "))" }
                print(line)
                print("    \(statement.quote)")
            }
        }
    }
}
