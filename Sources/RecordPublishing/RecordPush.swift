import Foundation
import TrainerModel
import TrainingRecords

/// Sends the statements of every finished attempt a learning record store has not acknowledged, in batches, and writes
/// down each acknowledgement as it comes: stopped at any point, nothing is marked as sent that the store did not take,
/// and the next push carries on from there.
public struct RecordPush {
    public let scanner: RecordScanner
    public let endpoint: LRSEndpoint
    public let transport: any StatementTransport
    public let statements: XAPIStatements
    public var retry: RetryPolicy = .standard
    /// Statements per POST; an attempt is never split between two.
    public var batchSize = 500
    /// The user the store knows the push by, for the message when it refuses the password.
    public var user = ""
    public var filter = RecordFilter()
    /// Only these attempts (after a training, its own); nil for every one waiting.
    public var only: Set<UUID>?
    public var now: @Sendable () -> Date = { Date() }

    public init(scanner: RecordScanner, endpoint: LRSEndpoint, transport: any StatementTransport, statements: XAPIStatements) {
        self.scanner = scanner
        self.endpoint = endpoint
        self.transport = transport
        self.statements = statements
    }

    public var log: AcknowledgementLog { AcknowledgementLog(folder: scanner.store.folder) }

    /// What a push did, also when it stopped part-way.
    public struct Outcome: Sendable {
        public var attemptsSent = 0
        public var statementsSent = 0
        /// Statements the store turned out to hold already (from a push stopped before it wrote them down).
        public var alreadyHeld = 0
        /// Attempts the store refused, with its reason: the rest still went.
        public var rejected: [(attempt: UUID, reason: String)] = []
        /// Statements the store answered for without keeping: they wait for the next push.
        public var notKept = 0
        public var waiting = 0
        public var damaged: [RecordError] = []
        /// Why the push stopped before the end, if it did.
        public var stopped: PushError?
    }

    /// What is waiting, without sending anything.
    public func pending() throws -> (pending: [PendingAttempt], damaged: [RecordError]) {
        let found = try PendingAttempt.find(in: scanner, acknowledged: log.summary(for: endpoint).acknowledged, filter: filter)
        guard let only else { return found }
        return (found.pending.filter { only.contains($0.attempt) }, found.damaged)
    }

    /// Sends what is waiting; `progress` hears (attempts done, attempts waiting) after each batch.
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws -> Outcome {
        let writer = try log.openForPush()
        let (pending, damaged) = try pending()
        var outcome = Outcome()
        outcome.damaged = damaged
        outcome.waiting = pending.count
        var done = 0
        for batch in Self.batches(pending, size: batchSize) {
            do {
                try send(batch, writer: writer, outcome: &outcome)
            } catch let error as PushError {
                outcome.stopped = error
                return outcome
            }
            done += batch.count
            progress(done, pending.count)
        }
        return outcome
    }

