import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash, a `kill -9` or a full disk leaves either the old file or the new one, never a torn one:
/// a temporary file in the same folder, fsync, rename over the target, fsync of the folder.
public enum AtomicFile {
    public struct Failure: Error {
        /// What went wrong, in plain words ("the disk is full").
        public let reason: String
    }

    /// With `replacing` false, an existing file at `path` is left alone and the write fails.
    public static func write(_ data: Data, to path: String, permissions: mode_t = 0o644, replacing: Bool = true) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/." + url.lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw Failure(reason: describe(errno)) }
        var failure = data.withUnsafeBytes { writeAll($0, to: descriptor) }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0 {
            if replacing {
                if rename(temporary, path) != 0 { failure = errno }
            } else {
                // link() refuses to replace what is there, where rename() would not.
                if link(temporary, path) != 0 { failure = errno }
                unlink(temporary)
            }
        }
        if failure != 0 {
            unlink(temporary)
            throw Failure(reason: describe(failure))
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Writes every byte, carrying on after a partial write or an interrupted call; 0, or the `errno` that stopped it.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "the disk is full"
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "the folder does not exist"
        case EEXIST: return "a file is already there"
        case EROFS: return "the disk is read-only"
        default: return String(cString: strerror(code))
        }
    }
}
