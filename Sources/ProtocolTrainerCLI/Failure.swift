import ArgumentParser
import Foundation

/// A plain message for the person at the keyboard, printed without a stack of error types, and the kind of failure,
/// which alone chooses the exit status.
struct Failure: Error, CustomStringConvertible {
    let kind: FailureKind
    let message: String
    var description: String { message }

    init(_ kind: FailureKind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// A stage's own error, in its own words (and `then`, what this command adds), of the kind `FailureKind(of:)` gives.
    init(_ error: some Error & CustomStringConvertible, then addition: String? = nil) {
        self.init(FailureKind(of: error) ?? .ioError, error.description + (addition.map { " " + $0 } ?? ""))
    }
}

extension Failure: LocalizedError {
    var errorDescription: String? { message }
}

/// Runs a workflow, turning any stage's error into a plain message of its kind.
func workflow<T>(_ work: () throws -> T) throws -> T {
    do { return try work() } catch let error as any Error & CustomStringConvertible where FailureKind(of: error) != nil && !(error is Failure) {
        throw Failure(error)
    }
}
