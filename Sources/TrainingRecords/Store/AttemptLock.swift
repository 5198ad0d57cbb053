import Foundation
import TrainerModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One window per attempt: the session that carries on an attempt holds its lock until it stops, so a second window
/// on the same attempt is refused instead of saving its own copy over the first one's answers. Every attempt's lock is
/// one byte of a single hidden file in the records folder (an open-file-description lock, taken with fcntl), so the
/// lock goes with the process: a session that is killed never leaves the attempt locked, nor a file behind.
public final class AttemptLock {
    public let attemptID: UUID
    private let descriptor: Int32

    private init(attemptID: UUID, descriptor: Int32) {
        self.attemptID = attemptID
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The lock file's name in the records folder (hidden, so lists and exports never see it).
    public static let fileName = ".attempts.lock"

    /// Takes the attempt's lock, or returns nil when another session holds it.
    public static func acquire(_ attemptID: UUID, in recordsFolder: String) throws(RecordError) -> AttemptLock? {
        let descriptor = try openLockFile(in: recordsFolder)
        var lock = byteLock(attemptID, type: F_WRLCK)
        while fcntl(descriptor, openFileDescriptionSetLock, &lock) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(descriptor)
            if code == EAGAIN || code == EACCES { return nil }
            throw .cannotWrite(path: recordsFolder + "/" + fileName, reason: AtomicFile.describe(code))
        }
        return AttemptLock(attemptID: attemptID, descriptor: descriptor)
    }

    /// Whether a session holds the attempt's lock now.
    public static func isHeld(_ attemptID: UUID, in recordsFolder: String) -> Bool {
        let descriptor = open(recordsFolder + "/" + fileName, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var lock = byteLock(attemptID, type: F_WRLCK)
        return fcntl(descriptor, openFileDescriptionGetLock, &lock) == 0 && lock.l_type != F_UNLCK
    }

    // F_OFD_GETLK and F_OFD_SETLK (Linux 3.15): locks owned by the open file, not the process, so that two windows, or
    // two locks taken in one process, exclude each other. Glibc exports them to Swift only under _GNU_SOURCE.
    private static let openFileDescriptionGetLock: Int32 = 36
    private static let openFileDescriptionSetLock: Int32 = 37

    private static func openLockFile(in recordsFolder: String) throws(RecordError) -> Int32 {
        if mkdir(recordsFolder, 0o700) != 0, errno != EEXIST { throw .cannotWrite(path: recordsFolder, reason: AtomicFile.describe(errno)) }
        let path = recordsFolder + "/" + fileName
        let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: AtomicFile.describe(errno)) }
        return descriptor
    }

    /// The attempt's byte: its id's first 62 bits, so two attempts share a byte with a chance of one in 2^62.
    private static func byteLock(_ attemptID: UUID, type: Int32) -> flock {
        let bytes = withUnsafeBytes(of: attemptID.uuid) { Array($0.prefix(8)) }
        let offset = bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) } & 0x3FFF_FFFF_FFFF_FFFF
        var lock = flock()
        lock.l_type = Int16(type)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(offset)
        lock.l_len = 1
        return lock
    }
}
