import Foundation
import TrainerModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removing old attempts under the council's retention policy: first a list of what would go, then, when confirmed,
/// each file removed with a line in the purge log (kept in the records folder, without the trainee's name).
public struct RecordPurge {
    public let scanner: RecordScanner
    /// Attempts last saved before this moment go.
    public let before: Date
    public let filter: RecordFilter

    /// A purge of the attempts last saved before `before` that pass `filter`.
    public init(scanner: RecordScanner, before: Date, filter: RecordFilter = RecordFilter()) {
        self.scanner = scanner
        self.before = before
        self.filter = filter
    }

    /// The purge log: `purge.log` in the records folder, one line per record removed, appended to.
    public var logPath: String { scanner.store.folder + "/purge.log" }

    /// The attempts that would go, oldest first, and the damaged files that were not considered.
    public func candidates() throws -> (records: [(path: String, record: TrainingRecord)], damaged: [RecordError]) {
        let found = try scanner.collect(filter)
        // The last save is when the record last changed; an unreadable date keeps the record (never remove by guess).
        let old = found.records.filter { DeskDate.moment($0.record.updatedAt).map { $0 < before } ?? false }
        return (old, found.damaged)
    }

    /// What a purge removed, and the attempts left because a training session had them open.
    public struct Outcome: Sendable {
        public var lines: [String] = []
        public var inUse: [String] = []
        /// Temporary copies of records that killed sessions had left behind.
        public var leftoversRemoved = 0
    }

    /// Removes the attempts, writing the purge log's line before each removal so the log never misses one. In a sealed
    /// folder each removal is sealed in two steps (about to remove, removed) under the log's lock, so a purge that is
    /// stopped half-way is still recognised as a purge.
    public func remove(_ records: [(path: String, record: TrainingRecord)], reason: String, now: Date = Date()) throws(RecordsDeskError) -> Outcome {
        let store = scanner.store
        let log = IntegrityLog(folder: store.folder)
        // Where the records are sealed, every removal is sealed too; without the key nothing is removed.
        var sealing: (key: IntegrityKey, held: IntegrityLog.Held)?
        if log.isStarted {
            do {
                let (key, held) = try store.lockWithKey(log)
                sealing = (key, held)
                // A purge stopped between removing a record and sealing the removal is finished now.
                for (file, sha256) in try IntegrityCheck(log: log, key: key).unconfirmedRemovals() {
                    try log.append(.removed, file: file, sha256: sha256, key: key, under: held, now: now)
                }
            } catch { throw .integrity(error) }
        }
        var outcome = Outcome()
        outcome.leftoversRemoved = LeftoverFiles.remove(in: store.folder)
        guard !records.isEmpty else { return outcome }
        let descriptor = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotLog(path: logPath, reason: AtomicFile.describe(errno)) }
        defer { close(descriptor) }
        for (path, record) in records {
            // A session carrying on this attempt keeps it: removing it under the trainee would lose their answers.
            let lock: AttemptLock?
            do { lock = try AttemptLock.acquire(record.attemptId, in: store.folder) } catch { throw .damaged(error) }
            guard let lock else {
                outcome.inUse.append(URL(fileURLWithPath: path).lastPathComponent)
                continue
            }
            let line = Self.logLine(record, path: path, reason: reason, now: now)
            // One write per line with O_APPEND: lines from two clerks at once never interleave.
            let bytes = Array((line + "\n").utf8)
            guard Foundation.write(descriptor, bytes, bytes.count) == bytes.count else {
                throw .cannotLog(path: logPath, reason: AtomicFile.describe(errno))
            }
            let file = URL(fileURLWithPath: path).lastPathComponent
            let sha256 = ProtocolFingerprint.sha256(of: FileManager.default.contents(atPath: path) ?? Data())
            if let sealing {
                do { try log.append(.removing, file: file, sha256: sha256, key: sealing.key, under: sealing.held, now: now) } catch {
                    throw .integrity(error)
                }
            }
            if unlink(path) != 0, errno != ENOENT { throw .cannotRemove(path: path, reason: AtomicFile.describe(errno)) }
            if let sealing {
                do { try log.append(.removed, file: file, sha256: sha256, key: sealing.key, under: sealing.held, now: now) } catch {
                    throw .integrity(error)
                }
            }
            withExtendedLifetime(lock) {}
            outcome.lines.append(line)
        }
        return outcome
    }

    /// "2026-11-23T10:00:00+00:00 removed 3f2a….json: officer, Iminster Town Council, refresher started …, passed (…)".
    static func logLine(_ record: TrainingRecord, path: String, reason: String, now: Date) -> String {
        let facts = AttemptFacts(record)
        return "\(Timestamp.string(now)) removed \(URL(fileURLWithPath: path).lastPathComponent): \(record.trainee.role.rawValue), "
            + "\(facts.councilName), \(record.mode.rawValue) started \(Timestamp.wallClock(record.startedAt)), "
            + "\(facts.outcome.rawValue) (\(reason))"
    }
}
