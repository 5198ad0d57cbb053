import Foundation
import TrainerModel

/// Whether a training session's saves will be sealed, checked before its first question, so that nobody is trained
/// into a folder whose seals the clerk could not check without being told so.
public enum FolderSealing: Sendable, Equatable {
    /// The clerk has not started sealing this folder.
    case unsealed
    case sealed
    /// The folder is sealed, but this session cannot find the clerk's key: answers are saved unsealed, with a warning
    /// that gives this reason ("the clerk's integrity key is not at …").
    case noKey(reason: String)
    /// Training here must not start: the key is the wrong one, or the log has gone or cannot be read.
    case refused(IntegrityError)

    /// Checks `store`'s folder; `records` are the records already read from it.
    public static func check(_ store: RecordStore, records: [TrainingRecord]) -> FolderSealing {
        let log = IntegrityLog(folder: store.folder)
        guard log.isStarted else {
            let sealed = records.filter { $0.sealedWith != nil }.count
            return sealed == 0 ? .unsealed : .refused(.logMissing(folder: store.folder, sealedRecords: sealed))
        }
        do {
            // Only read: a shared lock, so the check never waits for `records verify`.
            _ = try store.lockWithKey(log, exclusive: false)
            return .sealed
        } catch .noKey(let path) {
            return .noKey(reason: RecordStore.sealingProblem(.noKey(path: path)))
        } catch .keyIsFolder(let path) {
            return .noKey(reason: RecordStore.sealingProblem(.keyIsFolder(path: path)))
        } catch {
            return .refused(error)
        }
    }
}
