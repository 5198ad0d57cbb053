#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole record files into one buffer that is reused from file to file: with plain POSIX calls a file costs an
/// open, an fstat, a read or two and a close, with no Data, URL or FileManager on the way.
struct RecordFileBytes {
    private var buffer: [UInt8] = []

    /// The file's bytes, valid only inside `body`; an unreadable file gives no bytes (the record reader then reports it).
    mutating func withContents<Value, Failure: Error>(of path: String,
                                                      _ body: (UnsafeRawBufferPointer) throws(Failure) -> Value) throws(Failure) -> Value {
        let count = fill(path)
        // Carried out of withUnsafeBytes as a Result, since that only rethrows untyped errors.
        let result: Result<Value, Failure> = buffer.withUnsafeBytes { raw in
            do throws(Failure) { return .success(try body(UnsafeRawBufferPointer(rebasing: raw[0..<count]))) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Reads the file into the buffer, growing it as needed; returns how many bytes it holds.
    private mutating func fill(_ path: String) -> Int {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return 0 }
        defer { close(descriptor) }
        var status = stat()
        // One byte more than the size, so a file that grew since fstat is noticed and read to its end.
        let expected = fstat(descriptor, &status) == 0 ? Int(status.st_size) + 1 : 4096
        if buffer.count < expected { buffer = [UInt8](repeating: 0, count: max(expected, buffer.count * 2, 4096)) }
        var count = 0
        while true {
            if count == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                return 0
            }
            if got == 0 { return count }
            count += got
        }
    }
}
