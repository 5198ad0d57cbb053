import Foundation
import TrainerModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an export goes: standard output, or a file that appears only when the export is complete (written beside it
/// as a new unnamed or unpredictably named file, then renamed), readable only by its owner because exports hold
/// personal data.
public final class ExportOutput {
    private let descriptor: Int32
    private let target: String?
    private var temporary: TemporaryFile?
    private var buffer: [UInt8] = []
    private var failure: Int32 = 0
    private static let chunk = 1 << 16

    /// Writes to standard output.
    public init() {
        descriptor = STDOUT_FILENO
        target = nil
        temporary = nil
        buffer.reserveCapacity(Self.chunk * 2)
    }

    /// Writes to `path`, replacing it only when `finish()` is called.
    public init(file path: String) throws(RecordsDeskError) {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .cannotWrite(path: path, reason: "it is a folder; give a file name such as records.csv")
        }
        let folder = url.deletingLastPathComponent().path
        // An earlier export of the same file that was stopped left its copy of the records behind: it goes now.
        LeftoverFiles.remove(in: folder, for: url.lastPathComponent)
        let temporary: TemporaryFile
        do { temporary = try TemporaryFile.create(in: folder, for: url.lastPathComponent, permissions: 0o600, unnamed: false) } catch {
            throw .cannotWrite(path: path, reason: error.reason)
        }
        self.descriptor = temporary.descriptor
        self.target = path
        self.temporary = temporary
        buffer.reserveCapacity(Self.chunk * 2)
    }

    /// Adds text, writing it out in large chunks.
    public func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { flush() }
    }

    /// Adds bytes as they are; a large run goes straight to the file rather than through the buffer.
    public func write(_ bytes: UnsafeRawBufferPointer) {
        guard buffer.count + bytes.count >= Self.chunk else { return buffer.append(contentsOf: bytes) }
        flush()
        if bytes.count >= Self.chunk { writeAll(bytes) } else { buffer.append(contentsOf: bytes) }
    }

    /// Flushes and, for a file, puts it in place; a failed write is reported here, naming the file.
    public func finish() throws(RecordsDeskError) {
        flush()
        guard let target, var temporary else {
            if failure != 0 { throw .cannotWrite(path: "standard output", reason: AtomicFile.describe(failure)) }
            return
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if failure == 0 { failure = temporary.rename(over: target) }
        temporary.discard()
        self.temporary = nil
        if failure != 0 { throw .cannotWrite(path: target, reason: AtomicFile.describe(failure)) }
    }

    /// Gives up on a file export, leaving whatever was at the target untouched.
    public func abandon() {
        temporary?.discard()
        temporary = nil
    }

    private func flush() {
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes every byte, or notes the first failure (reported by `finish`) and writes nothing more.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard failure == 0, !bytes.isEmpty else { return }
        failure = AtomicFile.writeAll(bytes, to: descriptor)
    }
}
