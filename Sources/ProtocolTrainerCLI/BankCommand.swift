import ArgumentParser
import BankKeeping
import Foundation
import ProtocolReading
import QuestionGeneration
import TrainerModel
import TrainerWorkflows

struct BankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bank",
        abstract: "Generate a council's question bank from its protocol, check it, and review its questions.",
        subcommands: [Generate.self, Check.self, Stats.self, Show.self, SetStatus.self, Review.self, Add.self, Export.self, Import.self]
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

        @Option(name: .customLong("seed"), parsing: .unconditional,
                help: ArgumentHelp("A number that varies the names, places and option order; the same seed gives the same bank.", valueName: "seed"))
        var seedGiven = TypedNumber(argument: "0")
        var seed: UInt64 { (try? seedGiven.whole("--seed", in: 0...UInt64.max, example: 7)) ?? 0 }

        func validate() throws {
            _ = try seedGiven.whole("--seed", in: 0...UInt64.max, example: 7)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), isFolder.boolValue {
                throw ValidationError("--out \(out) is a folder; give the bank file to write, e.g. --out \(URL(fileURLWithPath: out).appendingPathComponent("bank.json").relativePath).")
            }
            let resolved = { (path: String) in URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
            if resolved(out) == resolved(source.protocolFile) {
                throw ValidationError("--out \(out) is the protocol itself; give the bank file to write beside it, e.g. --out \(URL(fileURLWithPath: out).deletingLastPathComponent().appendingPathComponent("bank.json").relativePath).")
            }
        }

        func run() throws {
            let (document, path) = try source.read()
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw Failure(ProtocolReadingError.unreadable(path: path, reason: "it was moved or changed while it was being read"))
            }
            let result = QuestionGenerator(seed: seed).generate(document, protocolSHA256: ProtocolFingerprint.sha256(of: data))
            var bank = result.bank
            for warning in result.warnings { printError("Warning: \(warning)") }
            // A bank with no questions would only fail later, when someone sits down to train on it.
            guard !bank.questions.isEmpty else {
                throw Failure(.badData, "No questions could be made from '\(path)', so nothing was written to '\(out)'. Check that it is the council's member/officer protocol and that its text was copied in full ('protocol-trainer protocol check \(source.protocolFile)' shows what was read).")
            }
            if FileManager.default.fileExists(atPath: out) {
                do {
                    BankStore.carryOverStatuses(from: try BankStore.load(out), into: &bank)
                } catch {
                    throw Failure(error, then: "The existing file was left as it is; give another file with --out, or move that one away first.")
                }
            }
            do { try BankStore.save(bank, to: out) } catch { throw Failure(error) }
            print("Wrote \(bank.questions.count) question\(bank.questions.count == 1 ? "" : "s") to \(out).")
        }
    }
}

/// Prints a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// A bank named by file, or by a built-in council's name.
struct BankLocation: ParsableArguments {
    @Argument(help: ArgumentHelp("The bank file, or a built-in council's name (e.g. iminster).", valueName: "bank-or-council"))
    var bank: String

    @Option(help: ArgumentHelp("The protocol the bank was generated from (default: the protocol.txt, .pdf, .docx or .html beside the bank).", valueName: "file"))
    var `protocol`: String?

    /// Where the bank and its protocol are, by the one rule every command shares.
    var council: CouncilLocation { CouncilLocation.forBank(bank, protocol: `protocol`, library: CouncilLibrary.locate()) }

    var bankPath: String { council.bankPath }

    var protocolPath: String { council.protocolPath }

    func load() throws -> QuestionBank {
        try workflow { try council.loadBank(typed: bank, library: CouncilLibrary.locate()) }
    }

    /// The protocol and its file's SHA-256.
    func loadProtocol() throws -> (CouncilProtocol, String) {
        let path = protocolPath
        do {
            let document = try ProtocolReader().read(path: path)
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            return (document, ProtocolFingerprint.sha256(of: data))
        } catch let error as ProtocolReadingError {
            throw Failure(error, then: "(Give the bank's protocol with --protocol FILE.)")
        }
    }
}

extension BankCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a bank: its format, whether the protocol changed since, duplicate ids, broken questions and citations, and question shapes readers reject."
        )

        @OptionGroup var location: BankLocation

        func run() throws {
            let bank = try location.load()
            let (document, sha) = try location.loadProtocol()
            let check = BankCheck(bank: bank, document: document, protocolSHA256: sha)
            print(check.render(path: location.bankPath), terminator: "")
            if !check.isClean { throw ExitCode(.findings) }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Count a bank's questions by type, kind, role and topic, and list rule-stating clauses with no question, and why."
        )

        @OptionGroup var location: BankLocation

        func run() throws {
            let bank = try location.load()
            let document = try? location.loadProtocol().0
            print(BankStats(bank: bank, document: document).render(), terminator: "")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one question for review, with the right answers marked.")

        @Argument(help: "The question's id (e.g. q-4d147d78f805).")
        var id: String

        @Option(help: ArgumentHelp("The bank file or built-in council (default: look in every built-in council's bank).", valueName: "bank-or-council"))
        var bank: String?

        func validate() throws { try QuestionLookup.validate(id) }

        func run() throws {
            let (_, found) = try QuestionLookup.find(id, in: bank)
            print(QuestionPresenter.render(found), terminator: "")
        }
    }

    struct SetStatus: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-status",
            abstract: "Approve or retire a question after review (retired questions are never asked)."
        )

        @Argument(help: "The question's id.")
        var id: String

        @Argument(help: "approved, retired or draft.")
        var status: QuestionStatus

        @Option(help: ArgumentHelp("The bank file or built-in council (default: look in every built-in council's bank).", valueName: "bank-or-council"))
        var bank: String?

        func validate() throws { try QuestionLookup.validate(id) }

        func run() throws {
            let (path, _) = try QuestionLookup.find(id, in: bank)
            do {
                var loaded = try BankStore.load(path)
                guard let index = loaded.questions.firstIndex(where: { $0.id == id }) else { throw BankError.unknownQuestion(path: path, id: id) }
                loaded.questions[index].status = status
                try BankStore.save(loaded, to: path)
            } catch let error as BankError {
                throw Failure(error)
            }
            print("\(id) is now \(status.rawValue) in \(path).")
        }
    }
}

extension QuestionStatus: ExpressibleByArgument {}

/// Finds a question by id in one bank or in every built-in bank.
enum QuestionLookup {
    static func validate(_ id: String) throws {
        if id.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("Give the question's id, e.g. q-4d147d78f805 (each question's id is on its \"id\" line in the bank file).")
        }
    }

    static func find(_ id: String, in bank: String?) throws -> (String, Question) {
        var paths: [String] = []
        if let bank {
            paths = [try BankLocation.parse([bank]).bankPath]
        } else if let library = CouncilLibrary.locate() {
            paths = library.councils.map(library.bankPath).filter { FileManager.default.fileExists(atPath: $0) }
        }
        for path in paths {
            let loaded: QuestionBank
            do { loaded = try BankStore.load(path) } catch { throw Failure(error) }
            if let question = loaded.question(id: id) { return (path, question) }
        }
        throw Failure(.inputMissing, "There is no question '\(id)' in \(paths.count == 1 ? paths[0] : "the built-in banks"). Check the id: each question's id is on its \"id\" line in the bank file, e.g. q-4d147d78f805\(bank == nil ? "; for a bank of your own, give it with --bank FILE" : "").")
    }
}
