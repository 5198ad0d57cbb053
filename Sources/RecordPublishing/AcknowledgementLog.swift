import Foundation
import TrainerModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lrs-push.log` in the records folder: one JSON line per attempt a learning record store acknowledged, voided or
/// refused, only ever appended to. A push holds its lock from start to end, so two pushes never send the same attempt.
public struct AcknowledgementLog: Sendable {
    public static let fileName = "lrs-push.log"
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    public var path: String { folder + "/" + Self.fileName }

    /// What the log says about one store.
    public struct Summary: Sendable {
        /// Statement ids the store acknowledged.
        public var acknowledged: Set<String> = []
        /// Attempts with acknowledged statements, with those ids, in the order first sent.
        public var attempts: [UUID: [String]] = [:]
        /// Statement ids whose voiding the store acknowledged.
        public var voided: Set<String> = []
        /// Attempts last refused, with the store's reason (cleared once acknowledged).
        public var rejected: [UUID: String] = [:]
        /// When the store last acknowledged anything.
        public var lastAcknowledged: String?
        /// Lines that could not be read (a line torn by a stopped push): at worst their statements are sent again.
        public var unreadableLines = 0

        mutating func add(_ entry: AcknowledgementEntry) {
            switch entry.event {
            case .acknowledged:
                acknowledged.formUnion(entry.statements)
                attempts[entry.attempt, default: []].append(contentsOf: entry.statements)
                rejected[entry.attempt] = nil
                lastAcknowledged = entry.at
            case .voided:
                voided.formUnion(entry.statements)
            case .rejected:
                rejected[entry.attempt] = entry.reason ?? "refused"
            }
        }
    }

    /// The log read for `endpoint`; an absent log is an empty one.
    public func summary(for endpoint: LRSEndpoint) throws(PushError) -> Summary {
        let all = try summaries()
        return all[endpoint.description] ?? Summary(unreadableLines: all.values.first?.unreadableLines ?? 0)
    }

    /// The log read for every store it names, by the store's address.
    public func summaries() throws(PushError) -> [String: Summary] {
        var summaries: [String: Summary] = [:]
        guard let data = try contents() else { return [:] }
        let decoder = JSONDecoder()
        var unreadable = 0
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            guard let entry = try? decoder.decode(AcknowledgementEntry.self, from: Data(line)) else {
                unreadable += 1
                continue
            }
            summaries[entry.lrs, default: Summary()].add(entry)
        }
        for key in summaries.keys { summaries[key]!.unreadableLines = unreadable }
        return summaries
    }

    /// The stores that hold statements, not voided, of any of `attempts`, and which: after a purge the clerk is told,
    /// since removing a record here does not remove what a store was sent.
    public func storesHolding(_ attempts: Set<UUID>) -> [(lrs: String, attempts: [UUID])] {
        guard let summaries = try? summaries() else { return [] }
        return summaries.compactMap { lrs, summary in
            let held = summary.attempts.filter { attempts.contains($0.key) && $0.value.contains { !summary.voided.contains($0) } }
            return held.isEmpty ? nil : (lrs, held.keys.sorted { $0.uuidString < $1.uuidString })
        }.sorted { $0.lrs < $1.lrs }
    }

    private func contents() throws(PushError) -> Data? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return nil }
            throw .unreadableLog(path: path, reason: AtomicFile.describe(errno))
        }
        defer { close(descriptor) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        do { return try handle.readToEnd() ?? Data() } catch { throw .unreadableLog(path: path, reason: error.localizedDescription) }
    }

    /// The log opened for appending and locked for the length of one push (or a void).
    public final class Writer {
        let descriptor: Int32
        let path: String

        init(descriptor: Int32, path: String) {
            self.descriptor = descriptor
            self.path = path
        }

        deinit { close(descriptor) }

        /// Appends the entries and makes them durable before the push goes on: an acknowledgement written down is
        /// never sent again, one not written down is only sent again.
        public func append(_ entries: [AcknowledgementEntry]) throws(PushError) {
            guard !entries.isEmpty else { return }
            var bytes = Data()
            for entry in entries { bytes.append(entry.line) }
            let code = bytes.withUnsafeBytes { AtomicFile.writeAll($0, to: descriptor) }
            guard code == 0, fsync(descriptor) == 0 else { throw .cannotLog(path: path, reason: AtomicFile.describe(code == 0 ? errno : code)) }
        }
    }

    /// Opens the log for appending, creating it readable only by the owner (it names attempts, not people), and takes
    /// its lock without waiting: a second push at the same moment is told to try again.
    public func openForPush() throws(PushError) -> Writer {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotLog(path: path, reason: AtomicFile.describe(errno)) }
        var result: Int32
        repeat { result = flock(descriptor, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
        guard result == 0 else {
            close(descriptor)
            throw .busy(path: path)
        }
        let writer = Writer(descriptor: descriptor, path: path)
        // A push stopped in the middle of a line leaves it without its newline: end it, so the next line stands alone.
        var last: UInt8 = 0
        let size = lseek(descriptor, 0, SEEK_END)
        if size > 0, pread(descriptor, &last, 1, size - 1) == 1, last != UInt8(ascii: "\n") {
            _ = Foundation.write(descriptor, "\n", 1)
        }
        return writer
    }
}
