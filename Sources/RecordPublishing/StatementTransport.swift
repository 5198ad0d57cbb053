import Foundation

/// The HTTP requests a push makes, behind a protocol so the push's rules (batches, retries, partial answers) are tested
/// against a scripted store as well as a real one.
public protocol StatementTransport: Sendable {
    /// POSTs `body`, a JSON array of statements, to the statements resource.
    func post(statements body: Data) throws(TransportFailure) -> LRSAnswer
    /// GETs the one statement with this id (voided ones included), or a 404 answer.
    func statement(id: UUID) throws(TransportFailure) -> LRSAnswer
}

/// What the store answered: its HTTP status and body.
public struct LRSAnswer: Sendable, Equatable {
    public var status: Int
    public var body: Data

    public init(status: Int, body: Data = Data()) {
        self.status = status
        self.body = body
    }

    /// The body as text for a message, cut short.
    public var bodyText: String {
        let text = String(decoding: body.prefix(300), as: UTF8.self).replacingOccurrences(of: "\n", with: " ")
        return text.isEmpty ? "no body" : text
    }
}

/// No answer at all: refused connection, time-out, a connection dropped part-way.
public struct TransportFailure: Error, Sendable, Equatable {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }
}
