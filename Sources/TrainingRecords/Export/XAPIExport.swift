import Foundation
import TrainerModel

/// xAPI export: one JSON array of statements, as a learning record store's statements resource accepts them.
public struct XAPIExport: ExportFormat {
    public let statements: XAPIStatements

    /// An export using `statements` for the council's address and emails.
    public init(statements: XAPIStatements) {
        self.statements = statements
    }

    public var header: String { "[\n" }
    public var separator: StaticString { ",\n" }
    public func footer(afterAny: Bool) -> String { afterAny ? "\n]\n" : "]\n" }

    public func add(_ record: TrainingRecord, source: UnsafeRawBufferPointer, to out: inout ExportBytes) -> Bool {
        statements.append(record, to: &out, separator: separator) > 0
    }
}
