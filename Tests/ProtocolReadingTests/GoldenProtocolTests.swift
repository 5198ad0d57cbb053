import Foundation
import Testing
@testable import TestSupport

/// The whole reader, seed text in, JSON out, compared with the reviewed reference in Tests/…/Golden.
/// After a deliberate change, regenerate with `UPDATE_GOLDEN=1 swift test --filter GoldenProtocolTests` and review the diff.
struct GoldenProtocolTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    @Test(arguments: Seeds.councils)
    func jsonMatchesReference(council: String) throws {
        let json = try Seeds.read(council).jsonData()
        let reference = Self.folder.appendingPathComponent("\(council).protocol.json")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] != nil {
            try json.write(to: reference)
        }
        let expected = try Data(contentsOf: reference)
        #expect(String(decoding: json, as: UTF8.self) == String(decoding: expected, as: UTF8.self),
                "\(council): reader output differs from Golden/\(council).protocol.json")
    }

    @Test func jsonCarriesTheContractFields() throws {
        let json = try Seeds.read("district-constitution").jsonData()
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["council"] is NSNull)
        #expect(object["title"] as? String == "Protocol on Member/Officer Relations")
        let clauses = try #require(object["clauses"] as? [[String: Any]])
        let first = try #require(clauses.first)
        for key in ["id", "number", "heading", "text", "items"] { #expect(first[key] != nil, "clause field \(key)") }
        #expect(first["number"] is NSNull)
        let numbered = try #require(clauses.first { $0["number"] as? String == "1" })
        #expect(numbered["id"] as? String == "1")
    }
}
