import Crypto
import Foundation
import TrainerModel

/// xAPI 1.0.3 statements for one finished attempt: passed, failed or completed for the attempt, and one `answered`
/// statement per answer linked to it, with ids that are the same every time the attempt is exported.
public struct XAPIStatements: Sendable {
    /// The council's web address: trainees are identified by an account there, and the activities are named under it.
    public var homePage: String?
    /// Trainees' email addresses by name (as `PersonName.key`), where the clerk supplied them.
    public var emails: [String: String]

    public init(homePage: String? = nil, emails: [String: String] = [:]) {
        self.homePage = homePage
        self.emails = emails
    }

    /// The council's home page for the record: as given, else a placeholder address that can never be a real site.
    public func homePage(for record: TrainingRecord) -> String {
        if let homePage { return homePage.hasSuffix("/") ? String(homePage.dropLast()) : homePage }
        return "https://\(Self.slug(record)).council.invalid"
    }

    /// Statement ids: UUID v5 of the attempt, and of the attempt and question.
    public static func attemptStatementID(_ record: TrainingRecord) -> UUID {
        NameBasedUUID.make(namespace: NameBasedUUID.statements, name: "attempt/" + record.attemptId.uuidString.lowercased())
    }

    /// `occurrence` counts from 1: a question answered a second time in the same attempt (which only a record put
    /// together by hand can hold) gets an id of its own, since a store refuses two statements with one id.
    public static func answerStatementID(_ record: TrainingRecord, questionID: String, occurrence: Int = 1) -> UUID {
        NameBasedUUID.make(namespace: NameBasedUUID.statements,
                           name: "attempt/" + record.attemptId.uuidString.lowercased() + "/question/" + questionID
                               + (occurrence > 1 ? "/\(occurrence)" : ""))
    }

    /// Every statement id of a finished attempt, in the order the statements are written; none for an unfinished one.
    public static func statementIDs(of record: TrainingRecord) -> [UUID] {
        guard record.status == .completed else { return [] }
        return [attemptStatementID(record)] + record.answers.indices.map { index in
            answerStatementID(record, questionID: record.answers[index].questionId, occurrence: occurrence(of: index, in: record.answers))
        }
    }

    /// 1 for the first answer to its question in the attempt, 2 for the second, …
    static func occurrence(of index: Int, in answers: [RecordedAnswer]) -> Int {
        let question = answers[index].questionId
        var count = 1
        for earlier in answers[..<index] where earlier.questionId == question { count += 1 }
        return count
    }

    /// The statements as JSON objects; none for an attempt still going on or abandoned, since a learning record store
    /// cannot take back a statement once sent and an unfinished attempt's answers may still change.
    public func statements(for record: TrainingRecord) -> [String] {
        guard record.status == .completed else { return [] }
        let attempt = XAPIStatementWriter(record, statements: self)
        var out = ExportBytes()
        attempt.appendAttemptStatement(to: &out)
        var made = [String(decoding: out.bytes, as: UTF8.self)]
        for index in record.answers.indices {
            out = ExportBytes()
            attempt.appendAnswerStatement(record.answers[index], occurrence: Self.occurrence(of: index, in: record.answers), to: &out)
            made.append(String(decoding: out.bytes, as: UTF8.self))
        }
        return made
    }

    /// The same statements written to `out`, each after `separator`; returns how many (none for an unfinished attempt).
    package func append(_ record: TrainingRecord, to out: inout ExportBytes, separator: StaticString) -> Int {
        guard record.status == .completed else { return 0 }
        let attempt = XAPIStatementWriter(record, statements: self)
        out.append(separator)
        attempt.appendAttemptStatement(to: &out)
        for index in record.answers.indices {
            out.append(separator)
            attempt.appendAnswerStatement(record.answers[index], occurrence: Self.occurrence(of: index, in: record.answers), to: &out)
        }
        return 1 + record.answers.count
    }

    /// ISO 8601 duration to the hundredth of a second, as xAPI asks: "PT12M30.5S".
    static func duration(_ seconds: Double) -> String {
        var out = ExportBytes()
        append(duration: seconds, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// `duration(seconds)` added to `out`.
    static func append(duration seconds: Double, to out: inout ExportBytes) {
        let hundredths = Int((max(0, seconds) * 100).rounded())
        let hours = hundredths / 360_000, minutes = hundredths / 6000 % 60, rest = Double(hundredths % 6000) / 100
        out.append("PT")
        if hours > 0 {
            out.append(integer: hours)
            out.append("H")
        }
        if minutes > 0 {
            out.append(integer: minutes)
            out.append("M")
        }
        if rest > 0 || (hours == 0 && minutes == 0) {
            JSONText.append(number: rest, to: &out)
            out.append("S")
        }
    }

    /// The council's short name for addresses: its folder name, else its name in lower case with dashes.
    static func slug(_ record: TrainingRecord) -> String {
        if let slug = record.councilSlug, !slug.isEmpty { return slug }
        let words = (record.council ?? "council").lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : " " }
        let slug = String(words).split(separator: " ").joined(separator: "-")
        return slug.isEmpty ? "council" : slug
    }

    /// The trainee's short key, as `Trainee.fileKey` gives it, without its per-byte string formatting (which was a tenth
    /// of an xAPI export's time).
    static func traineeKey(_ trainee: Trainee) -> String {
        let digest = SHA256.hash(data: Data((trainee.name + "\u{1F}" + trainee.role.rawValue).utf8))
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        for byte in digest.prefix(8) { hex += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        return String(decoding: hex, as: UTF8.self)
    }
}
