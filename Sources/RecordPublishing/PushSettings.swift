import Foundation
import TrainerModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The clerk's push set-up, made once with `records push --configure`: which store, as whom, and whether each
/// training sends its record straight away. Kept in the clerk's own settings folder, never in the records folder
/// (records are copied and backed up; a password must not go with them), the password in a file only its owner reads.
public struct PushSettings: Codable, Sendable, Equatable {
    public static let schemaVersion = 1
    public static let fileName = "push.json"
    public static let passwordFileName = "lrs-password"
    /// Where a password is taken from when no file is given.
    public static let passwordVariable = "PROTOCOL_TRAINER_LRS_PASSWORD"

    public var schemaVersion = Self.schemaVersion
    public var lrs: String
    public var user: String
    public var homePage: String?
    public var afterTraining: Bool

    public init(lrs: LRSEndpoint, user: String, homePage: String?, afterTraining: Bool) {
        self.lrs = lrs.description
        self.user = user
        self.homePage = homePage
        self.afterTraining = afterTraining
    }

    /// `$PROTOCOL_TRAINER_CONFIG`, else `$XDG_CONFIG_HOME/protocol-trainer`, else `~/.config/protocol-trainer`.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let folder = environment["PROTOCOL_TRAINER_CONFIG"], !folder.isEmpty { return folder }
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/protocol-trainer" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/protocol-trainer"
    }

    /// The settings in `folder`, or nil where none were saved.
    public static func load(from folder: String) throws(PushError) -> PushSettings? {
        let path = folder + "/" + fileName
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableSettings(path: path, reason: "it could not be read") }
        do {
            let settings = try JSONDecoder().decode(PushSettings.self, from: data)
            guard settings.schemaVersion == schemaVersion else {
                throw PushError.unreadableSettings(path: path, reason: "it is of version \(settings.schemaVersion); this protocol-trainer reads version \(schemaVersion)")
            }
            return settings
        } catch let error as PushError { throw error } catch {
            throw .unreadableSettings(path: path, reason: "it is not settings protocol-trainer wrote")
        }
    }

    /// Saves the settings and the password in `folder`, both readable only by their owner.
    public func save(in folder: String, password: String) throws(PushError) {
        let path = folder + "/" + Self.fileName
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch { throw .cannotSaveSettings(path: path, reason: "the folder could not be made") }
        do {
            try AtomicFile.write(Data((password + "\n").utf8), to: folder + "/" + Self.passwordFileName, permissions: 0o600)
            try AtomicFile.write(ContractJSON.encode(self) + Data("\n".utf8), to: path, permissions: 0o600)
        } catch let error as AtomicFile.Failure {
            throw .cannotSaveSettings(path: path, reason: error.reason)
        } catch { throw .cannotSaveSettings(path: path, reason: "\(error)") }
    }

    /// The password in a file: its first line, refused where others on the computer could read it.
    public static func password(fromFile path: String) throws(PushError) -> String {
        var status = stat()
        guard stat(path, &status) == 0, let data = FileManager.default.contents(atPath: path) else { throw .unreadablePassword(path: path) }
        guard status.st_mode & 0o077 == 0 else { throw .passwordReadableByOthers(path: path) }
        // Split as bytes: as Characters, "\r\n" is one and a line ending from Windows would stay in the password.
        var line = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).first ?? Data()
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        let password = String(decoding: line, as: UTF8.self)
        guard !password.isEmpty else { throw .unreadablePassword(path: path) }
        return password
    }

    /// The password: from `file` if given, else the environment, else the one saved with the settings in `folder`.
    public static func password(file: String?, folder: String?,
                                environment: [String: String] = ProcessInfo.processInfo.environment) throws(PushError) -> String {
        if let file { return try password(fromFile: file) }
        if let password = environment[passwordVariable], !password.isEmpty { return password }
        if let folder, FileManager.default.fileExists(atPath: folder + "/" + passwordFileName) {
            return try password(fromFile: folder + "/" + passwordFileName)
        }
        throw .noPassword(variable: passwordVariable)
    }
}
