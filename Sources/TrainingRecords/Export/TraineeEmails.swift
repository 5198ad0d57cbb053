import Foundation

/// The clerk's list of trainees' email addresses ("name,email" per line, as a spreadsheet saves it), so xAPI statements
/// can name people by mbox where an email is known.
public enum TraineeEmails {
    /// Addresses by `PersonName.key`; a header line and blank lines are skipped.
    public static func load(_ path: String) throws(RecordsDeskError) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadableFile(path: path) }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// Reads the list from text; `path` names the file in messages.
    public static func parse(_ text: String, path: String) throws(RecordsDeskError) -> [String: String] {
        var emails: [String: String] = [:]
        let lines = text.replacingOccurrences(of: CSVText.byteOrderMark, with: "").components(separatedBy: .newlines)
        for (number, line) in lines.enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            // The address is after the last comma, so a quoted name such as "Smith, John" keeps its comma.
            guard let comma = line.lastIndex(of: ",") else { throw .badEmailLine(path: path, line: number + 1) }
            var name = line[..<comma].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("\""), name.hasSuffix("\""), name.count >= 2 {
                name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
            }
            let email = line[line.index(after: comma)...].trimmingCharacters(in: CharacterSet(charactersIn: " \"\t"))
            if number == 0, !email.contains("@") { continue }
            guard email.contains("@"), !email.contains(" "), !name.isEmpty else { throw .badEmailLine(path: path, line: number + 1) }
            emails[PersonName.key(name)] = email
        }
        return emails
    }
}
