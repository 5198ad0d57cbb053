import Foundation
@testable import RecordPublishing

/// A learning record store in memory that behaves as xAPI 1.0.3 says (POST answers with the ids it stored, leaves out
/// those it held already, 204 when it stored none), with failures a test can script.
final class ScriptedStore: StatementTransport, @unchecked Sendable {
    enum Behaviour {
        /// No answer at all (a refused connection).
        case down
        /// An HTTP status with no statements stored.
        case status(Int)
        /// Stores the statements but never answers (the connection drops before the answer).
        case storeThenDrop
        /// Stores and answers with only the first `count` ids, the rest not stored.
        case keepOnly(Int)
    }

    private let lock = NSLock()
    private(set) var held: [String: [String: Any]] = [:]
    private(set) var posts: [[String]] = []
    private(set) var gets = 0
    /// Behaviours for the next requests, in turn; once used up the store works.
    var script: [Behaviour] = []
    /// Any batch holding a statement of this attempt's registration is refused with 422, as Ralph refuses a bad one.
    var refusesRegistration: String?

    func post(statements body: Data) throws(TransportFailure) -> LRSAnswer {
        lock.lock()
        defer { lock.unlock() }
        let statements = (try? JSONSerialization.jsonObject(with: body) as? [[String: Any]]) ?? []
        let ids = statements.compactMap { $0["id"] as? String }
        posts.append(ids)
        let behaviour = script.isEmpty ? nil : script.removeFirst()
        switch behaviour {
        case .down: throw TransportFailure(reason: "the connection was refused")
        case .status(let status): return LRSAnswer(status: status, body: Data("{\"detail\":\"scripted\"}".utf8))
        default: break
        }
        if Set(ids).count != ids.count {
            return LRSAnswer(status: 400, body: Data("{\"detail\":\"Duplicate statement IDs in the list of statements\"}".utf8))
        }
        if let refused = refusesRegistration,
           statements.contains(where: { ($0["context"] as? [String: Any])?["registration"] as? String == refused }) {
            return LRSAnswer(status: 422, body: Data("{\"detail\":\"verb is not allowed\"}".utf8))
        }
        var stored: [String] = []
        for (index, statement) in statements.enumerated() {
            guard let id = statement["id"] as? String, held[id] == nil else { continue }
            if case .keepOnly(let count) = behaviour, index >= count { continue }
            held[id] = statement
            stored.append(id)
        }
        if case .storeThenDrop = behaviour { throw TransportFailure(reason: "the connection was lost part-way") }
        if stored.isEmpty { return LRSAnswer(status: 204) }
        return LRSAnswer(status: 200, body: try! JSONSerialization.data(withJSONObject: stored))
    }

    func statement(id: UUID) throws(TransportFailure) -> LRSAnswer {
        lock.lock()
        defer { lock.unlock() }
        gets += 1
        // As Ralph 5.1.0 answers: a statement result, its list empty when there is no such statement.
        let found = held[id.uuidString.lowercased()].map { [$0] } ?? []
        return LRSAnswer(status: 200, body: try! JSONSerialization.data(withJSONObject: ["statements": found, "more": ""]))
    }

    /// Statements POSTed, counting each id once per POST it was in.
    var statementsPosted: Int { lock.withLock { posts.reduce(0) { $0 + $1.count } } }
}
