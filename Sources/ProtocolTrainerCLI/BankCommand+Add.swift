import ArgumentParser
import BankKeeping
import Foundation
import LineEditing

extension BankCommand {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a question of your own, step by step, and add it to a bank as a draft.",
            discussion: "Asks for the clause it cites, the type, the question's words, the options, which are right, each option's feedback and the topic, then shows the question and asks to save it. Type cancel at any prompt to stop without saving. Regenerating the bank keeps the question."
        )

        @OptionGroup var location: BankLocation

        func run() throws {
            var bank = try location.load()
            let (document, _) = try location.loadProtocol()
            var dialogue = AddQuestionDialogue(bank: bank, document: document)
            print(AddQuestionDialogue.opening)
            let reader = LineReaders.make(historyFile: nil)
            reader.setCompletions(["cancel"])
            while true {
                let line: String
                switch reader.read(prompt: dialogue.prompt) {
                case .line(let typed): line = typed
                case .interrupted, .endOfInput:
                    print("\nStopped. Nothing was saved.")
                    return
                }
                switch dialogue.handle(line) {
                case .ask(let message): if !message.isEmpty { print(message) }
                case .cancelled(let message):
                    if !message.isEmpty { print(message) }
                    return
                case .save(let question):
                    guard bank.question(id: question.id) == nil else {
                        print("The bank already has this question (\(question.id)); nothing was added.")
                        return
                    }
                    bank.questions.append(question)
                    do { try BankStore.save(bank, to: location.bankPath) } catch { throw Failure(error) }
                    print("Saved \(question.id) in \(location.bankPath) as a draft. Review it with bank review, or see it with bank show \(question.id).")
                    return
                }
            }
        }
    }
}
