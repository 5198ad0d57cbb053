/// A small, strict JSON parser for reading many records quickly: Foundation's decoders take about 170 µs for one
/// training record, which made an export of 100,000 attempts take a minute. Anything it does not accept is handed back
/// to `RecordStore.load`, which gives the precise reason, so it only ever needs to be right on good input.
enum JSONValue {
    case null
    case bool(Bool)
    /// The number's text as written, converted where it is used (a seed needs every digit of a UInt64).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in file order; records have a few dozen keys at most, so a linear search beats hashing.
    case object([(key: String, value: JSONValue)])

    /// The value of the whole text, or nil when it is not exactly one JSON value.
    static func parse(_ bytes: UnsafeRawBufferPointer) -> JSONValue? {
        var parser = Parser(bytes: bytes.bindMemory(to: UInt8.self))
        guard let value = parser.value(depth: 0) else { return nil }
        parser.skipSpace()
        return parser.index == parser.bytes.count ? value : nil
    }

    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        for member in members where member.key == key { return member.value }
        return nil
    }

    var string: String? { if case .string(let text) = self { return text } else { return nil } }
    var bool: Bool? { if case .bool(let flag) = self { return flag } else { return nil } }
    var array: [JSONValue]? { if case .array(let items) = self { return items } else { return nil } }
    var isNull: Bool { if case .null = self { return true } else { return false } }
    var double: Double? { if case .number(let text) = self { return Double(text) } else { return nil } }
    /// Whole numbers only, as JSONDecoder insists for Int and UInt64.
    var int: Int? { if case .number(let text) = self { return Int(text) } else { return nil } }
    var uint64: UInt64? { if case .number(let text) = self { return UInt64(text) } else { return nil } }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 32, 9, 10, 13: index += 1
                default: return
                }
            }
        }

        mutating func value(depth: Int) -> JSONValue? {
            skipSpace()
            guard index < bytes.count, depth < 64 else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"): return object(depth: depth)
            case UInt8(ascii: "["): return array(depth: depth)
            case UInt8(ascii: "\""): return string().map(JSONValue.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        mutating func literal(_ word: StaticString, _ result: JSONValue) -> JSONValue? {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return nil }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return nil }
            index += count
            return result
        }

        mutating func number() -> JSONValue? {
            let start = index
            scan: while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                     UInt8(ascii: "e"), UInt8(ascii: "E"): index += 1
                default: break scan
                }
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            guard index > start, Double(text) != nil,
                  text.first != "+", !text.hasPrefix("0") || text == "0" || text.hasPrefix("0.") || text.hasPrefix("0e") || text.hasPrefix("0E"),
                  !text.hasPrefix("-0") || text == "-0" || text.hasPrefix("-0.")
            else { return nil }
            return .number(text)
        }

        mutating func string() -> String? {
            index += 1
            let start = index
            var plain = true, ascii = true
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                if bytes[index] < 0x20 { return nil }
                if bytes[index] >= 0x80 { ascii = false }
                if bytes[index] == UInt8(ascii: "\\") { plain = false; index += 1 }
                index += 1
            }
            guard index < bytes.count else { return nil }
            defer { index += 1 }
            let raw = bytes[start..<index]
            // Plain ASCII needs no checking; anything else must be valid UTF-8, as JSONDecoder insists.
            if plain && ascii { return String(decoding: UnsafeBufferPointer(rebasing: raw), as: UTF8.self) }
            return plain ? String(validating: Array(raw), as: UTF8.self) : Self.unescape(raw)
        }

        static func unescape(_ raw: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
            var out: [UInt8] = []
            out.reserveCapacity(raw.count)
            var i = raw.startIndex
            while i < raw.endIndex {
                guard raw[i] == UInt8(ascii: "\\") else { out.append(raw[i]); i += 1; continue }
                guard i + 1 < raw.endIndex else { return nil }
                let code = raw[i + 1]
                i += 2
                switch code {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(code)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "u"):
                    guard var scalar = hex(raw, at: i) else { return nil }
                    i += 4
                    if (0xD800..<0xDC00).contains(scalar) {
                        // A high surrogate must be followed by \u and a low surrogate.
                        guard i + 6 <= raw.endIndex, raw[i] == UInt8(ascii: "\\"), raw[i + 1] == UInt8(ascii: "u"),
                              let low = hex(raw, at: i + 2), (0xDC00..<0xE000).contains(low) else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { return nil }
                    out.append(contentsOf: Array(String(Character(unicode)).utf8))
                default: return nil
                }
            }
            return String(validating: out, as: UTF8.self)
        }

        static func hex(_ raw: Slice<UnsafeBufferPointer<UInt8>>, at i: Int) -> UInt32? {
            guard i + 4 <= raw.endIndex, let text = String(validating: raw[i..<i + 4], as: UTF8.self) else { return nil }
            return UInt32(text, radix: 16)
        }

        mutating func array(depth: Int) -> JSONValue? {
            index += 1
            var items: [JSONValue] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            while true {
                guard let item = value(depth: depth + 1) else { return nil }
                items.append(item)
                skipSpace()
                guard index < bytes.count else { return nil }
                index += 1
                if bytes[index - 1] == UInt8(ascii: "]") { return .array(items) }
                if bytes[index - 1] != UInt8(ascii: ",") { return nil }
            }
        }

        mutating func object(depth: Int) -> JSONValue? {
            index += 1
            var members: [(key: String, value: JSONValue)] = []
            skipSpace()
            if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(members) }
            while true {
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                guard let item = value(depth: depth + 1) else { return nil }
                members.append((key, item))
                skipSpace()
                guard index < bytes.count else { return nil }
                index += 1
                if bytes[index - 1] == UInt8(ascii: "}") { return .object(members) }
                if bytes[index - 1] != UInt8(ascii: ",") { return nil }
            }
        }
    }
}
