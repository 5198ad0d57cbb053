import Foundation
import Testing
@testable import RecordPublishing
@testable import TestSupport
@testable import TrainerModel
@testable import TrainingRecords

/// The push's rules against a scripted store: each attempt exactly once, nothing marked as sent that the store did
/// not take, and a stopped push carried on by the next.
struct RecordPushTests {
    let endpoint = try! LRSEndpoint("http://127.0.0.1:9/xAPI/")

    private func push(_ store: RecordStore, to lrs: ScriptedStore, waits: WaitLog = WaitLog()) -> RecordPush {
        var push = RecordPush(scanner: RecordScanner(store: store), endpoint: endpoint, transport: lrs,
                              statements: XAPIStatements(homePage: "https://www.example-tc.gov.uk"))
        push.retry = RetryPolicy(delays: [1, 2], wait: { waits.add($0) })
        push.batchSize = 20
        return push
    }

    private func ids(_ records: [TrainingRecord]) -> Set<String> {
        Set(records.flatMap(PendingAttempt.statementIDs(of:)))
    }

    @Test func aSecondPushSendsNothingAndALaterAttemptGoesNext() throws {
        let records = (1...3).map { DeskFixtures.record(name: "Trainee \($0)", questions: 4) }
        let store = try DeskFixtures.folder(records + [DeskFixtures.record(name: "Still Going", status: .inProgress)])
        let lrs = ScriptedStore()
        let first = try push(store, to: lrs).run()
        #expect(first.attemptsSent == 3 && first.statementsSent == 15 && first.stopped == nil)
        #expect(Set(lrs.held.keys) == ids(records), "the unfinished attempt is not sent")
        let posted = lrs.statementsPosted
        let second = try push(store, to: lrs).run()
        #expect(second.waiting == 0 && lrs.statementsPosted == posted)
        let later = DeskFixtures.record(name: "Later Trainee", questions: 2)
        try store.save(later)
        let third = try push(store, to: lrs).run()
        #expect(third.attemptsSent == 1 && lrs.posts.last.map(Set.init) == ids([later]))
    }

    @Test func aStoreThatIsDownIsRetriedThenGivenUpOnWithNothingMarkedSent() throws {
        let store = try DeskFixtures.folder([DeskFixtures.record(name: "Ann Lee")])
        let lrs = ScriptedStore()
        lrs.script = [.down, .status(503), .down]
        let waits = WaitLog()
        let outcome = try push(store, to: lrs, waits: waits).run()
        #expect(outcome.stopped == .unreachable(url: endpoint.description, reason: "the connection was refused", tries: 3))
        #expect(waits.all == [1, 2])
        #expect(try AcknowledgementLog(folder: store.folder).summary(for: endpoint).acknowledged.isEmpty)
        // Back up: the next push sends it.
        #expect(try push(store, to: lrs).run().attemptsSent == 1)
    }

    @Test func aServerErrorThenSuccessSendsOnce() throws {
        let store = try DeskFixtures.folder([DeskFixtures.record(name: "Ann Lee")])
        let lrs = ScriptedStore()
        lrs.script = [.status(500), .status(429)]
        let waits = WaitLog()
        let outcome = try push(store, to: lrs, waits: waits).run()
        #expect(outcome.attemptsSent == 1 && outcome.stopped == nil && waits.all == [1, 2])
    }

    @Test func aRefusedPasswordStopsThePushAtOnce() throws {
        let store = try DeskFixtures.folder([DeskFixtures.record(name: "Ann Lee")])
        let lrs = ScriptedStore()
        lrs.script = [.status(401)]
        var push = push(store, to: lrs)
        push.user = "clerk"
        let outcome = try push.run()
        #expect(outcome.stopped == .refusedCredentials(url: endpoint.description, user: "clerk", status: 401))
        #expect(lrs.posts.count == 1, "a wrong password is not retried")
        #expect(try AcknowledgementLog(folder: store.folder).summary(for: endpoint).acknowledged.isEmpty)
    }

