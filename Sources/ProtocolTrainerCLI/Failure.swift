import ArgumentParser
import Foundation

/// A plain message for the person at the keyboard, printed without a stack of error types, and exit status 1.
struct Failure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

extension Failure: LocalizedError {
    var errorDescription: String? { message }
}
