/// The text of a PDF, Word file or web page, laid out as a plain-text protocol would be, for the text reader.
///
/// Struck-through words come out between `~~` marks, so that the text reader sets them aside and reports them as it
/// does in a typed protocol; `setAside` is what the extractor itself left out (a web page's menus and footers).
struct ExtractedText {
    var text: String
    /// How the file was read, for `protocol check` ("a PDF, read with pdftotext").
    var format: String
    var warnings: [String] = []
    /// Text left out, with the line of `text` it stood before.
    var setAside: [(line: Int, text: String)] = []

    /// The warning for a document (`document`: "The Word file") whose tracked changes were read as accepted.
    static func trackedChangesWarning(_ document: String) -> String {
        "\(document) has tracked changes that were never accepted or rejected. It was read as if they were all accepted: deleted words left out, inserted words kept. Check with the council that this is the version it adopted."
    }
}
