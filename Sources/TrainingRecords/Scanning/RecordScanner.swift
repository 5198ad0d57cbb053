import Foundation
import TrainerModel

/// Reads a records folder one file at a time, so memory stays flat however many attempts there are; damaged files are
/// collected and skipped, never fatal.
public struct RecordScanner: Sendable {
    public let store: RecordStore

    /// A scanner over the store's folder.
    public init(store: RecordStore) {
        self.store = store
    }

    /// The records' file names, sorted (they are attempt ids, so the order is stable but not by date).
    public func fileNames() throws(RecordsDeskError) -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: store.folder, isDirectory: &isFolder) else { throw .noRecordsFolder(path: store.folder) }
        guard isFolder.boolValue else { throw .notAFolder(path: store.folder) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: store.folder)) ?? []
        // Temporary files from a save in progress start with a dot; the schema and notes are not records.
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && !$0.hasSuffix(".schema.json") }.sorted()
    }

    /// Calls `body` for each readable record that passes `filter`, and returns the files that could not be read.
    @discardableResult
    public func scan(_ filter: RecordFilter = RecordFilter(),
                     _ body: (_ path: String, _ record: TrainingRecord) throws -> Void) throws -> [RecordError] {
        var damaged: [RecordError] = []
        var files = RecordFileBytes()
        for name in try fileNames() {
            let path = store.folder + "/" + name
            let record: TrainingRecord
            do { record = try files.withContents(of: path) { bytes throws(RecordError) in try load(path, bytes: bytes) } } catch {
                damaged.append(error)
                continue
            }
            if filter.matches(record) { try body(path, record) }
        }
        return damaged
    }

    /// Every matching record in memory, oldest first: for lists and reports a person reads, not for exports.
    public func collect(_ filter: RecordFilter = RecordFilter()) throws -> (records: [(path: String, record: TrainingRecord)], damaged: [RecordError]) {
        var found: [(String, TrainingRecord)] = []
        let damaged = try scan(filter) { found.append(($0, $1)) }
        found.sort { ($0.1.startedAt, $0.0) < ($1.1.startedAt, $1.0) }
        return (found, damaged)
    }

    /// One attempt by its number, the first few characters of it (as `records list` shows), or its file's path.
    public func find(_ text: String) throws(RecordsDeskError) -> (path: String, record: TrainingRecord) {
        let path: String
        if text.hasSuffix(".json"), FileManager.default.fileExists(atPath: text) {
            path = text
        } else {
            let wanted = text.lowercased().trimmingCharacters(in: .whitespaces)
            let matches = wanted.count >= 4 ? try fileNames().filter { $0.hasPrefix(wanted) } : []
            guard !matches.isEmpty else { throw .noSuchAttempt(text: text, folder: store.folder) }
            guard matches.count == 1 else { throw .ambiguousAttempt(text: text, matches: matches.map { String($0.dropLast(5)) }) }
            path = store.folder + "/" + matches[0]
        }
        var files = RecordFileBytes()
        do { return (path, try files.withContents(of: path) { bytes throws(RecordError) in try load(path, bytes: bytes) }) } catch {
            throw .damaged(error)
        }
    }

    /// Reads with the fast reader, then JSONDecoder; only a file both refuse goes through `RecordStore.load` for the reason.
    func load(_ path: String, bytes: UnsafeRawBufferPointer) throws(RecordError) -> TrainingRecord {
        if let record = JSONValue.parse(bytes).flatMap(RecordJSONReader.record)
            ?? (try? JSONDecoder().decode(TrainingRecord.self, from: Data(bytes))) {
            try RecordStore.checkVersion(record.schemaVersion, path: path)
            return record
        }
        return try store.load(path)
    }
}
