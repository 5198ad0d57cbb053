import Foundation
import TrainerModel

/// RFC 4180 fields and rows: commas, quotes and line breaks quoted, CRLF between rows.
public enum CSVText {
    /// Starts a file so that Excel reads it as UTF-8 (LibreOffice and most tools skip it).
    public static let byteOrderMark = "\u{FEFF}"

    /// One field, quoted only when it has to be.
    public static func field(_ text: String) -> String {
        var out = ExportBytes(capacity: text.utf8.count)
        append(field: text, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// A field typed by a person (a name, a council): one starting =, +, - or @ gets a leading apostrophe, so a
    /// spreadsheet shows it as text instead of running it as a formula.
    public static func textField(_ text: String) -> String {
        var out = ExportBytes(capacity: text.utf8.count + 1)
        append(textField: text, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Fields already quoted, joined into one row ending in CRLF.
    public static func row(_ fields: [String]) -> String {
        fields.joined(separator: ",") + "\r\n"
    }

    /// `field(text)`, added to `out` without building a String.
    static func append(field text: String, to out: inout ExportBytes, prefix: UInt8? = nil) {
        var text = text
        text.withUTF8 { utf8 in
            var needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            // A space at either end is kept only inside quotes. A space byte is not always a whole character (a
            // combining accent may follow it), so only then is the slower check by characters made.
            if !needsQuotes, prefix == nil, utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ") {
                let string = String(decoding: utf8, as: UTF8.self)
                needsQuotes = string.first == " " || string.last == " "
            }
            if !needsQuotes && prefix != nil && utf8.last == UInt8(ascii: " ") {
                needsQuotes = String(decoding: utf8, as: UTF8.self).last == " "
            }
            if needsQuotes { out.append(byte: UInt8(ascii: "\"")) }
            if let prefix { out.append(byte: prefix) }
            if needsQuotes, utf8.contains(UInt8(ascii: "\"")), utf8.contains(where: { $0 >= 0x80 }) {
                // Foundation's replacement matches whole characters, so a quote with an accent on it is left alone:
                // rare enough to leave to Foundation rather than copy its rules.
                let string = String(decoding: utf8, as: UTF8.self)
                out.append(string.replacingOccurrences(of: "\"", with: "\"\""))
                out.append(byte: UInt8(ascii: "\""))
            } else if needsQuotes {
                for byte in utf8 {
                    if byte == UInt8(ascii: "\"") { out.append(byte: byte) }
                    out.append(byte: byte)
                }
                out.append(byte: UInt8(ascii: "\""))
            } else {
                out.append(bytes: utf8)
            }
        }
    }

    /// `textField(text)`, added to `out` without building a String.
    static func append(textField text: String, to out: inout ExportBytes) {
        guard let first = text.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13].contains(first)
        else { return append(field: text, to: &out) }
        append(field: text, to: &out, prefix: UInt8(ascii: "'"))
    }

    /// `Timestamp.wallClock(timestamp, seconds: true)` as a CSV field, added to `out` without building Strings.
    static func append(wallClockField timestamp: String?, to out: inout ExportBytes) {
        guard var text = timestamp else { return }
        text.withUTF8 { utf8 in
            let clock = utf8.prefix(19)
            guard clock.count >= 16 else { return }
            // Cut inside a character, String(decoding:) would put in a replacement character: leave that to wallClock.
            guard clock.allSatisfy({ $0 < 0x80 }) else {
                return append(field: Timestamp.wallClock(timestamp, seconds: true), to: &out)
            }
            let needsQuotes = clock.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
                || clock.first == UInt8(ascii: " ") || clock.last == UInt8(ascii: " ") || clock.first == UInt8(ascii: "T")
                || clock.last == UInt8(ascii: "T")
            guard !needsQuotes else { return append(field: Timestamp.wallClock(timestamp, seconds: true), to: &out) }
            for byte in clock { out.append(byte: byte == UInt8(ascii: "T") ? UInt8(ascii: " ") : byte) }
        }
    }
}
