import Foundation

/// The records as one JSON array, each exactly as kept in `Records/` (copied, not re-encoded: faster, and a subject
/// access request gets every field the file holds).
public struct JSONExport: ExportFormat {
    private var first = true

    /// A new, empty array.
    public init() {}

    public mutating func begin(_ out: ExportOutput) { out.write("[\n") }

    public mutating func add(_ record: TrainingRecord, source: Data, to out: ExportOutput) -> Bool {
        // The file was just read as one complete record, so it is one JSON object; only trailing white space is dropped.
        var end = source.endIndex
        while end > source.startIndex, [0x20, 0x0A, 0x0D, 0x09].contains(source[end - 1]) { end -= 1 }
        if !first { out.write(",\n") }
        first = false
        out.write(source[source.startIndex..<end])
        return true
    }

    public mutating func end(_ out: ExportOutput) { out.write(first ? "]\n" : "\n]\n") }
}
