import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash, a `kill -9` or a full disk leaves either the old file or the new one, never a torn one:
/// the bytes go to a new file in the same folder, fsync, rename over the target, fsync of the folder.
public enum AtomicFile {
    public struct Failure: Error {
        /// What went wrong, in plain words ("the disk is full").
        public let reason: String
    }

    /// With `replacing` false, an existing file at `path` is left alone and the write fails. `unnamed` keeps the new
    /// file nameless until it is complete, where the file system allows it (see `TemporaryFile`).
    public static func write(_ data: Data, to path: String, permissions: mode_t = 0o644, replacing: Bool = true,
                             unnamed: Bool = false) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        // A named copy that a stopped write of the same file left behind goes first (in the records folder, where
        // files are unnamed, the next session clears them all at once).
        if !unnamed { LeftoverFiles.remove(in: folder, for: url.lastPathComponent) }
        var file = try TemporaryFile.create(in: folder, for: url.lastPathComponent, permissions: permissions, unnamed: unnamed)
        var failure = data.withUnsafeBytes { writeAll($0, to: file.descriptor) }
        if failure == 0, fsync(file.descriptor) != 0 { failure = errno }
        if failure == 0 {
            failure = replacing ? file.rename(over: path) : file.link(as: path)
        }
        file.discard()
        if failure != 0 { throw Failure(reason: describe(failure)) }
        syncFolder(folder)
    }

    /// Makes a rename or a new name in `folder` durable.
    package static func syncFolder(_ folder: String) {
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    /// Writes every byte, carrying on after a partial write or an interrupted call; 0, or the `errno` that stopped it.
    package static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
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

    /// An `errno` in the plain words a clerk's message uses ("the disk is full").
    package static func describe(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "the disk is full"
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "the folder does not exist"
        case EEXIST: return "a file is already there"
        case EROFS: return "the disk is read-only"
        case ELOOP: return "it is a symbolic link, which protocol-trainer does not write through"
        case EISDIR: return "it is a folder"
        case ENOTDIR: return "part of the path is a file, not a folder"
        default: return String(cString: strerror(code))
        }
    }
}
