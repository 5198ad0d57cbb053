import Foundation

/// How long a push waits before trying a store again that did not answer or answered with a server error: doubling
/// waits, so a store that is restarting gets time to come back and one that is down is given up on within a minute.
public struct RetryPolicy: Sendable {
    /// The waits before the second, third, … try; their count is the number of retries.
    public var delays: [TimeInterval]
    /// How to wait: the thread sleeps (a test passes one that records the waits instead).
    public var wait: @Sendable (TimeInterval) -> Void

    public init(delays: [TimeInterval], wait: @escaping @Sendable (TimeInterval) -> Void = { Thread.sleep(forTimeInterval: $0) }) {
        self.delays = delays
        self.wait = wait
    }

    /// 1, 2, 4, 8 and 16 seconds: five retries over half a minute.
    public static let standard = RetryPolicy(delays: [1, 2, 4, 8, 16])
    /// After training, the trainee is not kept waiting: one quick retry, and the record goes with the next push.
    public static let afterTraining = RetryPolicy(delays: [1])

    /// True for answers worth trying again: the store is busy or broken for now, not refusing these statements.
    static func isTemporary(_ status: Int) -> Bool {
        status == 429 || status == 408 || (500...599).contains(status)
    }
}
