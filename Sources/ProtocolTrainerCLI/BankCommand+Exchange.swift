import ArgumentParser
import BankKeeping
import Foundation
import TrainerModel

extension BankExportFormat: ExpressibleByArgument {}

extension BankCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a bank's questions for Moodle, as GIFT or Moodle XML, one category per topic.",
            discussion: "Retired questions are left out; --status approved exports only the approved ones. Each question's title cites its clause, e.g. [clause 3.2]."
        )

        @OptionGroup var location: BankLocation

        @Option(help: ArgumentHelp("gift or moodle-xml.", valueName: "format"))
        var format: BankExportFormat

        @Option(help: ArgumentHelp("Export only the questions with this status (draft, approved or retired).", valueName: "status"))
        var status: QuestionStatus?

        @Option(help: ArgumentHelp("The file to write (default: print it).", valueName: "file"))
        var out: String?

        func run() throws {
            let bank = try location.load()
            let statuses: Set<QuestionStatus> = status.map { [$0] } ?? [.draft, .approved]
            let text: String
            do { text = try BankExport.render(bank, format: format, statuses: statuses) } catch { throw Failure(error) }
            guard let out else { print(text, terminator: ""); return }
            do { try AtomicFile.write(Data(text.utf8), to: out) } catch {
                throw Failure(.cannotCreateOutput, "The export could not be written to '\(out)' (\(error.reason)). Check that the folder exists and that you may write to it.")
            }
            let count = BankExport.questions(bank, statuses: statuses).count
            print("Wrote \(count) question\(count == 1 ? "" : "s") to \(out).")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the clerk's own questions from a GIFT file to a bank, as drafts.",
            discussion: "Each question's title must cite a clause of the bank's protocol, e.g. ::Gifts [clause 3.2]::. Nothing is added if any question is refused. Regenerating the bank keeps these questions."
        )

        @Argument(help: ArgumentHelp("The GIFT file (e.g. our-questions.gift).", valueName: "file.gift"))
        var file: String

        @Option(help: ArgumentHelp("The bank file, or a built-in council's name.", valueName: "bank-or-council"))
        var into: String

        @Option(help: ArgumentHelp("The protocol the bank was generated from (default: the protocol beside the bank).", valueName: "file"))
        var `protocol`: String?

        func run() throws {
            var arguments = [into]
            if let given = `protocol` { arguments += ["--protocol", given] }
            let location = try BankLocation.parse(arguments)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
                throw Failure(.inputMissing, "'\(file)' is a folder; give the GIFT file inside it, e.g. \(URL(fileURLWithPath: file).appendingPathComponent("questions.gift").relativePath).")
            }
            let text: String
            do { text = try String(contentsOfFile: file, encoding: .utf8) } catch {
                let missing = !FileManager.default.fileExists(atPath: file)
                throw Failure(missing ? .inputMissing : .badData, missing
                    ? "There is no GIFT file at '\(file)'. Check the name and the folder."
                    : "'\(file)' could not be read as a UTF-8 text file. Save it as plain text (UTF-8) and import it again.")
            }
            var bank = try location.load()
            let (document, _) = try location.loadProtocol()
            do {
                let imported = try GIFTImport.questions(from: text, path: file, for: bank, document: document)
                guard !imported.isEmpty else {
                    throw Failure(.badData, "'\(file)' has no questions. Write each question as ::title [clause 3.2]::question {=right answer ~wrong answer}, with a blank line between questions.")
                }
                GIFTImport.merge(imported, into: &bank)
                try BankStore.save(bank, to: location.bankPath)
                print("Added \(imported.count) question\(imported.count == 1 ? "" : "s") to \(location.bankPath) as drafts.")
            } catch let error as BankError { throw Failure(error) }
        }
    }
}
