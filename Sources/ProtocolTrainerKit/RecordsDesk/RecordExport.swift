import Foundation

/// A way of writing attempts out: a header, one record at a time, a footer, so nothing is held in memory.
public protocol ExportFormat {
    mutating func begin(_ out: ExportOutput)
    /// Returns false when the format leaves the attempt out (xAPI takes finished attempts only).
    /// `source` is the record's file as kept.
    mutating func add(_ record: TrainingRecord, source: Data, to out: ExportOutput) -> Bool
    mutating func end(_ out: ExportOutput)
}

/// Streams the matching attempts of a records folder to an output in a given format.
public enum RecordExport {
    /// What an export did, for the closing note.
    public struct Summary: Sendable {
        public var exported = 0
        public var leftOut = 0
        public var damaged: [RecordError] = []
    }

    /// Writes the matching attempts through `format`; the caller finishes or abandons `out`.
    public static func run(_ scanner: RecordScanner, filter: RecordFilter, format: inout some ExportFormat,
                           to out: ExportOutput) throws -> Summary {
        var summary = Summary()
        format.begin(out)
        summary.damaged = try scanner.scanFiles(filter) { _, record, data in
            if format.add(record, source: data, to: out) { summary.exported += 1 } else { summary.leftOut += 1 }
        }
        format.end(out)
        return summary
    }
}
