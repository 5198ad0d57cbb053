/// RFC 4180 fields and rows: commas, quotes and line breaks quoted, CRLF between rows.
public enum CSVText {
    /// Starts a file so that Excel reads it as UTF-8 (LibreOffice and most tools skip it).
    public static let byteOrderMark = "\u{FEFF}"

    /// One field, quoted only when it has to be.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            || text.first == " " || text.last == " "
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// A field typed by a person (a name, a council): one starting =, +, - or @ gets a leading apostrophe, so a
    /// spreadsheet shows it as text instead of running it as a formula.
    public static func textField(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return field(text) }
        return field("'" + text)
    }

    /// Fields already quoted, joined into one row ending in CRLF.
    public static func row(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }
}
