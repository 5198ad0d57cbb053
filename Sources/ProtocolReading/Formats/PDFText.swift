import Foundation

/// The text of a PDF, read by poppler's `pdftotext` (Debian's poppler-utils) run as a subprocess, with no shell.
///
/// `-layout` is used: it keeps each printed line as one line, with a clause number beside its text and the indent of
/// lists and wrapped lines, which is what the text reader works from. Without it `pdftotext` rebuilds "reading order"
/// blocks, which puts a number printed in a hanging indent on a line of its own (or after its paragraph) and runs a
/// heading into the paragraph below; protocols are printed in one column, so `-layout`'s weakness (two columns side by
/// side on one line) does not arise. Pages end with a form feed, which the text reader takes as a page break.
public enum PDFText {
    /// How long `pdftotext` may take by default: a real protocol takes well under a second.
    public static let defaultTimeout = 60

    /// Extracts the text of a PDF file's bytes; `path` names it in messages. `program` is `pdftotext`'s path, or nil
    /// to look for it on `PATH`.
    static func extract(data: Data, source path: String, program: String?,
                        timeout: Int = defaultTimeout) throws(ProtocolReadingError) -> ExtractedText {
        guard let executable = program ?? locate("pdftotext"), FileManager.default.isExecutableFile(atPath: executable) else {
            throw .pdfReaderMissing(path: path)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("protocol-trainer-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false) } catch {
            throw .unreadable(path: path, reason: "no room for a temporary file: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent("protocol.pdf")
        let output = scratch.appendingPathComponent("text.txt")
        do { try data.write(to: input) } catch {
            throw .unreadable(path: path, reason: "no room for a temporary copy: \(error.localizedDescription)")
        }
        let errors = scratch.appendingPathComponent("errors.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-layout", "-enc", "UTF-8", "-eol", "unix", input.path, output.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorHandle = FileHandle(forWritingAtPath: errors.path)
        process.standardError = errorHandle ?? FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch { throw .pdfReaderMissing(path: path) }
        if finished.wait(timeout: .now() + .seconds(timeout)) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + .seconds(2)) == .timedOut { kill(process.processIdentifier, SIGKILL) }
            throw .pdfTimedOut(path: path, seconds: timeout)
        }
        try? errorHandle?.close()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .unreadablePDF(path: path, reason: reason(errors: errors, status: process.terminationStatus))
        }
        guard let data = try? Data(contentsOf: output) else {
            throw .unreadablePDF(path: path, reason: "pdftotext wrote no text")
        }
        let text = String(decoding: data, as: UTF8.self)
        let pages = max(1, text.filter { $0 == "\u{0C}" }.count)
        // A scan has pages but (almost) no letters: a page of a protocol has hundreds.
        if text.count(where: \.isLetter) < 20 * pages { throw .scannedPDF(path: path) }
        return ExtractedText(
            text: text, format: "a PDF, its text taken out by pdftotext",
            warnings: ["The protocol was read from a PDF, which does not keep struck-through text as struck through: any words the council struck out are read as ordinary text. Check the clauses against the printed document, or give the Word file."]
        )
    }

    /// What `pdftotext` said, in a few words.
    private static func reason(errors: URL, status: Int32) -> String {
        let said = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        let lines = said.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if lines.contains(where: { $0.localizedCaseInsensitiveContains("password") }) { return "it is password-protected" }
        guard let first = lines.first else { return "pdftotext stopped with status \(status)" }
        return "pdftotext said: \(first.count > 120 ? String(first.prefix(119)) + "…" : first)"
    }

    /// The first executable called `name` on `PATH`.
    static func locate(_ name: String, path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
