import Foundation
import Testing
@testable import BankKeeping
@testable import TestSupport

/// Banks that fail their format are refused with the path and the failing field.
struct BankStoreTests {
    private func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bank-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func notJSONIsRefused() throws {
        let path = try write("this is not json")
        #expect(throws: BankError.invalid(path: path, field: "the file", problem: "is not JSON")) { try BankStore.load(path) }
    }

    @Test func aMissingFieldIsNamed() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: try Banks.committed("rayleigh").jsonData()) as? [String: Any])
        var questions = try #require(object["questions"] as? [[String: Any]])
        var options = try #require(questions[2]["options"] as? [[String: Any]])
        options[1].removeValue(forKey: "feedback")
        questions[2]["options"] = options
        object["questions"] = questions
        let path = try write(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        #expect(throws: BankError.invalid(path: path, field: "questions[2].options[1].feedback", problem: "is missing")) { try BankStore.load(path) }
        #expect(BankError.invalid(path: path, field: "questions[2].options[1].feedback", problem: "is missing").description.contains(path))
    }

    @Test func aWrongValueIsNamed() throws {
        let json = String(decoding: try Banks.committed("rayleigh").jsonData(), as: UTF8.self)
            .replacingOccurrences(of: "\"type\" : \"one-answer\"", with: "\"type\" : \"maybe\"")
        let path = try write(json)
        #expect(throws: BankError.self) { try BankStore.load(path) }
        do { _ = try BankStore.load(path) } catch {
            #expect(error.description.contains("questions[") && error.description.contains(".type"))
        }
    }

    @Test func aNewerFormatIsRefusedPlainly() throws {
        let path = try write("{\"schemaVersion\": 99}")
        #expect(throws: BankError.unsupportedVersion(path: path, version: 99)) { try BankStore.load(path) }
    }

    @Test func aVersionBelowOneIsRefusedAsNeverWritten() throws {
        var object = try #require(try JSONSerialization.jsonObject(with: try Banks.committed("rayleigh").jsonData()) as? [String: Any])
        for version in [0, -1] {
            object["schemaVersion"] = version
            let path = try write(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
            #expect(throws: BankError.unsupportedVersion(path: path, version: version)) { try BankStore.load(path) }
            #expect(BankError.unsupportedVersion(path: path, version: version).description.contains("versions start at 1"))
        }
    }

    @Test func aFolderIsNamedAsOneWithTheBankInsideIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bankdir-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(throws: BankError.isFolder(path: folder, bankInside: nil)) { try BankStore.load(folder) }
        try BankStore.save(try Banks.committed("rayleigh"), to: folder + "/bank.json")
        #expect(throws: BankError.isFolder(path: folder, bankInside: folder + "/bank.json")) { try BankStore.load(folder) }
        #expect(BankError.isFolder(path: folder, bankInside: folder + "/bank.json").description.contains("is a folder, not a question bank file. Give the bank's file inside it"))
    }

    @Test func savingIsAtomicAndRoundTrips() throws {
        let bank = try Banks.committed("iminster")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bank-\(UUID().uuidString).json").path
        try BankStore.save(bank, to: path)
        #expect(try BankStore.load(path) == bank)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path).filter { $0.hasSuffix(".tmp") && $0.contains("bank-") }
        #expect(leftovers.isEmpty)
    }
}
