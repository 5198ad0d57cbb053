import Foundation
import TrainingRecords

/// What `records push --status` tells the clerk: what waits to go to a store, what it holds, what it refused, and
/// which attempts it still holds that were removed here (to be voided there).
public struct PushStatus: Sendable {
    public var lrs: String
    public var waitingAttempts = 0
    public var waitingStatements = 0
    public var acknowledgedAttempts = 0
    public var acknowledgedStatements = 0
    public var lastAcknowledged: String?
    public var rejected: [(attempt: UUID, reason: String)] = []
    /// Attempts whose records were removed here (purged) while the store holds statements of theirs not voided.
    public var heldAfterRemoval: [UUID] = []
    public var damaged: [RecordError] = []
    public var unreadableLogLines = 0

    /// The status of the push's folder against its store.
    public init(_ push: RecordPush) throws {
        lrs = push.endpoint.description
        let summary = try push.log.summary(for: push.endpoint)
        let (pending, damaged) = try PendingAttempt.find(in: push.scanner, acknowledged: summary.acknowledged, filter: push.filter)
        self.damaged = damaged
        waitingAttempts = pending.count
        waitingStatements = pending.reduce(0) { $0 + $1.statementIDs.count }
        acknowledgedAttempts = summary.attempts.count
        acknowledgedStatements = summary.acknowledged.count
        lastAcknowledged = summary.lastAcknowledged
        unreadableLogLines = summary.unreadableLines
        rejected = summary.rejected.map { ($0.key, $0.value) }.sorted { $0.0.uuidString < $1.0.uuidString }
        heldAfterRemoval = Self.heldAfterRemoval(summary, store: push.scanner.store)
    }

    /// Attempts in the log with statements not voided whose record file is no longer in the folder.
    public static func heldAfterRemoval(_ summary: AcknowledgementLog.Summary, store: RecordStore) -> [UUID] {
        summary.attempts.filter { attempt, ids in
            ids.contains { !summary.voided.contains($0) } && !FileManager.default.fileExists(atPath: store.path(for: attempt))
        }.map(\.key).sorted { $0.uuidString < $1.uuidString }
    }
}
