import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One window per attempt: the session that carries on an attempt holds its lock until it stops, so a second window
/// on the same attempt is refused instead of saving its own copy over the first one's answers. The lock goes with the
/// process, so a session that is killed never leaves the attempt locked.
public final class AttemptLock {
    public let attemptID: UUID
    private let path: String
    private let descriptor: Int32

    private init(attemptID: UUID, path: String, descriptor: Int32) {
        self.attemptID = attemptID
        self.path = path
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    /// The lock files' folder inside the records folder (hidden, so lists and exports never see it).
    public static func folder(of recordsFolder: String) -> String { recordsFolder + "/.locks" }

    /// Takes the attempt's lock, or returns nil when another session holds it.
    public static func acquire(_ attemptID: UUID, in recordsFolder: String) throws(RecordError) -> AttemptLock? {
        let folder = folder(of: recordsFolder)
        let path = folder + "/" + attemptID.uuidString.lowercased() + ".lock"
        if mkdir(recordsFolder, 0o700) != 0, errno != EEXIST { throw .cannotWrite(path: recordsFolder, reason: AtomicFile.describe(errno)) }
        while true {
            if mkdir(folder, 0o700) != 0, errno != EEXIST { throw .cannotWrite(path: folder, reason: AtomicFile.describe(errno)) }
            // O_NOFOLLOW guards only the file's own name: a lock folder planted as a symbolic link is refused too.
            var status = stat()
            if lstat(folder, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR { throw .cannotWrite(path: folder, reason: AtomicFile.describe(ELOOP)) }
            let descriptor = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
            // Another session may have removed the emptied lock folder between the two calls: make it again.
            if descriptor < 0, errno == ENOENT { continue }
            guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: AtomicFile.describe(errno)) }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                close(descriptor)
                if code == EWOULDBLOCK || code == EAGAIN { return nil }
                if code == EINTR { continue }
                throw .cannotWrite(path: path, reason: AtomicFile.describe(code))
            }
            // The holder before may have removed the file as it finished: a lock on a removed file locks nothing.
            var held = stat(), current = stat()
            if fstat(descriptor, &held) == 0, lstat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                return AttemptLock(attemptID: attemptID, path: path, descriptor: descriptor)
            }
            close(descriptor)
        }
    }

    /// Whether another session holds the attempt's lock now.
    public static func isHeld(_ attemptID: UUID, in recordsFolder: String) -> Bool {
        let path = folder(of: recordsFolder) + "/" + attemptID.uuidString.lowercased() + ".lock"
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return flock(descriptor, LOCK_SH | LOCK_NB) != 0 && (errno == EWOULDBLOCK || errno == EAGAIN)
    }

    /// Removes the lock file of an attempt that is over (finished, abandoned or purged), while still holding it.
    public func remove() {
        unlink(path)
        // The lock folder goes too once no attempt is open, so a records folder holds only records and logs.
        rmdir(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }
}
