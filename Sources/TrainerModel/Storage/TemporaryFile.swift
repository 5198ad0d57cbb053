import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A new file being written beside its target. Where the file system allows it, the file has no name until it is
/// complete (Linux's O_TMPFILE), so a kill while writing leaves nothing behind; otherwise it has an unpredictable
/// name, made with O_EXCL so that nothing planted there (a symbolic link) is ever written through.
package struct TemporaryFile {
    /// The open file, for writing.
    package let descriptor: Int32
    let folder: String
    /// The temporary name, when the file has one.
    private(set) var name: String?

    /// Temporary names: ".<target>.<pid>.<random>.tmp", so a leftover says which process made it.
    static func temporaryName(for target: String) -> String {
        "." + target + ".\(getpid()).\(UInt64.random(in: 0...UInt64.max)).tmp"
    }

    /// A new file for `target` in `folder`; `unnamed` asks for a nameless one where the file system allows it (used in
    /// the records folder, where a leftover would be a trainee's record that no list shows).
    package static func create(in folder: String, for target: String, permissions: mode_t, unnamed wanted: Bool) throws(AtomicFile.Failure) -> TemporaryFile {
        #if os(Linux)
        // O_TMPFILE is __O_TMPFILE | O_DIRECTORY; Glibc does not export the macro to Swift.
        let unnamed = wanted ? open(folder, Int32(0o20000000) | O_DIRECTORY | O_WRONLY | O_CLOEXEC, permissions) : -1
        if unnamed >= 0 {
            // open() applied the umask; the file must end with exactly the permissions asked for.
            fchmod(unnamed, permissions)
            return TemporaryFile(descriptor: unnamed, folder: folder, name: nil)
        }
        #endif
        let name = temporaryName(for: target)
        let descriptor = open(folder + "/" + name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw AtomicFile.Failure(reason: AtomicFile.describe(errno)) }
        return TemporaryFile(descriptor: descriptor, folder: folder, name: name)
    }

    /// Puts the file in place of `path` in one step; 0 or the errno.
    package mutating func rename(over path: String) -> Int32 {
        if name == nil {
            // An unnamed file can only be given a new name: give it a temporary one, then rename that over the target.
            let named = Self.temporaryName(for: URL(fileURLWithPath: path).lastPathComponent)
            let code = linkUnnamed(to: folder + "/" + named)
            guard code == 0 else { return code }
            name = named
        }
        return systemRename(folder + "/" + name!, path) == 0 ? clearName() : errno
    }

    /// Gives the file the name `path`, failing if something is already there; 0 or the errno.
    package mutating func link(as path: String) -> Int32 {
        guard let name else { return linkUnnamed(to: path) }
        guard systemLink(folder + "/" + name, path) == 0 else { return errno }
        unlink(folder + "/" + name)
        return clearName()
    }

    /// Closes the file and removes its temporary name if it still has one.
    package func discard() {
        close(descriptor)
        if let name { unlink(folder + "/" + name) }
    }

    private mutating func clearName() -> Int32 {
        name = nil
        return 0
    }

    private func linkUnnamed(to path: String) -> Int32 {
        linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, path, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno
    }
}

// The struct's own `rename` and `link` hide the system calls of the same names inside it.
private func systemRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
private func systemLink(_ from: String, _ to: String) -> Int32 { link(from, to) }
