import Foundation
import Testing
import BankKeeping
import TrainerModel
import TrainingRecords
@testable import TrainerWorkflows

/// Which attempt a training carries on or starts, decided without a terminal.
struct AttemptPlanningTests {
    static let library = CouncilLibrary(root: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("QuestionBanks"))

    private func planning(_ store: RecordStore, name: String = "Ann Lee", role: TraineeRole = .officer) throws -> AttemptPlanning {
        let location = try CouncilLocation.forTraining(bank: nil, council: "rayleigh", library: Self.library)
        let data = try Data(contentsOf: URL(fileURLWithPath: location.bankPath))
        return AttemptPlanning(store: store, trainee: Trainee(name: name, role: role), location: location,
                               bank: try BankStore.load(location.bankPath), bankData: data, passMark: 80, toolVersion: "test")
    }

    private func store() throws -> RecordStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planning-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return RecordStore(folder: folder)
    }

    /// A new attempt saved and its window closed (its lock let go).
    private func startAndLeave(_ plan: AttemptPlanning, _ store: RecordStore) throws -> TrainingRecord {
        let (record, lock) = try plan.newAttempt(in: [])
        try store.save(record)
        withExtendedLifetime(lock) {}
        return record
    }

    @Test func aNewAttemptHasTheRolesModeItsQuestionsAndItsLock() throws {
        let store = try store()
        var plan = try planning(store)
        plan.seed = 7
        plan.questions = 3
        #expect(try plan.unfinished(in: []) == nil)
        let (record, lock) = try plan.newAttempt(in: [])
        #expect(record.mode == TrainingMode.defaultMode(for: .officer) && record.questionOrder.count == 3)
        #expect(record.councilSlug == "rayleigh" && record.seed == 7 && record.status == .inProgress)
        #expect(record.passMark == (record.mode.isExam ? 80 : nil))
        #expect(try AttemptLock.acquire(record.attemptId, in: store.folder) == nil, "held while the session runs")
        withExtendedLifetime(lock) {}
        // The same seed chooses the same questions.
        #expect(try plan.newAttempt(in: []).record.questionOrder == record.questionOrder)
    }

    @Test func anUnfinishedAttemptIsFoundAsItIsNowAndLocked() throws {
        let store = try store()
        var plan = try planning(store)
        plan.questions = 3
        var record = try startAndLeave(plan, store)
        let listed = store.all().records.map(\.record)
        // Answers saved since the folder was read are there.
        record.updatedAt = Timestamp.string(Date().addingTimeInterval(5))
        record.position = 1
        try store.save(record)
        let found = try #require(try plan.unfinished(in: listed))
        #expect(found.record.attemptId == record.attemptId && found.record.position == 1)
        // While held, a second window is refused.
        #expect(throws: WorkflowError.openElsewhere(mode: record.mode, startedAt: record.startedAt)) { try plan.unfinished(in: listed) }
        var saving = SessionSaving(store: store)
        #expect(try plan.abandon(found.record, saving: &saving) == nil)
        withExtendedLifetime(found.lock) {}
        #expect(try store.load(store.path(for: record.attemptId)).status == .abandoned)
    }

    @Test func anAttemptFinishedInAnotherWindowMeanwhileIsNotCarriedOn() throws {
        let store = try store()
        var plan = try planning(store)
        plan.questions = 2
        var record = try startAndLeave(plan, store)
        let listed = store.all().records.map(\.record)
        record.status = .completed
        try store.save(record)
        #expect(try plan.unfinished(in: listed) == nil)
    }

    /// The reliability harness's case: a record whose file was renamed (its id no longer its file's name), or whose
    /// file by its id says something else, is not carried on, and looking for one ends.
    @Test func anAttemptWhoseFileIsNotWhereItsIdSaysIsNotCarriedOn() throws {
        let store = try store()
        var plan = try planning(store)
        plan.questions = 2
        let renamed = try startAndLeave(plan, store)
        try FileManager.default.moveItem(atPath: store.path(for: renamed.attemptId), toPath: store.folder + "/renamed-by-hand.json")
        #expect(try plan.unfinished(in: store.all().records.map(\.record)) == nil)
        // The same attempt twice: an unfinished copy under another name, and its own file finished.
        var finished = renamed
        finished.status = .completed
        try store.save(finished)
        #expect(try plan.unfinished(in: store.all().records.map(\.record)) == nil)
    }

    @Test func aBankWithNothingToAskForTheRoleIsRefused() throws {
        let store = try store()
        var plan = try planning(store)
        var bank = plan.bank
        for index in bank.questions.indices { bank.questions[index].status = .retired }
        plan = AttemptPlanning(store: store, trainee: plan.trainee, location: plan.location, bank: bank, bankData: plan.bankData,
                               passMark: 80, toolVersion: "test")
        #expect(throws: WorkflowError.noQuestions(role: .officer)) { try plan.newAttempt(in: []) }
    }
}
