import Crypto
import Foundation
import TrainerModel

/// The clerk's secret for sealing training records: 32 random bytes in a file readable only by its owner, kept
/// outside the records folder, so that editing a record by hand cannot be covered up by re-sealing it.
public struct IntegrityKey: Sendable {
    public let path: String
    private let bytes: [UInt8]

    /// A short fingerprint of the key, written at the head of the log, so a wrong key is named as such.
    public var id: String {
        String(StableID.hex(Data(bytes)).prefix(16))
    }

    /// `--key FILE`, else `PROTOCOL_TRAINER_KEY`, else `records.key` in the user's configuration folder.
    public static func location(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let configured = environment["PROTOCOL_TRAINER_KEY"], !configured.isEmpty { return configured }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return config + "/protocol-trainer/records.key"
    }

    /// Reads the key at `path`.
    public static func load(_ path: String) throws(IntegrityError) -> IntegrityKey {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .noKey(path: path) }
        guard !isFolder.boolValue else { throw .keyIsFolder(path: path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableKey(path: path, reason: "permission denied") }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
        guard lines.count >= 2, lines[0] == Self.firstLine, let bytes = Self.bytes(hex: String(lines[1])), bytes.count == 32 else {
            throw .unreadableKey(path: path, reason: "it is not a protocol-trainer key")
        }
        return IntegrityKey(path: path, bytes: bytes)
    }

    /// Makes a new key at `path` (its folder is created, readable only by the owner); an existing key is never replaced.
    public static func create(at path: String) throws(IntegrityError) -> IntegrityKey {
        let bytes = SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) }
        let text = Self.firstLine + "\n" + Self.hex(bytes) + "\n"
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotWriteKey(path: path, reason: "its folder could not be created")
        }
        do { try AtomicFile.write(Data(text.utf8), to: path, permissions: 0o600, replacing: false) } catch {
            throw .cannotWriteKey(path: path, reason: error.reason)
        }
        return IntegrityKey(path: path, bytes: bytes)
    }

    /// The seal of `message`: HMAC-SHA-256 in hex.
    func seal(_ message: String) -> String {
        Self.hex(Array(HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: SymmetricKey(data: bytes))))
    }

    private static let firstLine = "protocol-trainer records key, version 1: keep this file private and out of the records folder"

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    private static func bytes(hex: String) -> [UInt8]? {
        let digits = Array(hex.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
