/// JSON written by hand, for exports of millions of statements where an encoder per statement would be too slow.
enum JSONText {
    /// A JSON string literal, escaped per RFC 8259.
    static func string(_ text: String) -> String {
        // Most text needs no escaping; checking the bytes first avoids rebuilding it scalar by scalar.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A number without trailing noise: 7 → "7", 0.875 → "0.875".
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// `{"a":1,"b":"x"}` from pairs whose values are already JSON; nil values are left out.
    static func object(_ pairs: KeyValuePairs<String, String?>) -> String {
        "{" + pairs.compactMap { key, value in value.map { string(key) + ":" + $0 } }.joined(separator: ",") + "}"
    }
}
