/// Character references of HTML ("&amp;", "&nbsp;", "&#8217;", "&#x2019;"), as they occur in saved web pages.
enum HTMLEntities {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ensp": " ", "emsp": " ",
        "thinsp": " ", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”",
        "bdquo": "„", "hellip": "…", "bull": "•", "middot": "·", "copy": "©", "reg": "®", "trade": "™", "pound": "£",
        "euro": "€", "sect": "§", "para": "¶", "deg": "°", "frac12": "½", "frac14": "¼", "frac34": "¾", "times": "×",
        "shy": "\u{00AD}", "zwsp": "", "zwnj": "", "zwj": "", "laquo": "«", "raquo": "»", "dagger": "†", "Dagger": "‡",
        "prime": "′", "minus": "−", "rarr": "→", "larr": "←", "check": "✓", "iexcl": "¡", "iquest": "¿", "cent": "¢",
        "aacute": "á", "eacute": "é", "iacute": "í", "oacute": "ó", "uacute": "ú", "agrave": "à", "egrave": "è",
        "igrave": "ì", "ograve": "ò", "ugrave": "ù", "acirc": "â", "ecirc": "ê", "icirc": "î", "ocirc": "ô", "ucirc": "û",
        "auml": "ä", "euml": "ë", "iuml": "ï", "ouml": "ö", "uuml": "ü", "yuml": "ÿ", "ccedil": "ç", "ntilde": "ñ",
        "Aacute": "Á", "Eacute": "É", "Iacute": "Í", "Oacute": "Ó", "Uacute": "Ú", "Ouml": "Ö", "Uuml": "Ü", "szlig": "ß",
        "wcirc": "ŵ", "ycirc": "ŷ", "Wcirc": "Ŵ", "Ycirc": "Ŷ", "aelig": "æ", "oslash": "ø", "aring": "å",
    ]

    /// `text` with its character references replaced; a reference that is not one is left as it is.
    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character == "&" else {
                out.append(character)
                index = text.index(after: index)
                continue
            }
            let body = text[text.index(after: index)...].prefix(12).prefix { $0 != ";" && $0 != "&" && $0 != " " && $0 != "<" }
            let hasSemicolon = body.endIndex < text.endIndex && text[body.endIndex] == ";"
            if let replacement = reference(String(body)), hasSemicolon || !body.hasPrefix("#") && named[String(body)] != nil {
                out += replacement
                index = hasSemicolon ? text.index(after: body.endIndex) : body.endIndex
            } else {
                out.append(character)
                index = text.index(after: index)
            }
        }
        return out
    }

    private static func reference(_ body: String) -> String? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(scalar)
        }
        if body.hasPrefix("#") { return UInt32(body.dropFirst()).flatMap(scalar) }
        return named[body]
    }

    /// A numeric reference; 0x80–0x9F are Windows-1252's punctuation, as browsers read them.
    private static func scalar(_ value: UInt32) -> String? {
        let windows: [UInt32: UInt32] = [0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x96: 0x2013, 0x97: 0x2014,
                                         0x85: 0x2026, 0x95: 0x2022, 0x80: 0x20AC]
        let mapped = windows[value] ?? value
        guard mapped != 0, let scalar = Unicode.Scalar(mapped) else { return "\u{FFFD}" }
        return String(Character(scalar))
    }
}
