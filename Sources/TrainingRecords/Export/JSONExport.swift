import Foundation
import TrainerModel

/// The records as one JSON array, each exactly as kept in `Records/` (copied, not re-encoded: faster, and a subject
/// access request gets every field the file holds).
public struct JSONExport: ExportFormat {
    /// A new, empty array.
    public init() {}

    public var header: String { "[\n" }
    public var separator: StaticString { ",\n" }
    public func footer(afterAny: Bool) -> String { afterAny ? "\n]\n" : "]\n" }

    public func add(_ record: TrainingRecord, source: UnsafeRawBufferPointer, to out: inout ExportBytes) -> Bool {
        // The file was just read as one complete record, so it is one JSON object; only trailing white space is dropped.
        var end = source.count
        while end > 0, [0x20, 0x0A, 0x0D, 0x09].contains(source[end - 1]) { end -= 1 }
        out.append(separator)
        out.append(bytes: UnsafeRawBufferPointer(rebasing: source[0..<end]))
        return true
    }
}
