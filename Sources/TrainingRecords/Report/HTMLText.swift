/// Text made safe for an HTML or SVG page: every name, council and id typed by a person goes through here, so
/// "Siân O'Brien" reads as written and "<script>" shows as text instead of running.
public enum HTMLText {
    /// `text` with &, <, >, " and ' replaced by entities, safe both between tags and inside quoted attributes.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// A table with a caption-less header row; `rows` are already-escaped cells, so a cell can hold markup such as a badge.
    static func table(_ headings: [String], _ rows: [[String]], numeric: Set<Int> = []) -> String {
        let cell = { (tag: String, index: Int, body: String) in
            numeric.contains(index) ? "<\(tag) class=\"num\">\(body)</\(tag)>" : "<\(tag)>\(body)</\(tag)>"
        }
        var html = "<table>\n<thead><tr>"
        html += headings.enumerated().map { cell("th", $0.offset, escape($0.element)) }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in rows { html += "<tr>" + row.enumerated().map { cell("td", $0.offset, $0.element) }.joined() + "</tr>\n" }
        return html + "</tbody>\n</table>\n"
    }

    /// 87.5 → "87.5%", 80 → "80%".
    static func percent(_ value: Double?) -> String {
        value.map { AttemptFacts.number($0) + "%" } ?? "–"
    }
}
