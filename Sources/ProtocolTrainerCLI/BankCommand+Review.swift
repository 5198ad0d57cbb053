import ArgumentParser
import BankKeeping
import Foundation
import LineEditing
import ProtocolReading
import TrainerModel

extension BankCommand {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review a bank's questions one by one: approve, retire, edit, skip, back or quit.",
            discussion: "Drafts are shown in clause order. Every decision is saved at once: quit at any time and run the same command again to carry on with the drafts still left."
        )

        @OptionGroup var location: BankLocation

        @Flag(help: "Review every question, not only drafts (drafts first).")
        var all = false

        @Option(help: ArgumentHelp("Only questions citing this clause (or its sub-clauses), e.g. 3.2.", valueName: "clause"))
        var clause: String?

        @Option(help: ArgumentHelp("Only questions on this topic (\(Topic.allCases.map(\.rawValue).joined(separator: ", "))).", valueName: "topic"))
        var topic: Topic?

        func run() throws {
            let bank = try location.load()
            let path = location.bankPath
            let document = try? ProtocolReader().read(path: location.protocolPath)
            let clauses = document.map(ClauseWords.texts(of:)) ?? [:]
            var session = ReviewSession(bank: bank, document: document, all: all, clause: clause, topic: topic)
            guard !session.isOver else {
                print(all || clause != nil || topic != nil ? "No questions in \(path) match what you asked for." : "There are no draft questions left to review in \(path). To look at every question again, add --all.")
                return
            }
            print("Reviewing \(session.order.count) question\(session.order.count == 1 ? "" : "s") in \(path). Type help at any question.")
            let reader = LineReaders.make(historyFile: nil)
            var saved = session.bank
            var showQuestion = true
            while !session.isOver, let question = session.current {
                if showQuestion { print("\n\(session.progress)\n" + Self.render(question, clauses: clauses), terminator: "") }
                let step: ReviewSession.Step
                reader.setCompletions(session.completions)
                switch reader.read(prompt: session.prompt) {
                case .line(let line): step = session.handle(line)
                case .interrupted, .endOfInput: step = session.handle("quit")
                }
                if session.bank != saved {
                    do { try BankStore.save(session.bank, to: path); saved = session.bank } catch { throw Failure(error) }
                }
                switch step {
                case .openEditor:
                    showQuestion = EditorRun.edit(&session, reader: reader)
                    if session.bank != saved {
                        do { try BankStore.save(session.bank, to: path); saved = session.bank } catch { throw Failure(error) }
                    }
                case .next: showQuestion = true
                case .message(let text): print(text); showQuestion = false
                case .finished: break
                }
            }
            let statuses = session.bank.questions.map(\.status)
            let drafts = statuses.filter { $0 == .draft }.count
            print("\nSaved in \(path): \(statuses.filter { $0 == .approved }.count) approved, \(statuses.filter { $0 == .retired }.count) retired, \(drafts) still draft.")
            if drafts > 0 { print("To carry on, run the same command again.") }
            if document == nil { printError("Note: the protocol \(location.protocolPath) could not be read, so the clauses' words were not shown and edits were checked without it.") }
        }

        static func render(_ question: Question, clauses: [String: String]) -> String {
            var text = QuestionPresenter.render(question)
            for citation in question.citations {
                if let words = clauses[citation.clause] { text += "\nClause \(citation.clause) says: \(words)\n" }
            }
            return text
        }
    }
}

extension Topic: ExpressibleByArgument {}
