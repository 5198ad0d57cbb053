import Crypto
import Foundation
import TrainerModel

/// Turns a clerk's GIFT file into draft questions of a bank, each citing a clause of the bank's protocol through a
/// `[clause 3.2]` marker in its title.
public enum GIFTImport {
    /// The origin of every imported question: `BankStore.carryOverStatuses` keeps such questions through regeneration.
    public static let clerkOrigin = "written by the clerk"

    /// The questions of the GIFT `text` read from `path`, as drafts of `bank`; a question with no clause marker, or
    /// citing a clause `document` lacks, is refused with its line.
    public static func questions(from text: String, path: String, for bank: QuestionBank,
                                 document: CouncilProtocol) throws(BankError) -> [Question] {
        try GIFTReader.read(text, path: path).map { (read) throws(BankError) in try question(read, path: path, bank: bank, document: document) }
    }

    static func question(_ read: GIFTQuestion, path: String, bank: QuestionBank, document: CouncilProtocol) throws(BankError) -> Question {
        let clauses = clauseMarkers(in: read.title)
        guard !clauses.isEmpty else { throw .noClauseMarker(path: path, line: read.line, title: read.title) }
        var citations: [Citation] = []
        for clause in clauses {
            guard let found = document.clause(id: clause) else { throw .unknownClause(path: path, line: read.line, clause: clause) }
            citations.append(Citation(clause: clause, quote: quote(for: clause, in: read.generalFeedback, clauseText: found)))
        }
        let isWho = read.title.range(of: "[who]", options: .caseInsensitive) != nil
        let type: QuestionType
        let options: [(String, Bool, String)]
        switch read.answers {
        case .trueFalse(let isTrue, let wrong, let right):
            type = .yesNo
            options = [("Yes", isTrue, isTrue ? right : wrong), ("No", !isTrue, isTrue ? wrong : right)]
        case .choices(let choices):
            let weighted = choices.contains { $0.weight != nil } && choices.filter(\.right).count > 1
            type = weighted ? .chooseAll : (isWho ? .who : .oneAnswer)
            if !weighted, choices.filter(\.right).count != 1 {
                throw .badGIFT(path: path, line: read.line, problem: "more than one answer is marked right with =; for a choose-all question give each answer a mark, e.g. ~%50% for right ones and ~%-50% for wrong ones")
            }
            options = choices.map { ($0.text, $0.right, $0.feedback) }
        }
        let topic = read.category.flatMap(Topic.init(rawValue:))
            ?? bank.questions.first { $0.citations.contains { $0.clause == clauses[0] } }?.topic ?? .dayToDay
        let id = idInTitle(read.title) ?? "q-" + digest(read.stem + options.map(\.0).joined(separator: "\n"))
        return Question(
            id: id, type: type, kind: .scenario, roles: [.councillor, .officer], topic: topic, stem: read.stem,
            options: options.map { QuestionOption(id: "o-" + digest(id + $0.0).prefix(8), text: $0.0, correct: $0.1, feedback: $0.2) },
            citations: citations, difficulty: .medium, status: .draft,
            origin: "\(clerkOrigin) (imported from \(URL(fileURLWithPath: path).lastPathComponent), line \(read.line))")
    }

    /// Adds the imported questions to the bank; one with the id of a question already there takes its place, unless
    /// it asks the same thing in the same words (an export imported back), when the bank's question and its review stay.
    public static func merge(_ imported: [Question], into bank: inout QuestionBank) {
        for question in imported {
            if let index = bank.questions.firstIndex(where: { $0.id == question.id }) {
                if !bank.questions[index].asksTheSame(as: question) { bank.questions[index] = question }
            } else {
                bank.questions.append(question)
            }
        }
    }

    /// "[clause 3.2]", "[clause 3.2, 4.1]" or "[clauses 3.2 and 4.1]".
    static func clauseMarkers(in title: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: #"\[\s*clauses?\s+([^\]]+)\]"#, options: .caseInsensitive) else { return [] }
        let range = NSRange(title.startIndex..., in: title)
        return regex.matches(in: title, range: range).flatMap { match -> [String] in
            guard let inside = Range(match.range(at: 1), in: title) else { return [] }
            return title[inside].replacingOccurrences(of: " and ", with: ",").split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
    }

    /// The id an export put at the start of the title (q- and hex digits), so a round trip keeps it.
    static func idInTitle(_ title: String) -> String? {
        guard let first = title.split(separator: " ").first, first.hasPrefix("q-"), first.count == 14,
              first.dropFirst(2).allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else { return nil }
        return String(first)
    }

    /// The words quoted for the clause in the general feedback (`Clause 3.2: "…"`) where they are the clause's own;
    /// otherwise the clause's text.
    static func quote(for clause: String, in feedback: String, clauseText found: Clause) -> String {
        let own = ([found.text] + found.items.map(\.text)).joined(separator: "\n")
        guard let start = feedback.range(of: "Clause \(clause): \"") else { return found.text }
        let after = feedback[start.upperBound...]
        guard let end = after.range(of: "\" Clause ") ?? after.range(of: "\"", options: .backwards) else { return found.text }
        let words = String(after[..<end.lowerBound])
        if !words.isEmpty, own.contains(words) { return words }
        return found.text
    }

    static func digest(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined().prefix(12).description
    }
}

extension Question {
    /// The same type, stem, options (words, key and feedback) and citations, whatever the ids, status and origin.
    func asksTheSame(as other: Question) -> Bool {
        let words = { (question: Question) in question.options.map { [$0.text, $0.feedback, $0.correct ? "right" : "wrong"] }.sorted { $0.lexicographicallyPrecedes($1) } }
        return type == other.type && stem == other.stem && citations == other.citations && words(self) == words(other)
    }
}
