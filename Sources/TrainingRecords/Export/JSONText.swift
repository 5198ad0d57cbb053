/// JSON written by hand, for exports of millions of statements where an encoder per statement would be too slow.
package enum JSONText {
    /// A JSON string literal, escaped per RFC 8259.
    static func string(_ text: String) -> String {
        var out = ExportBytes(capacity: text.utf8.count + 2)
        append(string: text, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// A JSON string literal, escaped per RFC 8259, added to `out`. Byte by byte: every byte that needs escaping is
    /// ASCII, and the bytes of other characters are copied as they are (a String's UTF-8 is always valid).
    package static func append(string text: String, to out: inout ExportBytes) {
        out.append(byte: UInt8(ascii: "\""))
        append(stringContent: text, to: &out)
        out.append(byte: UInt8(ascii: "\""))
    }

    /// The inside of a JSON string literal, without its quotes: a literal can be written in pieces this way, since
    /// escaping goes byte by byte.
    static func append(stringContent text: String, to out: inout ExportBytes) {
        var text = text
        text.withUTF8 { utf8 in
            // Most text needs no escaping; copying it in one go is much faster than byte by byte.
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                out.append(bytes: utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): out.append("\\\"")
                case UInt8(ascii: "\\"): out.append("\\\\")
                case 10: out.append("\\n")
                case 13: out.append("\\r")
                case 9: out.append("\\t")
                case ..<0x20:
                    out.append("\\u00")
                    out.append(byte: ExportBytes.hexDigits[Int(byte >> 4)])
                    out.append(byte: ExportBytes.hexDigits[Int(byte & 15)])
                default: out.append(byte: byte)
                }
            }
        }
    }

    /// A number without trailing noise: 7 → "7", 0.875 → "0.875".
    static func number(_ value: Double) -> String {
        var out = ExportBytes()
        append(number: value, to: &out)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// A number without trailing noise, added to `out`; anything not finite (which JSON cannot hold) as 0.
    static func append(number value: Double, to out: inout ExportBytes) {
        guard value.isFinite else { return out.append("0") }
        out.append(number: value)
    }
}