    @Test func anAttemptTheStoreRefusesIsNamedAndTheRestStillGo() throws {
        let records = (1...5).map { DeskFixtures.record(name: "Trainee \($0)", started: "2026-03-1\($0)T10:00:00+00:00", questions: 3) }
        let store = try DeskFixtures.folder(records)
        let lrs = ScriptedStore()
        let refused = records[3]
        lrs.refusesRegistration = refused.attemptId.uuidString.lowercased()
        var push = push(store, to: lrs)
        push.batchSize = 100
        let outcome = try push.run()
        #expect(outcome.rejected.map(\.attempt) == [refused.attemptId])
        #expect(outcome.rejected.first?.reason.contains("verb is not allowed") == true)
        #expect(outcome.attemptsSent == 4 && Set(lrs.held.keys) == ids(records.filter { $0 != refused }))
        let summary = try AcknowledgementLog(folder: store.folder).summary(for: endpoint)
        #expect(summary.rejected.keys.sorted { $0.uuidString < $1.uuidString } == [refused.attemptId])
        // The store is fixed: the next push sends only the refused attempt.
        lrs.refusesRegistration = nil
        let again = try push.run()
        #expect(again.waiting == 1 && again.attemptsSent == 1 && lrs.posts.last.map(Set.init) == ids([refused]))
        #expect(try AcknowledgementLog(folder: store.folder).summary(for: endpoint).rejected.isEmpty)
    }

    @Test func onlyTheIdsTheStoreAcknowledgedAreRecorded() throws {
        let record = DeskFixtures.record(name: "Ann Lee", questions: 6)
        let store = try DeskFixtures.folder([record])
        let lrs = ScriptedStore()
        lrs.script = [.keepOnly(3)]
        let outcome = try push(store, to: lrs).run()
        #expect(outcome.statementsSent == 3 && outcome.notKept == 4 && outcome.attemptsSent == 0)
        let all = PendingAttempt.statementIDs(of: record)
        #expect(try AcknowledgementLog(folder: store.folder).summary(for: endpoint).acknowledged == Set(all.prefix(3)))
        let next = try push(store, to: lrs).run()
        #expect(next.statementsSent == 4 && lrs.posts.last == Array(all.dropFirst(3)), "only the rest is sent")
        #expect(Set(lrs.held.keys) == Set(all))
    }

    @Test func statementsStoredByAPushThatLostItsAnswerAreFoundNotDuplicated() throws {
        let records = (1...2).map { DeskFixtures.record(name: "Trainee \($0)", questions: 3) }
        let store = try DeskFixtures.folder(records)
        let lrs = ScriptedStore()
        lrs.script = [.storeThenDrop, .down, .down]
        var first = push(store, to: lrs)
        first.batchSize = 100
        #expect(try first.run().stopped != nil)
        #expect(lrs.held.count == 8, "the store kept the batch")
        #expect(try AcknowledgementLog(folder: store.folder).summary(for: endpoint).acknowledged.isEmpty)
        let again = try first.run()
        #expect(again.alreadyHeld == 8 && again.statementsSent == 0 && again.attemptsSent == 2)
        #expect(lrs.held.count == 8)
        #expect(try first.run().waiting == 0)
    }

