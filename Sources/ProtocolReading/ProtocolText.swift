import Foundation

/// Turns the bytes of a protocol file into clean text: the encoding worked out, line endings and odd spaces normalised.
struct ProtocolText {
    var text: String
    var encoding: String
    var warnings: [String]

    /// Decodes `data`, refusing empty and binary files.
    static func decode(_ data: Data, source: String) throws(ProtocolReadingError) -> ProtocolText {
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) {
            throw .empty(path: source)
        }
        if let utf16 = decodeUTF16(bytes) {
            return ProtocolText(text: normalise(utf16), encoding: "UTF-16", warnings: [])
        }
        if let kind = binaryKind(bytes) { throw .binary(path: source, looksLike: kind) }
        if looksBinary(bytes) { throw .binary(path: source, looksLike: nil) }

        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let utf8 = String(validating: body, as: UTF8.self) {
            return ProtocolText(text: normalise(utf8), encoding: "UTF-8", warnings: [])
        }
        let fallback = decodeWindows1252(body)
        return ProtocolText(
            text: normalise(fallback), encoding: "Windows-1252",
            warnings: ["The file is not valid UTF-8, so it was read as Windows-1252 (the usual encoding of older Word and Windows text files). Check that accented letters and quotation marks look right."]
        )
    }

    /// Recognises files people commonly give by mistake, so the message can name them.
    private static func binaryKind(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            (Array("%PDF".utf8), "PDF"),
            ([0x50, 0x4B, 0x03, 0x04], "Word (.docx), spreadsheet or other zipped"),
            ([0xD0, 0xCF, 0x11, 0xE0], "Word (.doc) or other Office"),
            (Array("{\\rtf".utf8), "rich-text (.rtf)"),
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
            ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }

    /// Text files have no NUL bytes and few control characters.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        var controls = 0
        for byte in bytes {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
                controls += 1
            }
        }
        return controls * 20 > bytes.count
    }

    private static func decodeUTF16(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        if bytes[0] == 0xFF && bytes[1] == 0xFE { littleEndian = true }
        else if bytes[0] == 0xFE && bytes[1] == 0xFF { littleEndian = false }
        else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 with typographic punctuation in 0x80–0x9F.
    private static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        let high: [UInt32] = [
            0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
            0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// One kind of line ending, ordinary spaces, no invisible characters; a form feed becomes a blank line (a page break).
    ///
    /// Works on the UTF-8 bytes: most of a text needs no change, and runs of unchanged bytes are copied whole.
    static func normalise(_ text: String) -> String {
        text.withUTF8Bytes { bytes in
            var out: [UInt8] = []
            var changed = false
            var copiedUpTo = 0
            var previousWasCR = false
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                // Printable ASCII, the usual case, is kept as it is.
                if byte >= 0x20 && byte < 0x7F {
                    previousWasCR = false
                    offset += 1
                    continue
                }
                let (value, length) = UTF8Bytes.scalar(in: bytes, at: offset)
                let scalar = Unicode.Scalar(value)!
                if let replacement = replacement(for: scalar, afterCR: previousWasCR) {
                    if !changed { out.reserveCapacity(bytes.count) }
                    out.append(contentsOf: bytes[copiedUpTo..<offset])
                    out.append(contentsOf: replacement.utf8)
                    copiedUpTo = offset + length
                    changed = true
                }
                previousWasCR = scalar == "\r"
                offset += length
            }
            guard changed else { return text }
            out.append(contentsOf: bytes[copiedUpTo...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// What `scalar` becomes, or nil when it is kept as it is.
    private static func replacement(for scalar: Unicode.Scalar, afterCR: Bool) -> String? {
        switch scalar.value {
        case 0x0D: return "\n"
        case 0x0A: return afterCR ? "" : nil
        case 0x0C: return "\n\n"
        case 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return " "
        case 0x200B...0x200D, 0xFEFF, 0xAD, 0x2060: return ""
        case 0xFB01: return "fi"
        case 0xFB02: return "fl"
        case 0x2028, 0x2029, 0x85: return "\n"
        default: return scalar.value < 0x20 || scalar.value == 0x7F ? " " : nil
        }
    }
}
