import Foundation
import TrainerModel

/// A way of writing attempts out: a header, each attempt's bytes, a footer. Attempts are formatted on several cores at
/// once, so a format keeps no state between attempts.
public protocol ExportFormat: Sendable {
    /// Written before the first attempt.
    var header: String { get }
    /// Goes between two items (rows, records, statements): `add` writes it before each of its items, and the export
    /// drops it before the very first item of the file.
    var separator: StaticString { get }
    /// Written after the last attempt; `afterAny` tells whether any item was written.
    func footer(afterAny: Bool) -> String
    /// Writes the attempt's items to `out`; returns false when the format leaves the attempt out (xAPI takes finished
    /// attempts only). `source` is the record's file as kept.
    func add(_ record: TrainingRecord, source: UnsafeRawBufferPointer, to out: inout ExportBytes) -> Bool
}

/// Streams the matching attempts of a records folder to an output in a given format.
public enum RecordExport {
    /// What an export did, for the closing note.
    public struct Summary: Sendable {
        public var exported = 0
        public var leftOut = 0
        public var damaged: [RecordError] = []
    }

    /// Files per batch: enough to keep the cores busy between hand-overs, few enough that the batches in hand stay small.
    static let batchSize = 256

    /// Writes the matching attempts through `format`, formatting on `workers` cores at once; the caller finishes or
    /// abandons `out`. The bytes are the same whatever the number of workers.
    public static func run(_ scanner: RecordScanner, filter: RecordFilter, format: some ExportFormat, to out: ExportOutput,
                           workers: Int = ProcessInfo.processInfo.activeProcessorCount) throws -> Summary {
        try run(scanner, filter: filter, format: format, to: out, workers: workers, batchSize: batchSize)
    }

    /// As `run`, with the batch size chosen (tests use small batches to cross many batch boundaries).
    static func run(_ scanner: RecordScanner, filter: RecordFilter, format: some ExportFormat, to out: ExportOutput,
                    workers: Int, batchSize: Int) throws -> Summary {
        let names = try scanner.fileNames()
        var summary = Summary()
        var wroteAny = false
        out.write(format.header)
        ExportBatch.make(names, batchSize: batchSize, workers: workers, scanner: scanner, filter: filter, format: format) { batch in
            summary.exported += batch.exported
            summary.leftOut += batch.leftOut
            summary.damaged += batch.damaged
            guard batch.bytes.count > 0 else { return }
            batch.bytes.bytes.withUnsafeBytes { bytes in
                // Every item starts with the separator; the file's first item goes without.
                let skip = wroteAny ? 0 : format.separator.utf8CodeUnitCount
                out.write(UnsafeRawBufferPointer(rebasing: bytes[skip...]))
            }
            wroteAny = true
        }
        out.write(format.footer(afterAny: wroteAny))
        return summary
    }
}
