import Foundation
import TrainerModel

/// `records accept`: the clerk has looked at a record `records verify` could not vouch for, and seals it as it is.
/// The acceptance is itself a sealed line of the log, so it can be seen later who vouched for what, and when.
public struct RecordAcceptance {
    /// What the record was before it was accepted.
    public enum Outcome: Sendable, Equatable {
        /// Its last save was interrupted before the seal: exactly what protocol-trainer was writing.
        case interruptedSave
        /// It no longer matched its seal, or was never sealed; accepted because the clerk said `--edited`.
        case edited
        /// It was already as sealed: nothing was added to the log.
        case alreadySealed
    }

    public let log: IntegrityLog
    public let key: IntegrityKey

    public init(log: IntegrityLog, key: IntegrityKey) {
        self.log = log
        self.key = key
    }

    /// Seals the record file `name` as it is now. An edited record is only accepted with `edited`, so an edit is never
    /// waved through by a command meant for interrupted saves.
    public func accept(_ name: String, edited: Bool, now: Date = Date()) throws(IntegrityError) -> Outcome {
        let held = try log.lock(exclusive: true)
        let path = log.folder + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else { throw .noRecord(path: path) }
        let sha256 = ProtocolFingerprint.sha256(of: data)
        let state = try IntegrityCheck(log: log, key: key).state(of: name)
        if let confirmed = state?.confirmed, confirmed.event != .removed, confirmed.sha256 == sha256 { return .alreadySealed }
        let interrupted = state?.pending(matching: sha256)?.event == .saving
        guard interrupted || edited else { throw .notInterrupted(path: path) }
        guard (try? JSONSerialization.jsonObject(with: data)) != nil else { throw .notARecord(path: path) }
        try log.append(.accepted, file: name, sha256: sha256, key: key, under: held, now: now)
        return interrupted ? .interruptedSave : .edited
    }
}
