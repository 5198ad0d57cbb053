import Foundation
import TrainerModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `integrity.log` in a records folder: one sealed line for every record saved or removed, appended under a lock so
/// that several training sessions at once keep one unbroken chain.
public struct IntegrityLog: Sendable {
    public static let fileName = "integrity.log"
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public var path: String { folder + "/" + Self.fileName }

    /// True once `records init-key` has started the log for this folder (a symbolic link in its place counts, so that
    /// it is refused rather than taken for an unsealed folder).
    public var isStarted: Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// The log held under its lock: exclusive while a record is sealed, shared while `records verify` reads.
    final class Held {
        let descriptor: Int32
        /// The last line, once read or written under this lock.
        var last: IntegrityEntry?

        init(descriptor: Int32) { self.descriptor = descriptor }
        deinit { close(descriptor) }
    }

    /// Starts the log with `key` and seals the records already in the folder as they are now; returns how many.
    /// The log appears whole or not at all: its first line is written under another name, locked, then linked into
    /// place, so a session saving meanwhile waits for the records to be sealed as found before sealing its own save.
    /// `restart` starts a new log where the old one was lost, saying so in its first line.
    public func begin(key: IntegrityKey, recordFiles: [String], restart: Bool = false, now: Date = Date()) throws(IntegrityError) -> Int {
        try begin(key: key, listing: { recordFiles }, restart: restart, now: now)
    }

    /// The same, with the folder listed by `listing` once the log is in place and locked. Listed before, a save that
    /// had not yet seen the log but wrote its file before the log appeared would be in neither the listing nor the log,
    /// and `records verify` would call it put there by hand; listed after, it is found, and a save that sees the log
    /// waits for the lock to seal its own.
    public func begin(key: IntegrityKey, listing: () -> [String], restart: Bool = false, now: Date = Date()) throws(IntegrityError) -> Int {
        let at = Timestamp.string(now)
        var file: TemporaryFile
        do { file = try TemporaryFile.create(in: folder, for: Self.fileName, permissions: 0o600, unnamed: true) } catch {
            throw .cannotWriteLog(path: path, reason: error.reason)
        }
        defer { file.discard() }
        let held = Held(descriptor: dup(file.descriptor))
        flock(held.descriptor, LOCK_EX)
        let first = IntegrityEntry(after: nil, event: restart ? .restarted : .begin, file: "", sha256: key.id, at: at, key: key)
        try write([first.line], to: held.descriptor)
        held.last = first
        let code = file.link(as: path)
        guard code == 0 else {
            if code == EEXIST { throw .alreadySetUp(log: path) }
            throw .cannotWriteLog(path: path, reason: AtomicFile.describe(code))
        }
        AtomicFile.syncFolder(folder)
        let recordFiles = listing()
        var lines: [Data] = []
        var entry = first
        for name in recordFiles {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
            entry = IntegrityEntry(after: entry, event: .found, file: name, sha256: ProtocolFingerprint.sha256(of: data), at: at, key: key)
            lines.append(entry.line)
        }
        do { try write(lines, to: held.descriptor) } catch {
            // Half a start is no start: take the log away again (still under the lock), so init-key can simply be rerun.
            unlink(path)
            throw error
        }
        return recordFiles.count
    }

    /// Before `records init-key --restart`: a log that is there and readable is refused (nothing to restart); one that
    /// is unreadable is renamed aside, never deleted, and its new name returned.
    public func setAsideForRestart(now: Date = Date()) throws(IntegrityError) -> String? {
        guard isStarted else { return nil }
        if let held = try? lock(exclusive: false), (try? keyID(under: held)) != nil { throw .restartNotNeeded(log: path) }
        let aside = path + ".unreadable-" + Timestamp.string(now).prefix(19).replacingOccurrences(of: ":", with: "")
        guard rename(path, aside) == 0 else { throw .cannotWriteLog(path: path, reason: AtomicFile.describe(errno)) }
        return aside
    }

