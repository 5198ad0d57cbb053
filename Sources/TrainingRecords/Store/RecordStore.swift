import Foundation
import TrainerModel

/// The folder of training records: one JSON file per attempt, named by its attempt id (never by the trainee's name),
/// each written whole so that a crash leaves the previous or the new version.
public struct RecordStore: Sendable {
    public let folder: String
    /// The clerk's integrity key, for sealing each save once `records init-key` has started the folder's log; nil for
    /// the usual place (`IntegrityKey.location`).
    public var keyPath: String?

    public init(folder: String, keyPath: String? = nil) {
        self.folder = folder
        self.keyPath = keyPath
    }

    /// `--records DIR`, else `PROTOCOL_TRAINER_RECORDS`, else `Records/` beside the built-in `QuestionBanks/`, else `./Records`.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                              library: CouncilLibrary?) -> RecordStore {
        if let explicit, !explicit.isEmpty { return RecordStore(folder: explicit) }
        if let configured = environment["PROTOCOL_TRAINER_RECORDS"], !configured.isEmpty { return RecordStore(folder: configured) }
        if let library { return RecordStore(folder: library.root.deletingLastPathComponent().appendingPathComponent("Records").path) }
        return RecordStore(folder: FileManager.default.currentDirectoryPath + "/Records")
    }

    public func path(for attemptID: UUID) -> String {
        folder + "/" + attemptID.uuidString.lowercased() + ".json"
    }

    /// True when the records "folder" is a file, which no save could go into.
    public var isAFile: Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && !isFolder.boolValue
    }

    /// Saves the record atomically, readable only by the owner: records are personal data. In a sealed folder the save
    /// is sealed too: a line of intent, the write, then its seal, all under the log's lock, so that a computer stopping
    /// in between leaves a save `records verify` recognises as interrupted, never one it calls edited.
    public func save(_ record: TrainingRecord) throws(RecordError) {
        let path = path(for: record.attemptId)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            if isAFile { throw .notAFolder(path: path, folder: folder) }
            throw .cannotWrite(path: path, reason: "the folder could not be created")
        }
        let log = IntegrityLog(folder: folder)
        let file = URL(fileURLWithPath: path).lastPathComponent
        guard log.isStarted else {
            try write(record, to: path)
            // `records init-key` may have started the log while this save was written: seal it now, after the records
            // found then, so the log ends with what the file holds.
            if log.isStarted, let contents = FileManager.default.contents(atPath: path) {
                try seal(path) { () throws(IntegrityError) in
                    let (key, held) = try lockWithKey(log)
                    try log.append(.saved, file: file, sha256: ProtocolFingerprint.sha256(of: contents), key: key, under: held)
                }
            }
            if record.sealedWith != nil {
                throw .notSealed(path: path, reason: "the records folder was sealed, but its integrity log '\(log.path)' is missing.")
            }
            return
        }
        let key: IntegrityKey, held: IntegrityLog.Held
        do { (key, held) = try lockWithKey(log) } catch {
            // The answers matter more than the seal: save them, and say why they are not sealed.
            try write(record, to: path)
            throw .notSealed(path: path, reason: Self.sealingProblem(error))
        }
        var sealed = record
        sealed.sealedWith = key.id
        let data = try encode(sealed, path: path)
        let sha256 = ProtocolFingerprint.sha256(of: data)
        do { try log.append(.saving, file: file, sha256: sha256, key: key, under: held) } catch {
            try write(data, to: path)
            throw .notSealed(path: path, reason: error.description)
        }
        try write(data, to: path)
        do { try log.append(.saved, file: file, sha256: sha256, key: key, under: held) } catch {
            throw .notSealed(path: path, reason: error.description)
        }
    }

    /// The clerk's key and the log locked for writing; refused when the key is not the one the log was started with.
    func lockWithKey(_ log: IntegrityLog, exclusive: Bool = true) throws(IntegrityError) -> (IntegrityKey, IntegrityLog.Held) {
        let key = try IntegrityKey.load(IntegrityKey.location(explicit: keyPath))
        let held = try log.lock(exclusive: exclusive)
        guard try log.keyID(under: held) == key.id else { throw .wrongKey(key: key.path, log: log.path) }
        return (key, held)
    }

    private func seal(_ path: String, _ work: () throws(IntegrityError) -> Void) throws(RecordError) {
        do { try work() } catch { throw .notSealed(path: path, reason: Self.sealingProblem(error)) }
    }

    static func sealingProblem(_ error: IntegrityError) -> String {
        if case .noKey(let keyPath) = error { return "the clerk's integrity key is not at '\(keyPath)'." }
        if case .keyIsFolder(let keyPath) = error { return "the clerk's integrity key '\(keyPath)' is a folder, not a key file." }
        return error.description
    }

    private func encode(_ record: TrainingRecord, path: String) throws(RecordError) -> Data {
        do { return try record.jsonData() } catch { throw .cannotWrite(path: path, reason: "it could not be encoded") }
    }

    private func write(_ record: TrainingRecord, to path: String) throws(RecordError) {
        try write(try encode(record, path: path), to: path)
    }

    private func write(_ data: Data, to path: String) throws(RecordError) {
        do { try AtomicFile.write(data, to: path, permissions: 0o600, unnamed: true) } catch { throw .cannotWrite(path: path, reason: error.reason) }
    }

    /// Reads one record; a damaged or unknown one is reported, never changed.
    public func load(_ path: String) throws(RecordError) -> TrainingRecord {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw .unreadable(path: path, reason: FileManager.default.isReadableFile(atPath: path) ? "it could not be opened" : "permission denied")
        }
        if let record = try? JSONDecoder().decode(TrainingRecord.self, from: data) {
            try Self.checkVersion(record.schemaVersion, path: path)
            return record
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw .corrupt(path: path, detail: data.isEmpty ? "the file is empty" : "it is not complete JSON")
        }
        guard let version = object["schemaVersion"] as? Int else { throw .corrupt(path: path, detail: "it has no schemaVersion") }
        try Self.checkVersion(version, path: path)
        do {
            return try JSONDecoder().decode(TrainingRecord.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .corrupt(path: path, detail: "\(FieldPath.describe(context.codingPath + [key])) is missing")
        } catch let DecodingError.typeMismatch(_, context) {
            throw .corrupt(path: path, detail: "\(FieldPath.describe(context.codingPath)) has the wrong type")
        } catch let DecodingError.dataCorrupted(context) {
            throw .corrupt(path: path, detail: "\(FieldPath.describe(context.codingPath)) has a value that is not allowed")
        } catch {
            throw .corrupt(path: path, detail: "it is not a training record")
        }
    }

    /// Versions start at 1: a record claiming 0 or less was not written by protocol-trainer, and one above the current
    /// needs a newer protocol-trainer; either is left as it is rather than read as something it may not be.
    static func checkVersion(_ version: Int, path: String) throws(RecordError) {
        guard (1...TrainingRecord.currentSchemaVersion).contains(version) else { throw .unsupportedVersion(path: path, version: version) }
    }

    /// Every record in the folder, and those that could not be read (left untouched).
    public func all() -> (records: [(path: String, record: TrainingRecord)], unreadable: [RecordError]) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var records: [(String, TrainingRecord)] = []
        var unreadable: [RecordError] = []
        for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
            let path = folder + "/" + name
            do { records.append((path, try load(path))) } catch { unreadable.append(error) }
        }
        return (records, unreadable)
    }

    /// The trainee's unfinished attempts at this council's training, newest first. Pass `records` when already read.
    public func unfinished(trainee: Trainee, councilSlug: String?, council: String?, in records: [TrainingRecord]? = nil) -> [TrainingRecord] {
        (records ?? all().records.map(\.record))
            .filter { $0.status == .inProgress && $0.trainee == trainee && $0.councilSlug == councilSlug && $0.council == council }
            .sorted { Self.time($0.updatedAt) > Self.time($1.updatedAt) }
    }

    /// The trainee's most recent attempt at this council's training (for a refresher: what was asked last time).
    public func latest(trainee: Trainee, councilSlug: String?, council: String?, in records: [TrainingRecord]? = nil) -> TrainingRecord? {
        (records ?? all().records.map(\.record))
            .filter { $0.trainee == trainee && $0.councilSlug == councilSlug && $0.council == council && !$0.answers.isEmpty }
            .max { Self.time($0.startedAt) < Self.time($1.startedAt) }
    }

    /// Times from different offsets compare as instants, not as text.
    private static func time(_ text: String) -> Date {
        Timestamp.date(text) ?? .distantPast
    }
}
