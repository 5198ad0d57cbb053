import Foundation
@testable import TrainingRecords
@testable import TestSupport

// Exports for the export tests, through the parallel path with the batching they choose (internal to TrainingRecords).
extension DeskFixtures {
    /// Everything an export wrote to a file.
    /// With `workers` and `batchSize` given, through the parallel path with those settings.
    static func export(_ store: RecordStore, filter: RecordFilter = RecordFilter(), format: some ExportFormat,
                       workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                       batchSize: Int = RecordExport.batchSize) throws -> (text: String, summary: RecordExport.Summary) {
        let path = store.folder + "-export-\(UUID().uuidString)"
        let output = try ExportOutput(file: path)
        let summary = try RecordExport.run(RecordScanner(store: store), filter: filter, format: format, to: output,
                                           workers: workers, batchSize: batchSize)
        try output.finish()
        // Decoded by hand: Foundation would quietly drop the byte-order mark the tests look for.
        return (String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self), summary)
    }

    /// RFC 4180 rows, read back as a spreadsheet would (quotes, doubled quotes, commas and line breaks inside quotes).
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var characters = Array(text.unicodeScalars.map(Character.init))
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" { field.append("\""); index += 1 } else { quoted = false }
                } else { field.append(character) }
            } else if character == "\"" { quoted = true
            } else if character == "," { row.append(field); field = ""
            } else if character == "\r" {
                row.append(field); rows.append(row); row = []; field = ""
                if index + 1 < characters.count, characters[index + 1] == "\n" { index += 1 }
            } else { field.append(character) }
            index += 1
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
