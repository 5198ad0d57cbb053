import BankKeeping
import ProtocolReading
import TrainerModel
import Training
import TrainingRecords

/// Saves a training session's record as it goes, with the one policy for a save that could not be sealed: the record
/// itself is safe (only its seal is missing, which the clerk's check shows), so it counts as saved and the trainee is
/// warned once, not after every answer.
public struct SessionSaving {
    public let store: RecordStore
    /// True once the trainee has been told that saves cannot be sealed.
    public private(set) var warned: Bool

    /// `warned` true where the trainee was already told before the session (a sealed folder without its key).
    public init(store: RecordStore, warned: Bool = false) {
        self.store = store
        self.warned = warned
    }

    /// Saves the record; returns the warning to show, the first time a save could not be sealed. Any other failure
    /// is thrown: the record was not saved.
    public mutating func save(_ record: TrainingRecord) throws(RecordError) -> String? {
        do {
            try store.save(record)
            return nil
        } catch {
            guard case .notSealed = error else { throw error }
            defer { warned = true }
            return warned ? nil : "Warning: \(error.description)"
        }
    }
}
