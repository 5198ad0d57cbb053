import Foundation
import TrainerModel
import TrainingRecords

/// Takes an attempt back out of a learning record store: xAPI cannot delete a statement, so each statement the store
/// acknowledged for the attempt gets a voiding statement, after which the store leaves it out of every query. Used
/// when a record was purged under the retention rules, or sent by mistake.
public struct VoidStatements {
    public let push: RecordPush

    public init(push: RecordPush) {
        self.push = push
    }

    /// What was voided.
    public struct Outcome: Sendable, Equatable {
        public var attempt: UUID
        public var voided: Int
        /// Statements voided by an earlier `--void`.
        public var alreadyVoided: Int
    }

    /// The attempt the log knows by this id or its first few characters (the record itself may be gone).
    public func attempt(_ text: String, in summary: AcknowledgementLog.Summary) throws(PushError) -> UUID {
        let wanted = text.lowercased().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".json", with: "")
        let matches = wanted.count >= 4 ? summary.attempts.keys.filter { $0.uuidString.lowercased().hasPrefix(wanted) } : []
        guard matches.count == 1 else { throw .notSent(attempt: text, url: push.endpoint.description) }
        return matches[0]
    }

    /// Voids every acknowledged statement of the attempt not voided already.
    public func run(_ text: String) throws -> Outcome {
        let writer = try push.log.openForPush()
        let summary = try push.log.summary(for: push.endpoint)
        let attempt = try attempt(text, in: summary)
        let targets = summary.attempts[attempt] ?? []
        let waiting = targets.filter { !summary.voided.contains($0) }
        var outcome = Outcome(attempt: attempt, voided: 0, alreadyVoided: targets.count - waiting.count)
        guard !waiting.isEmpty else { return outcome }
        let at = Timestamp.string(push.now())
        let body = "[" + waiting.map { voiding($0, at: at) }.joined(separator: ",") + "]"
        let answer = try push.post(Data(body.utf8))
        switch answer.status {
        case 200, 204:
            try writer.append([push.entry(.voided, attempt, waiting)])
            outcome.voided = waiting.count
            return outcome
        case 401, 403:
            throw PushError.refusedCredentials(url: push.endpoint.description, user: push.user, status: answer.status)
        default:
            throw PushError.unexpectedAnswer(url: push.endpoint.description, status: answer.status, detail: answer.bodyText)
        }
    }

    /// The voiding statement for `target`, its id made from the target's so a repeated void is recognised.
    func voiding(_ target: String, at: String) -> String {
        let id = NameBasedUUID.make(namespace: NameBasedUUID.statements, name: "void/" + target).uuidString.lowercased()
        let home = push.statements.homePage.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "https://protocol-trainer.invalid"
        var out = ExportBytes()
        out.append("{\"id\":\"\(id)\",\"actor\":{\"objectType\":\"Agent\",\"name\":\"Records desk\",\"account\":{\"homePage\":")
        JSONText.append(string: home, to: &out)
        out.append(",\"name\":\"protocol-trainer\"}},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\",\"display\":{\"en-GB\":\"voided\"}}")
        out.append(",\"object\":{\"objectType\":\"StatementRef\",\"id\":\"\(target)\"},\"timestamp\":")
        JSONText.append(string: at, to: &out)
        out.append(",\"version\":\"1.0.3\"}")
        return String(decoding: out.bytes, as: UTF8.self)
    }
}
