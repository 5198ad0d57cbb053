import Foundation

/// The text of an OpenDocument text file (.odt, as LibreOffice saves): paragraphs and headings in order, list items
/// with the numbers their list style prints (`text:list-level-style-number`: format, prefix, suffix, levels shown),
/// struck-through spans (`style:text-line-through-style`) between `~~` marks. Tracked changes are kept apart from
/// the text in `text:tracked-changes`, so the body already reads with them accepted; notes are left out.
enum OpenDocument {
    static let kind = "OpenDocument (.odt)"

    static func extract(data: Data, path: String) throws(ProtocolReadingError) -> ExtractedText {
        let parts = try ZippedParts(data: data, path: path, kind: kind)
        guard let content = try parts.read("content.xml") else {
            throw .damagedDocument(path: path, kind: kind, reason: "it has no document text inside it")
        }
        var styles = Styles()
        if let shared = try parts.read("styles.xml") { _ = XMLElements.walk(shared) { styles.handle($0) } }
        _ = XMLElements.walk(content) { styles.handle($0) }
        var reader = Reader(styles: styles)
        if let failure = XMLElements.walk(content, { reader.handle($0) }) {
            throw .damagedDocument(path: path, kind: kind, reason: failure)
        }
        var warnings: [String] = []
        if reader.trackedChanges {
            warnings.append(ExtractedText.trackedChangesWarning("The document"))
        }
        return ExtractedText(text: reader.paragraphs.joined(separator: "\n\n") + "\n", format: "an OpenDocument (.odt) file",
                             warnings: warnings)
    }

    /// Which text styles strike through, and how each list style numbers its levels.
    struct Styles {
        struct Level {
            var format = ""
            var prefix = ""
            var suffix = ""
            var shown = 1
            var start = 1
        }

        var struck: Set<String> = []
        var lists: [String: [Int: Level]] = [:]
        private var style: String?
        private var list: String?

        mutating func handle(_ event: XMLElements.Event) {
            switch event {
            case .start("style", let attributes): style = attributes["name"]
            case .end("style"): style = nil
            case .start("text-properties", let attributes):
                if let style, let through = attributes["text-line-through-style"], through != "none" { struck.insert(style) }
            case .start("list-style", let attributes): list = attributes["name"]
            case .end("list-style"): list = nil
            case .start("list-level-style-number", let attributes):
                guard let list, let level = attributes["level"].flatMap({ Int($0) }) else { return }
                lists[list, default: [:]][level] = Level(
                    format: attributes["num-format"] ?? "", prefix: attributes["num-prefix"] ?? "",
                    suffix: attributes["num-suffix"] ?? "", shown: attributes["display-levels"].flatMap { Int($0) } ?? 1,
                    start: attributes["start-value"].flatMap { Int($0) } ?? 1)
            case .start("list-level-style-bullet", let attributes):
                guard let list, let level = attributes["level"].flatMap({ Int($0) }) else { return }
                lists[list, default: [:]][level] = Level(format: "•")
            default: break
            }
        }
    }

    private struct Reader {
        let styles: Styles
        var paragraphs: [String] = []
        var trackedChanges = false

        private var text = ""
        private var depth = 0
        private var skipping = 0
        private var spans: [Bool] = []
        private var listStyles: [String?] = []
        private var counters: [String: [Int]] = [:]
        private var pendingLabel: String?

        init(styles: Styles) {
            self.styles = styles
        }

        mutating func handle(_ event: XMLElements.Event) {
            switch event {
            case .start(let name, let attributes):
                if skipping > 0 || ["tracked-changes", "note", "annotation", "notes"].contains(name) {
                    if ["tracked-changes"].contains(name) { trackedChanges = true }
                    skipping += 1
                    return
                }
                start(name, attributes)
            case .end(let name):
                if skipping > 0 {
                    skipping -= 1
                    return
                }
                end(name)
            case .text(let characters):
                if skipping == 0, depth > 0 { text += characters }
            }
        }

        private mutating func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "p", "h":
                if depth == 0 { text = "" }
                depth += 1
                if let style = attributes["style-name"], styles.struck.contains(style) { text += "~~"; spans.append(true) } else { spans.append(false) }
            case "span":
                let struck = attributes["style-name"].map(styles.struck.contains) ?? false
                spans.append(struck)
                if struck { text += "~~" }
            case "s": text += String(repeating: " ", count: attributes["c"].flatMap { Int($0) } ?? 1)
            case "tab": text += " "
            case "line-break": text += "\n"
            case "list":
                listStyles.append(attributes["style-name"] ?? listStyles.last ?? nil)
                let level = listStyles.count
                if let style = listStyles.last ?? nil, attributes["continue-numbering"] != "true", level == 1, attributes["continue-list"] == nil {
                    counters[style] = nil
                }
            case "list-item":
                pendingLabel = label(start: attributes["start-value"].flatMap { Int($0) })
            case "change-start", "change": trackedChanges = true
            default: break
            }
        }

        private mutating func end(_ name: String) {
            switch name {
            case "p", "h":
                if spans.popLast() == true { text += "~~" }
                depth -= 1
                guard depth == 0 else { return }
                let words = text.trimmingCharacters(in: .whitespaces)
                if !words.isEmpty {
                    paragraphs.append(pendingLabel.map { "\($0) \(words)" } ?? words)
                    pendingLabel = nil
                }
            case "span": if spans.popLast() == true { text += "~~" }
            case "list": listStyles.removeLast()
            default: break
            }
        }

        /// Counts a list item at the current depth and returns what its list style prints.
        private mutating func label(start: Int?) -> String? {
            let level = listStyles.count
            guard level > 0, let style = listStyles.last ?? nil, let levels = styles.lists[style], let own = levels[level] else {
                return level > 0 ? "•" : nil
            }
            var counts = counters[style] ?? []
            while counts.count < level { counts.append((levels[counts.count + 1]?.start ?? 1) - 1) }
            counts = Array(counts.prefix(level))
            counts[level - 1] = start ?? counts[level - 1] + 1
            counters[style] = counts
            if own.format == "•" { return "•" }
            if own.format.isEmpty { return nil }
            let shown = (max(1, level - own.shown + 1)...level).map { shownLevel -> String in
                let format = levels[shownLevel]?.format ?? "1"
                let value = counts[shownLevel - 1]
                switch format {
                case "a": return WordNumbering.formatted(value, "lowerLetter")
                case "A": return WordNumbering.formatted(value, "upperLetter")
                case "i": return WordNumbering.formatted(value, "lowerRoman")
                case "I": return WordNumbering.formatted(value, "upperRoman")
                default: return "\(value)"
                }
            }
            return own.prefix + shown.joined(separator: ".") + own.suffix
        }
    }
}
