import Foundation
import BankKeeping
import ProtocolReading
import TrainerModel
import Training
import TrainingRecords

/// Which attempt a `train` carries on or starts: the trainee's unfinished one (locked, so no other window can save
/// over it, and read again under the lock), or a new one with its questions chosen. The question whether to carry on
/// is the trainee's; this decides everything else.
public struct AttemptPlanning {
    public let store: RecordStore
    public let trainee: Trainee
    public let location: CouncilLocation
    public let bank: QuestionBank
    /// The bank file's bytes, fingerprinted in the record.
    public let bankData: Data
    public var mode: TrainingMode?
    public var seed: UInt64?
    public var questions: Int?
    public var passMark: Double
    public var toolVersion: String

    public init(store: RecordStore, trainee: Trainee, location: CouncilLocation, bank: QuestionBank, bankData: Data,
                passMark: Double, toolVersion: String) {
        self.store = store
        self.trainee = trainee
        self.location = location
        self.bank = bank
        self.bankData = bankData
        self.passMark = passMark
        self.toolVersion = toolVersion
    }

    /// The trainee's unfinished attempt at this council, as it is now, with its lock held; nil where there is none.
    /// One open in another window is refused: carrying on in both would lose one window's answers.
    public func unfinished(in existing: [TrainingRecord]) throws -> (record: TrainingRecord, lock: AttemptLock)? {
        var existing = existing
        // Each attempt is looked at once: one whose file is not where its id says (renamed or edited by hand), or that
        // finished meanwhile, is not carried on, and the folder is read again for any other.
        var passed = Set<UUID>()
        while let listed = store.unfinished(trainee: trainee, councilSlug: location.slug, council: bank.council, in: existing)
            .first(where: { !passed.contains($0.attemptId) }) {
            guard let lock = try AttemptLock.acquire(listed.attemptId, in: store.folder) else {
                throw WorkflowError.openElsewhere(mode: listed.mode, startedAt: listed.startedAt)
            }
            // Another window may have saved answers, or finished, since the folder was read.
            if let latest = try? store.load(store.path(for: listed.attemptId)), latest.status == .inProgress {
                return (latest, lock)
            }
            passed.insert(listed.attemptId)
            existing = store.all().records.map(\.record)
        }
        return nil
    }

    /// The unfinished attempt marked abandoned, saved under its lock.
    public func abandon(_ record: TrainingRecord, saving: inout SessionSaving, now: Date = Date()) throws -> String? {
        var record = record
        record.status = .abandoned
        record.updatedAt = Timestamp.string(now)
        return try saving.save(record)
    }

    /// A new attempt: the mode asked for or the role's usual one, its questions chosen (a refresher after the
    /// trainee's last attempt), its lock held.
    public func newAttempt(in existing: [TrainingRecord], now: Date = Date()) throws -> (record: TrainingRecord, lock: AttemptLock) {
        let role = trainee.role
        let chosenMode = mode ?? TrainingMode.defaultMode(for: role)
        let chosenSeed = seed ?? UInt64.random(in: 0...UInt64(UInt32.max))
        let previous = chosenMode == .refresher
            ? store.latest(trainee: trainee, councilSlug: location.slug, council: bank.council, in: existing) : nil
        let selection = QuestionSelection(bank: bank, role: role, mode: chosenMode, count: questions ?? chosenMode.defaultQuestionCount,
                                          seed: chosenSeed, previous: previous)
        guard !selection.questions.isEmpty else { throw WorkflowError.noQuestions(role: role) }
        var record = TrainingRecord(
            attemptId: UUID(), toolVersion: toolVersion, trainee: trainee, council: bank.council, councilSlug: location.slug,
            mode: chosenMode, startedAt: Timestamp.string(now), bankSHA256: ProtocolFingerprint.sha256(of: bankData),
            protocolSHA256: bank.source.sha256, seed: chosenSeed, questionOrder: selection.questions.map(\.id),
            optionOrder: selection.optionOrder, passMark: chosenMode.isExam ? passMark : nil)
        record.questionVersions = Dictionary(selection.questions.map { ($0.id, $0.wordingVersion) }, uniquingKeysWith: { first, _ in first })
        record.unreviewedQuestions = selection.unreviewed
        // A new attempt's id is new, so nobody else can hold its lock.
        guard let lock = try AttemptLock.acquire(record.attemptId, in: store.folder) else { throw WorkflowError.notStarted }
        return (record, lock)
    }

    /// "2026-11-22 14:03", for telling the trainee which attempt.
    public static func shortTime(_ timestamp: String) -> String {
        timestamp.prefix(16).replacingOccurrences(of: "T", with: " ")
    }
}
