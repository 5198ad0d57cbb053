import Foundation
import Testing

/// A program or Python module from outside Swift that a test needs: an independent validator of what the program writes
/// (jsonschema, Ralph's xAPI model, pygiftparser, xmllint), a reader the program itself calls (pdftotext), or a service
/// and the tools around it (Ralph's learning record store, curl, `script`). Every such test asks for it the same way,
/// with `required`: where it is missing the test is skipped, saying what to install; `.ci/run` installs them all, and
/// under CI (`CI` set) the test runs anyway, so that a missing tool fails there instead of passing unseen.
struct ExternalTool: Sendable {
    /// What the skip message calls it, e.g. "Python's jsonschema".
    let name: String
    /// Where it comes from, e.g. "pip install jsonschema" or "Debian's libxml2-utils".
    let source: String
    /// The command that exits 0 when the tool is there.
    let check: [String]

    init(_ name: String, from source: String, check: [String]) {
        self.name = name
        self.source = source
        self.check = check
    }

    /// A program on PATH; `arguments` make it exit 0 (most programs' `--version`).
    static func program(_ program: String, _ arguments: [String] = ["--version"], from source: String) -> ExternalTool {
        ExternalTool(program, from: source, check: [program] + arguments)
    }

    /// Python modules, importable by `python3` on PATH.
    static func python(_ modules: [String], named name: String, from source: String) -> ExternalTool {
        ExternalTool(name, from: source, check: ["python3", "-c", "import " + modules.joined(separator: ", ")])
    }

    /// Whether `program` is on PATH, or with `module`, whether that program (a Python) imports it.
    static func available(_ program: String, module: String? = nil) -> Bool {
        let tool = module.map { ExternalTool(program, from: "", check: [program, "-c", "import " + $0]) }
            ?? ExternalTool.program(program, from: "")
        return tool.isAvailable
    }

    /// Python's jsonschema, which checks the files against their published schemas.
    static let jsonschema = python(["jsonschema"], named: "Python's jsonschema", from: "pip install jsonschema")
    /// Ralph 5.1.0's xAPI 1.0.3 statement model, an independent reading of the xAPI export.
    static let ralphStatements = python(["ralph.models.xapi.base.statements"], named: "Ralph's xAPI statement model",
                                                from: "pip install -r Tests/Fixtures/lrs/requirements.txt")
    /// pygiftparserrgmf 0.0.5, an independent reader of the GIFT export.
    static let pygiftparser = python(["pygiftparser.parser"], named: "pygiftparserrgmf",
                                             from: "pip install pygiftparserrgmf==0.0.5")
    /// xmllint, which checks the Moodle XML export is well-formed.
    static let xmllint = program("xmllint", from: "Debian's libxml2-utils")
    /// poppler's pdftotext, which the reader takes a PDF's text out with.
    static let pdftotext = program("pdftotext", ["-v"], from: "Debian's poppler-utils")
    /// curl, which reads the statements back from the learning record store by a path independent of the program.
    static let curl = program("curl", from: "Debian's curl")
    /// util-linux's `script`, which runs the program on a pseudo-terminal for the readline tests.
    static let script = program("script", from: "Debian's bsdutils")

    /// Whether the tool is here; asked once per tool and run.
    var isAvailable: Bool { Self.availability.answer(for: check) }

    /// The trait a test that needs the tool carries: skipped, saying what to install, where the tool is missing
    /// (except under CI).
    var required: ConditionTrait {
        .enabled(if: isAvailable || Self.underCI, Comment(rawValue: "\(name) is not installed (\(source)); .ci/run installs it"))
    }

    /// CI services set `CI`; there every tool must be installed.
    static var underCI: Bool { ProcessInfo.processInfo.environment["CI"] != nil }

    /// Runs `arguments` (found on PATH), feeding it `input`; its exit status and what it wrote to either output.
    static func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe(), stdin = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `text` in a new file for a tool to read (in `PT_SCRATCH` when set, else the temporary folder); its path.
    static func temporaryFile(_ text: String, suffix: String) throws -> String {
        let base = ProcessInfo.processInfo.environment["PT_SCRATCH"].map(URL.init(fileURLWithPath:)) ?? FileManager.default.temporaryDirectory
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let url = base.appendingPathComponent("exchange-\(UUID().uuidString)\(suffix)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Each check's answer, kept so that a tool is looked for once however many tests need it.
    private static let availability = Availability()

    private final class Availability: @unchecked Sendable {
        private let lock = NSLock()
        private var answers: [[String]: Bool] = [:]

        func answer(for check: [String]) -> Bool {
            lock.lock()
            defer { lock.unlock() }
            if let known = answers[check] { return known }
            let found = (try? ExternalTool.quietStatus(check)) == 0
            answers[check] = found
            return found
        }
    }

    /// The exit status of `arguments`, with its output thrown away (a tool's version banner is no test's business).
    private static func quietStatus(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
