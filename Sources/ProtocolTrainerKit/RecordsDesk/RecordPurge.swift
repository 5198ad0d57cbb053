import Foundation
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

    /// Removes the attempts, writing the log line before each removal so the log never misses one.
    public func remove(_ records: [(path: String, record: TrainingRecord)], reason: String, now: Date = Date()) throws(RecordsDeskError) -> [String] {
        let store = scanner.store
        // Where the records are sealed, every removal is sealed too; without the key nothing is removed.
        if IntegrityLog(folder: store.folder).isStarted {
            do { _ = try IntegrityKey.load(IntegrityKey.location(explicit: store.keyPath)) } catch { throw .integrity(error) }
        }
        let descriptor = open(logPath, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotLog(path: logPath, reason: AtomicFile.describe(errno)) }
        defer { close(descriptor) }
        var lines: [String] = []
        for (path, record) in records {
            let line = Self.logLine(record, path: path, reason: reason, now: now)
            // One write per line with O_APPEND: lines from two clerks at once never interleave.
            let bytes = Array((line + "\n").utf8)
            guard Foundation.write(descriptor, bytes, bytes.count) == bytes.count else {
                throw .cannotLog(path: logPath, reason: AtomicFile.describe(errno))
            }
            let contents = FileManager.default.contents(atPath: path) ?? Data()
            if unlink(path) != 0, errno != ENOENT { throw .cannotRemove(path: path, reason: AtomicFile.describe(errno)) }
            do { try store.seal(contents, of: path, as: .removed) } catch { throw .damaged(error) }
            lines.append(line)
        }
        return lines
    }

    /// "2026-11-23T10:00:00+00:00 removed 3f2a….json: officer, Iminster Town Council, refresher started …, passed (…)".
    static func logLine(_ record: TrainingRecord, path: String, reason: String, now: Date) -> String {
        let facts = AttemptFacts(record)
        return "\(Timestamp.string(now)) removed \(URL(fileURLWithPath: path).lastPathComponent): \(record.trainee.role.rawValue), "
            + "\(facts.councilName), \(record.mode.rawValue) started \(DeskDate.wallClock(record.startedAt)), "
            + "\(facts.outcome.rawValue) (\(reason))"
    }
}
