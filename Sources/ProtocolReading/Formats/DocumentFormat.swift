import Foundation

/// What kind of file a protocol was given as, from its first bytes and then its name.
enum DocumentFormat: Equatable {
    case text
    case pdf
    case word
    case openDocument
    case legacyWord

    /// The format of `data`, named `source`. A zipped file that is neither Word nor OpenDocument text is refused here.
    static func of(_ data: Data, source: String) throws(ProtocolReadingError) -> DocumentFormat {
        let bytes = data.prefix(1024)
        let suffix = URL(fileURLWithPath: source).pathExtension.lowercased()
        if bytes.starts(with: Array("%PDF".utf8)) || (bytes.count > 8 && Data(bytes).range(of: Data("%PDF-".utf8)) != nil && suffix == "pdf") {
            return .pdf
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            if suffix == "odt" { return .openDocument }
            if suffix == "docx" || suffix == "docm" { return .word }
            // Look inside: the part names say what it is.
            let parts = try ZippedParts(data: data, path: source, kind: "Word (.docx)")
            if parts.contains("word/document.xml") { return .word }
            if parts.contains("content.xml"), let type = try parts.read("mimetype"),
               String(decoding: type, as: UTF8.self).contains("opendocument.text") { return .openDocument }
            throw .binary(path: source, looksLike: "zipped (a spreadsheet, presentation or archive)")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return .legacyWord }
        // A question bank or a training record given by mistake reads as one long paragraph, and its keys as rules.
        if let first = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }), first == UInt8(ascii: "{") || first == UInt8(ascii: "["),
           (try? JSONSerialization.jsonObject(with: data)) != nil {
            throw .binary(path: source, looksLike: "JSON")
        }
        switch suffix {
        case "pdf": throw .unreadablePDF(path: source, reason: "it does not begin as a PDF does, so it is not really one")
        case "docx": throw .damagedDocument(path: source, kind: "Word (.docx)", reason: "it is not a ZIP archive, as Word files are")
        case "odt": throw .damagedDocument(path: source, kind: "OpenDocument (.odt)", reason: "it is not a ZIP archive, as OpenDocument files are")
        default: return .text
        }
    }
}
