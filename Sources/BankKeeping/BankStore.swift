import Foundation
import TrainerModel

/// Reads and writes question banks, refusing files that do not follow the bank format.
public enum BankStore {
    /// Reads the bank at `path`; a bad bank is refused with its path and the failing field.
    public static func load(_ path: String) throws(BankError) -> QuestionBank {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .notFound(path: path) }
        if isFolder.boolValue {
            let inside = URL(fileURLWithPath: path).appendingPathComponent("bank.json").path
            throw .isFolder(path: path, bankInside: FileManager.default.fileExists(atPath: inside) ? inside : nil)
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: "it could not be opened")
        }
        return try decode(data, path: path)
    }

    /// Reads a bank from the bytes of the file at `path` (named in the errors), refused as `load` refuses it.
    package static func decode(_ data: Data, path: String) throws(BankError) -> QuestionBank {
        // The usual case, a good bank, is decoded once; only a failure is looked at twice, to say what is wrong.
        if let bank = try? JSONDecoder().decode(QuestionBank.self, from: data) {
            try checkVersion(bank.schemaVersion, path: path)
            return bank
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw .invalid(path: path, field: "the file", problem: "is not JSON")
        }
        guard let top = object as? [String: Any] else { throw .invalid(path: path, field: "the file", problem: "is not a JSON object") }
        guard let version = top["schemaVersion"] as? Int else {
            throw .invalid(path: path, field: "schemaVersion", problem: "is missing or not a number")
        }
        try checkVersion(version, path: path)
        do {
            return try JSONDecoder().decode(QuestionBank.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .invalid(path: path, field: FieldPath.describe(context.codingPath + [key]), problem: "is missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .invalid(path: path, field: FieldPath.describe(context.codingPath), problem: "has the wrong type")
        } catch let DecodingError.valueNotFound(_, context) {
            throw .invalid(path: path, field: FieldPath.describe(context.codingPath), problem: "is null")
        } catch let DecodingError.dataCorrupted(context) {
            throw .invalid(path: path, field: FieldPath.describe(context.codingPath), problem: "has a value that is not allowed")
        } catch {
            throw .invalid(path: path, field: "the file", problem: "could not be read as a question bank")
        }
    }

    /// Versions start at 1: a bank claiming 0 or less was not written by protocol-trainer, and one above the current
    /// needs a newer protocol-trainer.
    static func checkVersion(_ version: Int, path: String) throws(BankError) {
        guard (1...QuestionBank.currentSchemaVersion).contains(version) else { throw .unsupportedVersion(path: path, version: version) }
    }

    /// Writes the bank atomically: a reader never sees half a bank.
    public static func save(_ bank: QuestionBank, to path: String) throws(BankError) {
        let data: Data
        do { data = try bank.jsonData() } catch { throw .cannotWrite(path: path, reason: "it could not be encoded") }
        // Replacing the file by renaming would ignore its read-only mark, which a clerk may have set to keep it as it is.
        if FileManager.default.fileExists(atPath: path), !FileManager.default.isWritableFile(atPath: path) {
            throw .cannotWrite(path: path, reason: "the file is read-only")
        }
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            throw .cannotWrite(path: path, reason: error.reason)
        }
    }

    /// Keeps the clerk's review: questions whose ids survive regeneration keep their status, and the questions the clerk
    /// wrote (imported from GIFT) are kept as they are, after the generated ones.
    ///
    /// A question the clerk edited takes the place of the generated one while its id survives, that is while its
    /// clause's words are unchanged. When its clause changed, the edit is kept for the clerk to look at, back in draft,
    /// with a note saying why.
    public static func carryOverStatuses(from old: QuestionBank, into new: inout QuestionBank) {
        let statuses = Dictionary(old.questions.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        for index in new.questions.indices {
            if let status = statuses[new.questions[index].id] { new.questions[index].status = status }
        }
        let generated = Set(new.questions.map(\.id))
        let byOrigin = Dictionary(new.questions.map { ($0.origin, $0) }, uniquingKeysWith: { first, _ in first })
        let kept = old.questions.filter(\.isClerkWritten).map { question in
            guard question.isEditedByClerk, !generated.contains(question.id) else { return question }
            var changed = question
            if changed.status != .retired { changed.status = .draft }
            let clauses = question.citations.map(\.clause).joined(separator: ", ")
            changed.note = "Back to draft when the bank was generated again: the protocol's words for clause \(clauses) changed since you edited this question, so check that it still fits the clause, then approve or retire it."
            // It takes the place of the question now made from the same frame, citing the clause's new words, so a
            // later regeneration with the clause unchanged keeps it as it is.
            if let successor = question.editedFrom.flatMap({ byOrigin[$0] }) {
                changed.id = successor.id
                changed.citations = successor.citations
            }
            return changed
        }
        GIFTImport.merge(kept, into: &new)
    }
}

extension Question {
    /// Written by the clerk rather than generated: regeneration keeps it.
    public var isClerkWritten: Bool { origin.hasPrefix(GIFTImport.clerkOrigin) }
}
