import Foundation

/// xAPI export: one JSON array of statements, as a learning record store's statements resource accepts them.
public struct XAPIExport: ExportFormat {
    public let statements: XAPIStatements
    private var first = true

    /// An export using `statements` for the council's address and emails.
    public init(statements: XAPIStatements) {
        self.statements = statements
    }

    public mutating func begin(_ out: ExportOutput) { out.write("[\n") }

    public mutating func add(_ record: TrainingRecord, source: Data, to out: ExportOutput) -> Bool {
        let made = statements.statements(for: record)
        for statement in made {
            out.write(first ? statement : ",\n" + statement)
            first = false
        }
        return !made.isEmpty
    }

    public mutating func end(_ out: ExportOutput) { out.write(first ? "]\n" : "\n]\n") }
}
