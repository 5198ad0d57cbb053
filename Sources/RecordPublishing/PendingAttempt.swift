import Foundation
import TrainerModel
import TrainingRecords

/// A finished attempt with statements the store has not acknowledged: its file, and which of its statement ids are
/// still to go (all of them, unless a store acknowledged only part of a batch).
public struct PendingAttempt: Sendable, Equatable {
    public var path: String
    public var attempt: UUID
    public var statementIDs: [String]

    /// The statement ids of a record, in the order `XAPIStatements.statements(for:)` writes them; none unless finished.
    public static func statementIDs(of record: TrainingRecord) -> [String] {
        XAPIStatements.statementIDs(of: record).map { $0.uuidString.lowercased() }
    }

    /// Every finished attempt in the folder with statements not in `acknowledged`, oldest first, and the files that
    /// could not be read (reported, never sent).
    public static func find(in scanner: RecordScanner, acknowledged: Set<String>,
                            filter: RecordFilter = RecordFilter()) throws -> (pending: [PendingAttempt], damaged: [RecordError]) {
        var found: [(started: String, attempt: PendingAttempt)] = []
        var seen = Set<UUID>()
        let damaged = try scanner.scan(filter) { path, record in
            // A record copied into the folder under another name is the same attempt: it is sent once.
            guard seen.insert(record.attemptId).inserted else { return }
            let missing = statementIDs(of: record).filter { !acknowledged.contains($0) }
            if !missing.isEmpty {
                found.append((record.startedAt, PendingAttempt(path: path, attempt: record.attemptId, statementIDs: missing)))
            }
        }
        found.sort { ($0.started, $0.attempt.path) < ($1.started, $1.attempt.path) }
        return (found.map(\.attempt), damaged)
    }
}
