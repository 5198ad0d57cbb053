/// A way of writing attempts out: a header, one record at a time, a footer, so nothing is held in memory.
public protocol ExportFormat {
    mutating func begin(_ out: ExportOutput)
    /// Returns false when the format leaves the attempt out (xAPI takes finished attempts only).
    mutating func add(_ record: TrainingRecord, to out: ExportOutput) -> Bool
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

    public static func run(_ scanner: RecordScanner, filter: RecordFilter, format: inout some ExportFormat,
                           to out: ExportOutput) throws -> Summary {
        var summary = Summary()
        format.begin(out)
        summary.damaged = try scanner.scan(filter) { _, record in
            if format.add(record, to: out) { summary.exported += 1 } else { summary.leftOut += 1 }
        }
        format.end(out)
        return summary
    }
}

/// The records as one JSON array, each exactly as kept in `Records/`.
public struct JSONExport: ExportFormat {
    private var first = true

    public init() {}

    public mutating func begin(_ out: ExportOutput) { out.write("[\n") }

    public mutating func add(_ record: TrainingRecord, to out: ExportOutput) -> Bool {
        // A record that was just decoded always encodes; the fallback keeps the array valid all the same.
        guard let data = try? record.jsonData() else { return false }
        if !first { out.write(",\n") }
        first = false
        out.write(String(decoding: data.dropLast(), as: UTF8.self))
        return true
    }

    public mutating func end(_ out: ExportOutput) { out.write(first ? "]\n" : "\n]\n") }
}
