import Foundation

/// The one way the project's files are written as JSON: pretty, keys sorted, slashes left alone, so the same value is
/// always the same bytes and a diff of two files shows what changed.
package enum ContractJSON {
    /// `value` as the project's JSON, without a final newline.
    package static func encode<Value: Encodable>(_ value: Value) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }
}