    /// Opens the log and waits for its lock. A log replaced while waiting (a restart) is opened again.
    func lock(exclusive: Bool) throws(IntegrityError) -> Held {
        while true {
            let descriptor = open(path, (exclusive ? O_RDWR | O_APPEND : O_RDONLY) | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else {
                let code = errno
                if code == ENOENT { throw .notSetUp(folder: folder) }
                throw exclusive ? .cannotWriteLog(path: path, reason: AtomicFile.describe(code))
                                : .unreadableLog(path: path, reason: AtomicFile.describe(code))
            }
            let held = Held(descriptor: descriptor)
            while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 && errno == EINTR {}
            var opened = stat(), current = stat()
            if fstat(descriptor, &opened) == 0, lstat(path, &current) == 0, opened.st_ino == current.st_ino, opened.st_dev == current.st_dev {
                return held
            }
        }
    }

    /// Seals one event about a record, under a lock already held.
    func append(_ event: IntegrityEntry.Event, file: String, sha256: String, key: IntegrityKey, under held: Held,
                now: Date = Date()) throws(IntegrityError) {
        guard let last = held.last ?? lastEntry(afterSettingAsideATornLine: held.descriptor) else {
            throw .cannotWriteLog(path: path, reason: "its last line is damaged; run 'protocol-trainer records verify'")
        }
        let entry = IntegrityEntry(after: last, event: event, file: file, sha256: sha256, at: Timestamp.string(now), key: key)
        try write([entry.line], to: held.descriptor)
        held.last = entry
    }

    /// The fingerprint of the key the log was started with, from its first line.
    func keyID(under held: Held) throws(IntegrityError) -> String {
        var head = [UInt8](repeating: 0, count: 4096)
        let count = pread(held.descriptor, &head, head.count, 0)
        guard count > 0, let newline = head[..<count].firstIndex(of: UInt8(ascii: "\n")),
              let first = IntegrityEntry.parse(head[..<newline]), first.event.startsLog else {
            throw .unreadableLog(path: path, reason: "its first line is missing or damaged")
        }
        return first.sha256
    }

    /// The log's lines, as bytes without their newlines, and whether the last one was cut short.
    func lines() throws(IntegrityError) -> (lines: [ArraySlice<UInt8>], unfinished: Bool) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw isStarted ? .unreadableLog(path: path, reason: "permission denied") : .notSetUp(folder: folder)
        }
        let bytes = [UInt8](data)
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return (Array(lines.dropLast()), !(lines.last?.isEmpty ?? true))
    }

    /// The last complete line, read under the exclusive lock. Whole lines are written inside one page (see `write`),
    /// so a session killed while sealing never leaves half a line; a last line without its newline was cut by hand.
    /// It is ended with a newline and kept, for `records verify` to report, and the chain carries on from the last
    /// whole line, instead of every later save going unsealed.
    private func lastEntry(afterSettingAsideATornLine descriptor: Int32) -> IntegrityEntry? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // Lines are a few hundred bytes; the tail holds the last complete one.
        let size = Int(status.st_size), length = min(size, 8192)
        var tail = [UInt8](repeating: 0, count: length)
        guard pread(descriptor, &tail, length, off_t(size - length)) == length else { return nil }
        if tail.last != UInt8(ascii: "\n") {
            guard let newline = tail.lastIndex(of: UInt8(ascii: "\n")), (try? write([Data("\n".utf8)], to: descriptor)) != nil else { return nil }
            tail.removeSubrange((newline + 1)...)
        }
        let lastLine = tail.dropLast().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).last ?? []
        return IntegrityEntry.parse(lastLine)
    }

    /// Lines are padded so that none ever crosses a 4 KiB boundary: the kernel copies a write page by page and stops
    /// between pages when the process is killed, so a line inside one page is written whole or not at all.
    static let page = 4096
    /// No line is longer; a line that would leave less than this in its page is padded to the page's end.
    static let longestLine = 1024

    /// Appends whole lines (each padded with spaces before its newline where needed, which JSON allows), then fsync.
    private func write(_ lines: [Data], to descriptor: Int32) throws(IntegrityError) {
        var status = stat()
        fstat(descriptor, &status)
        var end = Int(status.st_size)
        var code: Int32 = 0
        for line in lines where code == 0 {
            var bytes = line
            let left = Self.page - (end + bytes.count) % Self.page
            if left < Self.longestLine, left < Self.page, end % Self.page + bytes.count + left == Self.page {
                bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: " "), count: left), at: bytes.count - 1)
            }
            code = bytes.withUnsafeBytes { AtomicFile.writeAll($0, to: descriptor) }
            end += bytes.count
        }
        if code == 0, fsync(descriptor) != 0 { code = errno }
        guard code == 0 else {
            let reason = AtomicFile.describe(code)
            // A half-written line (a full disk) would break the chain for every later record: take it back.
            ftruncate(descriptor, status.st_size)
            throw .cannotWriteLog(path: path, reason: reason)
        }
    }
}
