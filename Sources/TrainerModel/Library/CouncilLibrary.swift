import Foundation

/// The built-in councils: one folder per council under `QuestionBanks/`, holding the protocol (`protocol.txt`, or
/// `protocol.pdf`, `.docx`, `.odt`, `.html`) and `bank.json`.
public struct CouncilLibrary: Sendable {
    /// The `QuestionBanks` folder.
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// Finds `QuestionBanks`: `PROTOCOL_TRAINER_BANKS` if set, else the current folder or one above it, else beside the program.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: String = CommandLine.arguments.first ?? "") -> CouncilLibrary? {
        if let configured = environment["PROTOCOL_TRAINER_BANKS"], !configured.isEmpty {
            return CouncilLibrary(root: URL(fileURLWithPath: configured))
        }
        var candidates: [URL] = []
        for start in [URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                      URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()] {
            var folder = start
            for _ in 0..<6 {
                candidates.append(folder.appendingPathComponent("QuestionBanks"))
                folder.deleteLastPathComponent()
            }
        }
        return candidates.first { isDirectory($0) }.map(CouncilLibrary.init)
    }

    /// The council slugs available, e.g. `iminster`.
    public var councils: [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return entries.filter { isDirectory(root.appendingPathComponent($0)) && !$0.hasPrefix(".") }.sorted()
    }

    /// The protocol file of a built-in council.
    public func protocolPath(council: String) -> String {
        Self.protocolFile(in: root.appendingPathComponent(council))
    }

    /// The kinds of protocol file a council's folder may hold, in the order they are looked for.
    public static let protocolFileNames = ["protocol.txt", "protocol.pdf", "protocol.docx", "protocol.odt", "protocol.html", "protocol.htm"]

    /// The protocol file in a council's folder: the first of `protocolFileNames` there, else `protocol.txt` (which
    /// the reader then reports missing).
    public static func protocolFile(in folder: URL) -> String {
        let candidates = protocolFileNames.map { folder.appendingPathComponent($0).path }
        return candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }

    /// The question bank of a built-in council.
    public func bankPath(council: String) -> String {
        root.appendingPathComponent(council).appendingPathComponent("bank.json").path
    }

    /// Treats `argument` as a file path if one exists there, otherwise as a built-in council's name.
    public func resolveProtocol(_ argument: String) -> String {
        if FileManager.default.fileExists(atPath: argument) || argument.contains("/") { return argument }
        let slug = argument.lowercased()
        return councils.contains(slug) ? protocolPath(council: slug) : argument
    }
}

private func isDirectory(_ url: URL) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
}
