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
