import BankKeeping
import Foundation
import LineEditing

/// Runs the clerk's `$EDITOR` (or `$VISUAL`) on the current question's `QuestionForm` for `bank review`'s `editor`.
enum EditorRun {
    /// Edits the current question in the editor until it is saved, unchanged or discarded.
    /// Returns whether the question should be shown again (it was changed).
    static func edit(_ session: inout ReviewSession, reader: LineReading) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        guard let command = [environment["EDITOR"], environment["VISUAL"]].compactMap({ $0 }).first(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }),
              let question = session.current else {
            print("No text editor is set up, so the question cannot be opened in one. Set EDITOR (for example EDITOR=nano) and run bank review again, or type edit to change it here.")
            return false
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("question-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        var text = QuestionForm.render(question)
        while true {
            do { try text.write(to: file, atomically: true, encoding: .utf8) } catch {
                print("The form could not be written to \(file.path): \(error.localizedDescription)")
                return false
            }
            let parts = command.split(separator: " ").map(String.init)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: resolve(parts[0], path: environment["PATH"] ?? ""))
            process.arguments = Array(parts.dropFirst()) + [file.path]
            do { try process.run(); process.waitUntilExit() } catch {
                print("The editor '\(command)' could not be started: \(error.localizedDescription). Nothing was changed.")
                return false
            }
            guard process.terminationStatus == 0 else {
                print("The editor stopped with an error (\(process.terminationStatus)). Nothing was changed.")
                return false
            }
            guard let back = try? String(contentsOf: file, encoding: .utf8) else {
                print("The form could not be read back. Nothing was changed.")
                return false
            }
            let before = session.current
            let problems = session.saveForm(back)
            if problems.isEmpty {
                if session.current == before { print("Nothing was changed."); return false }
                print("Saved.")
                return true
            }
            print("Not saved, because:\n" + problems.map { "  - \($0)" }.joined(separator: "\n"))
            text = back
            while true {
                guard case .line(let line) = reader.read(prompt: "Edit again or discard? ") else {
                    print("Nothing was changed.")
                    return false
                }
                let word = line.trimmingCharacters(in: .whitespaces).lowercased()
                if ["edit", "again", "edit again", "e"].contains(word) { break }
                if ["discard", "d", "cancel"].contains(word) { print("Nothing was changed."); return false }
                print("Type edit to open the form again, or discard to keep the question as it was.")
            }
        }
    }

    /// The editor's path: as given if it has a slash, else the first match on PATH.
    private static func resolve(_ name: String, path: String) -> String {
        if name.contains("/") { return name }
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return name
    }
}
