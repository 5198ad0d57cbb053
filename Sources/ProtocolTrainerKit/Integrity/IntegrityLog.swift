import Foundation
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

    /// True once `records init-key` has started the log for this folder.
    public var isStarted: Bool { FileManager.default.fileExists(atPath: path) }

    /// Starts the log with `key` and seals the records already in the folder as they are now; returns how many.
    public func begin(key: IntegrityKey, recordFiles: [String], now: Date = Date()) throws(IntegrityError) -> Int {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .alreadySetUp(log: path) }
            throw .cannotWriteLog(path: path, reason: AtomicFile.describe(errno))
        }
        defer { close(descriptor) }
        flock(descriptor, LOCK_EX)
        let at = Timestamp.string(now)
        var entry = IntegrityEntry(after: nil, event: .begin, file: "", sha256: key.id, at: at, key: key)
        var lines = entry.line
        for name in recordFiles {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { continue }
            entry = IntegrityEntry(after: entry, event: .found, file: name, sha256: ProtocolFingerprint.sha256(of: data), at: at, key: key)
            lines += entry.line
        }
        try write(lines, to: descriptor)
        return recordFiles.count
    }

    /// Seals one record's new contents (`saved`) or its removal (`removed`, with the contents it had).
    func append(_ event: IntegrityEntry.Event, file: String, contents: Data, key: IntegrityKey, now: Date = Date()) throws(IntegrityError) {
        let descriptor = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotWriteLog(path: path, reason: AtomicFile.describe(errno)) }
        defer { close(descriptor) }
        // The lock makes reading the last line and appending the next one a single step for every writer.
        flock(descriptor, LOCK_EX)
        guard let last = lastEntry(descriptor) else {
            throw .cannotWriteLog(path: path, reason: "its last line is damaged; run 'protocol-trainer records verify'")
        }
        let entry = IntegrityEntry(after: last, event: event, file: file, sha256: ProtocolFingerprint.sha256(of: contents),
                                   at: Timestamp.string(now), key: key)
        try write(entry.line, to: descriptor)
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

    private func lastEntry(_ descriptor: Int32) -> IntegrityEntry? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // Lines are a few hundred bytes; the tail holds the last complete one.
        let size = Int(status.st_size), length = min(size, 8192)
        var tail = [UInt8](repeating: 0, count: length)
        guard pread(descriptor, &tail, length, off_t(size - length)) == length, tail.last == UInt8(ascii: "\n") else { return nil }
        let lastLine = tail.dropLast().split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).last ?? []
        return IntegrityEntry.parse(lastLine)
    }

    private func write(_ data: Data, to descriptor: Int32) throws(IntegrityError) {
        var status = stat()
        fstat(descriptor, &status)
        var code = data.withUnsafeBytes { AtomicFile.writeAll($0, to: descriptor) }
        if code == 0, fsync(descriptor) != 0 { code = errno }
        guard code == 0 else {
            let reason = AtomicFile.describe(code)
            // A half-written line (a full disk) would break the chain for every later record: take it back.
            ftruncate(descriptor, status.st_size)
            throw .cannotWriteLog(path: path, reason: reason)
        }
    }
}