    /// Whole attempts, in order, up to `size` statements a batch (an attempt larger than that goes alone).
    static func batches(_ pending: [PendingAttempt], size: Int) -> [[PendingAttempt]] {
        var batches: [[PendingAttempt]] = [], current: [PendingAttempt] = [], count = 0
        for attempt in pending {
            if !current.isEmpty && count + attempt.statementIDs.count > size {
                batches.append(current)
                current = []
                count = 0
            }
            current.append(attempt)
            count += attempt.statementIDs.count
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// One batch: POSTed, and what the store took written down; a refused batch of several attempts is halved until
    /// the attempt it refuses is found, so the others still go.
    func send(_ batch: [PendingAttempt], writer: AcknowledgementLog.Writer, outcome: inout Outcome) throws {
        // Every statement is written after a comma, as the export writes them; the first comma becomes the "[".
        var body = ExportBytes(capacity: batch.count * 12_000)
        var loaded: [PendingAttempt] = []
        for pending in batch {
            guard let record = try? scanner.find(pending.path).record, record.attemptId == pending.attempt else { continue }
            let all = PendingAttempt.statementIDs(of: record)
            // Usually the whole attempt; only the statements still missing where a store took part of it.
            if all == pending.statementIDs {
                _ = statements.append(record, to: &body, separator: ",")
            } else {
                let wanted = Set(pending.statementIDs)
                for (id, statement) in zip(all, statements.statements(for: record)) where wanted.contains(id) {
                    body.append(",")
                    body.append(statement)
                }
            }
            loaded.append(pending)
        }
        guard !loaded.isEmpty, !body.bytes.isEmpty else { return }
        body.bytes[0] = UInt8(ascii: "[")
        body.append("]")
        let answer = try post(Data(body.bytes))
        switch answer.status {
        case 200, 204:
            let stored = try storedIDs(answer)
            try confirm(loaded, stored: stored, writer: writer, outcome: &outcome)
        case 400 where loaded.count > 1, 409 where loaded.count > 1, 413 where loaded.count > 1, 422 where loaded.count > 1:
            let half = loaded.count / 2
            try send(Array(loaded[..<half]), writer: writer, outcome: &outcome)
            try send(Array(loaded[half...]), writer: writer, outcome: &outcome)
        case 409:
            // The store holds statements with these ids: sent by a push that stopped before writing it down (the
            // same), or with other content (the home page changed since). What it holds counts as sent.
            let before = outcome.notKept
            try confirm(loaded, stored: [], writer: writer, outcome: &outcome)
            if outcome.notKept > before {
                let reason = "it holds other statements with the same ids: " + answer.bodyText
                outcome.rejected.append((loaded[0].attempt, reason))
                try writer.append([entry(.rejected, loaded[0].attempt, loaded[0].statementIDs, reason: reason)])
            }
        case 400, 413, 422:
            let reason = answer.bodyText
            outcome.rejected.append((loaded[0].attempt, reason))
            try writer.append([entry(.rejected, loaded[0].attempt, loaded[0].statementIDs, reason: reason)])
        case 401, 403:
            throw PushError.refusedCredentials(url: endpoint.description, user: user, status: answer.status)
        default:
            throw PushError.unexpectedAnswer(url: endpoint.description, status: answer.status, detail: answer.bodyText)
        }
    }

    /// Writes down what the store said it stored; any statement it did not name is looked up one by one, since a store
    /// leaves out of its answer the statements it already held.
    func confirm(_ batch: [PendingAttempt], stored: Set<String>, writer: AcknowledgementLog.Writer, outcome: inout Outcome) throws {
        var entries: [AcknowledgementEntry] = []
        let at = Timestamp.string(now())
        for pending in batch {
            var taken: [String] = []
            for id in pending.statementIDs {
                if stored.contains(id) {
                    taken.append(id)
                    outcome.statementsSent += 1
                } else if try isHeld(id) {
                    taken.append(id)
                    outcome.alreadyHeld += 1
                } else {
                    outcome.notKept += 1
                }
            }
            if !taken.isEmpty {
                entries.append(AcknowledgementEntry(at: at, lrs: endpoint.description, event: .acknowledged, attempt: pending.attempt, statements: taken))
            }
            if taken.count == pending.statementIDs.count { outcome.attemptsSent += 1 }
        }
        try writer.append(entries)
    }

    func isHeld(_ id: String) throws -> Bool {
        guard let uuid = UUID(uuidString: id) else { return false }
        let answer = try attempt { () throws(TransportFailure) in try transport.statement(id: uuid) }
        switch answer.status {
        // The statement itself, or (as Ralph answers) a list of the statements with that id, empty when there is none.
        case 200: return Self.names(id, answer.body)
        case 404: return false
        case 401, 403: throw PushError.refusedCredentials(url: endpoint.description, user: user, status: answer.status)
        default: throw PushError.unexpectedAnswer(url: endpoint.description, status: answer.status, detail: answer.bodyText)
        }
    }

    /// True when a GET's body is the statement with this id, or a statement result listing it.
    static func names(_ id: String, _ body: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else { return false }
        let statements = object["statements"] as? [[String: Any]] ?? [object]
        return statements.contains { ($0["id"] as? String)?.lowercased() == id }
    }

    /// The ids in a POST's answer: a JSON array of strings (an empty body, as for 204, names none).
    func storedIDs(_ answer: LRSAnswer) throws(PushError) -> Set<String> {
        if answer.body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return [] }
        guard let ids = try? JSONDecoder().decode([String].self, from: answer.body) else {
            throw .unexpectedAnswer(url: endpoint.description, status: answer.status, detail: "not a list of statement ids: " + answer.bodyText)
        }
        return Set(ids.map { $0.lowercased() })
    }

    func post(_ body: Data) throws(PushError) -> LRSAnswer {
        try attempt { () throws(TransportFailure) in try transport.post(statements: body) }
    }

    /// One request, tried again after each of the retry policy's waits while the store does not answer or answers
    /// with a server error.
    func attempt(_ request: () throws(TransportFailure) -> LRSAnswer) throws(PushError) -> LRSAnswer {
        var tries = 0
        while true {
            tries += 1
            let reason: String
            do {
                let answer = try request()
                guard RetryPolicy.isTemporary(answer.status) else { return answer }
                reason = "HTTP \(answer.status): \(answer.bodyText)"
            } catch {
                reason = error.reason
            }
            guard tries <= retry.delays.count else {
                throw .unreachable(url: endpoint.description, reason: reason, tries: tries)
            }
            retry.wait(retry.delays[tries - 1])
        }
    }

    func entry(_ event: AcknowledgementEntry.Event, _ attempt: UUID, _ ids: [String], reason: String? = nil) -> AcknowledgementEntry {
        AcknowledgementEntry(at: Timestamp.string(now()), lrs: endpoint.description, event: event, attempt: attempt,
                             statements: ids, reason: reason)
    }
}
