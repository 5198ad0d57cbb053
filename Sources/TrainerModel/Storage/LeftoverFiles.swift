import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Temporary files that a killed process left in a folder (".<name>.<pid>.<random>.tmp"): whole copies of records,
/// so personal data that no list shows. They are removed once the process that made them has gone.
public enum LeftoverFiles {
    /// The temporary files in `folder`, whoever made them.
    public static func names(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { process(of: $0) != nil }.sorted()
    }

    /// Removes the temporary files whose process has gone, or that are over an hour old; returns how many went.
    /// With `target`, only those made for that file (in a folder that is not the records folder, such as an export's).
    @discardableResult
    public static func remove(in folder: String, for target: String? = nil, now: Date = Date()) -> Int {
        var removed = 0
        for name in names(in: folder) where target.map({ name.hasPrefix("." + $0 + ".") }) ?? true {
            let path = folder + "/" + name
            guard let pid = process(of: name), !isRunning(pid) || isOld(path, now: now) else { continue }
            // unlink() removes a planted symbolic link itself, never what it points to.
            if unlink(path) == 0 { removed += 1 }
        }
        return removed
    }

    /// The process id in a temporary file's name, or nil when the name is not one of ours.
    static func process(of name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(4).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, UInt64(parts[parts.count - 1]) != nil || parts[parts.count - 1] == "export",
              let pid = pid_t(parts[parts.count - 2]), pid > 0 else { return nil }
        return pid
    }

    private static func isRunning(_ pid: pid_t) -> Bool {
        pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
    }

    private static func isOld(_ path: String, now: Date) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        #if os(Linux)
        let modified = status.st_mtim.tv_sec
        #else
        let modified = status.st_mtimespec.tv_sec
        #endif
        return now.timeIntervalSince1970 - Double(modified) > 3600
    }
}