    @Test func aPurgedAttemptIsNeverSentAgainAndCanBeVoided() throws {
        let kept = DeskFixtures.record(name: "Kept")
        let purged = DeskFixtures.record(name: "Purged", started: "2019-01-01T10:00:00+00:00")
        let store = try DeskFixtures.folder([kept, purged])
        let lrs = ScriptedStore()
        let push = push(store, to: lrs)
        _ = try push.run()
        let purge = RecordPurge(scanner: push.scanner, before: Timestamp.date("2020-01-01T00:00:00+00:00")!)
        _ = try purge.remove(try purge.candidates().records, reason: "test")
        let posted = lrs.statementsPosted
        #expect(try push.run().waiting == 0 && lrs.statementsPosted == posted)
        let log = AcknowledgementLog(folder: store.folder)
        #expect(log.storesHolding([purged.attemptId, kept.attemptId]).map(\.attempts) == [[purged.attemptId, kept.attemptId].sorted { $0.uuidString < $1.uuidString }])
        #expect(try PushStatus(push).heldAfterRemoval == [purged.attemptId])
        let voided = try VoidStatements(push: push).run(String(purged.attemptId.uuidString.lowercased().prefix(8)))
        #expect(voided.voided == 5)
        let refs = lrs.posts.last ?? []
        #expect(refs.count == 5)
        let objects = refs.compactMap { lrs.held[$0]?["object"] as? [String: Any] }
        #expect(Set(objects.compactMap { $0["id"] as? String }) == ids([purged]))
        #expect(objects.allSatisfy { $0["objectType"] as? String == "StatementRef" })
        #expect(try PushStatus(push).heldAfterRemoval.isEmpty)
        #expect(try VoidStatements(push: push).run(purged.attemptId.uuidString).voided == 0, "voiding twice sends nothing")
        #expect(throws: PushError.self) { try VoidStatements(push: push).run("ffff0000") }
    }

    @Test func aRecordCopiedUnderAnotherNameIsSentOnce() throws {
        let record = DeskFixtures.record(name: "Ann Lee")
        let store = try DeskFixtures.folder([record])
        try FileManager.default.copyItem(atPath: store.path(for: record.attemptId), toPath: store.folder + "/copy-of-attempt.json")
        let lrs = ScriptedStore()
        let outcome = try push(store, to: lrs).run()
        #expect(outcome.waiting == 1 && outcome.attemptsSent == 1 && lrs.posts.map(\.count) == [5])
    }

    @Test func twoPushesAtOnceCannotBothSend() throws {
        let store = try DeskFixtures.folder([DeskFixtures.record(name: "Ann Lee")])
        let log = AcknowledgementLog(folder: store.folder)
        let holding = try log.openForPush()
        #expect(throws: PushError.busy(path: log.path)) { try push(store, to: ScriptedStore()).run() }
        withExtendedLifetime(holding) {}
    }

    @Test func aLineTornByAStoppedPushIsSetAsideAndTheLogCarriesOn() throws {
        let record = DeskFixtures.record(name: "Ann Lee")
        let store = try DeskFixtures.folder([record])
        let log = AcknowledgementLog(folder: store.folder)
        try Data("{\"schemaVersion\":1,\"at\":\"2026-".utf8).write(to: URL(fileURLWithPath: log.path))
        #expect(try push(store, to: ScriptedStore()).run().attemptsSent == 1)
        let summary = try log.summary(for: endpoint)
        #expect(summary.unreadableLines == 1 && summary.acknowledged == ids([record]))
    }

    @Test func batchesKeepEachAttemptWholeAndWithinTheSize() {
        var random = LayoutRandom(state: 7)
        for _ in 0..<200 {
            let pending = (0..<Int.random(in: 0...30, using: &random)).map { index in
                PendingAttempt(path: "\(index)", attempt: UUID(), statementIDs: (0..<Int.random(in: 1...40, using: &random)).map { "\(index)-\($0)" })
            }
            let size = Int.random(in: 1...120, using: &random)
            let batches = RecordPush.batches(pending, size: size)
            #expect(batches.flatMap { $0 } == pending, "every attempt once, in order")
            for batch in batches {
                #expect(batch.count == 1 || batch.reduce(0) { $0 + $1.statementIDs.count } <= size)
            }
        }
    }
}

/// The waits a retry policy asked for, instead of waiting.
final class WaitLog: @unchecked Sendable {
    private let lock = NSLock()
    private var waits: [TimeInterval] = []
    func add(_ wait: TimeInterval) { lock.withLock { waits.append(wait) } }
    var all: [TimeInterval] { lock.withLock { waits } }
}

