/// The text of a saved web page, laid out as a plain-text protocol: headings and paragraphs as blocks, `<br>` as a
/// line break, list items with the numbers or letters the browser shows (`<ol start>`, `type`, `<li value>`),
/// struck text (`<s>`, `<strike>`, `<del>`, `text-decoration: line-through`) between `~~` marks, tables a row a line.
///
/// Menus, navigation, the site's header and footer, cookie notices and forms are set aside (`nav`, `aside`, `form`,
/// ARIA roles, and classes or ids such as "menu", "breadcrumb", "cookie", "footer"), unless they hold the page's
/// main text. A list nested in a numbered list prints as "(1)"-style items, or as "1.1"-style numbers where the outer
/// item is a heading, as protocols mean them.
enum WebPage {
    static func extract(_ html: String) -> ExtractedText {
        let root = HTMLNode.parse(html)
        let body = first("body", in: root) ?? root
        var writer = Writer(total: body.plainText.count)
        writer.render(body)
        writer.flush()
        return ExtractedText(text: writer.lines.joined(separator: "\n") + "\n", format: "a web page (HTML)",
                             setAside: writer.setAside)
    }

    /// Whether decoded text is a web page: it opens as one, or has many of a page's closing tags.
    static func looksLikeHTML(_ text: String) -> Bool {
        let start = text.prefix(2048).drop { $0 == " " || $0 == "\n" || $0 == "\u{FEFF}" }.lowercased()
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<?xml") && start.contains("<html") { return true }
        guard text.contains("</") else { return false }
        let lower = text.prefix(200_000).lowercased()
        let closings = ["</p>", "</li>", "</div>", "</h1>", "</h2>", "</h3>", "</td>", "</span>"]
        return closings.reduce(0) { $0 + lower.components(separatedBy: $1).count - 1 } >= 3
    }

    private static func first(_ name: String, in node: HTMLNode) -> HTMLNode? {
        if node.name == name { return node }
        for child in node.children { if let found = first(name, in: child) { return found } }
        return nil
    }

    private static let furnitureElements: Set<String> = ["nav", "aside", "form", "menu", "button", "select", "dialog", "head"]
    private static let furnitureRoles: Set<String> = ["navigation", "banner", "contentinfo", "menu", "menubar", "search", "complementary", "dialog"]
    private static let furnitureWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "cookie", "cookies", "sidebar", "footer",
        "masthead", "skip", "share", "social", "banner", "toolbar", "pagination",
    ]
    private static let strikeElements: Set<String> = ["s", "strike", "del"]
    private static let headingElements: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    private struct ListContext {
        var ordered: Bool
        var type: String
        var counter: Int
        /// The outer item's number, where this list numbers on from it ("1.1").
        var prefix: String?
    }

    private struct Writer {
        let total: Int
        var lines: [String] = []
        var setAside: [(line: Int, text: String)] = []
        private var current = ""
        private var lists: [ListContext] = []
        private var pendingLabel: String?
        private var preformatted = 0

        init(total: Int) {
            self.total = total
        }

        mutating func render(_ node: HTMLNode) {
            switch node.content {
            case .text(let text):
                inline(text)
            case .element(let name, _):
                if isFurniture(node, name) {
                    let words = node.plainText
                    if !words.isEmpty { setAside.append((lines.count + 1, words)) }
                    return
                }
                element(node, name)
            }
        }

        private func isFurniture(_ node: HTMLNode, _ name: String) -> Bool {
            var furniture = WebPage.furnitureElements.contains(name)
            if let role = node.attribute("role")?.lowercased(), WebPage.furnitureRoles.contains(role) { furniture = true }
            if name == "header" || name == "footer", !hasAncestor(node, in: ["main", "article"]) { furniture = true }
            let words = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
                .split(whereSeparator: { !$0.isLetter })
            if words.contains(where: { WebPage.furnitureWords.contains(String($0)) }) { furniture = true }
            guard furniture else { return false }
            // Never the page's main text, whatever its wrapper is called.
            if node.contains(element: "main") || node.contains(element: "article") { return false }
            return total == 0 || node.plainText.count * 2 < total
        }

        private func hasAncestor(_ node: HTMLNode, in names: Set<String>) -> Bool {
            var parent = node.parent
            while let current = parent {
                if let name = current.name, names.contains(name) { return true }
                parent = current.parent
            }
            return false
        }

        private mutating func element(_ node: HTMLNode, _ name: String) {
            let struck = WebPage.strikeElements.contains(name)
                || (node.attribute("style")?.lowercased().replacingOccurrences(of: " ", with: "").contains("line-through") ?? false)
            switch name {
            case "br":
                current += "\n"
                return
            case "hr":
                flush()
                return
            case "ol", "ul", "menu":
                flush()
                lists.append(listContext(node, ordered: name == "ol"))
                children(node)
                lists.removeLast()
                flush()
                return
            case "li":
                flush()
                pendingLabel = nextLabel(node)
                children(node)
                flush()
                pendingLabel = nil
                return
            case "td", "th":
                if !current.isEmpty, !current.hasSuffix(" ") { current += " " }
                children(node)
                current += " "
                return
            case "pre":
                flush()
                preformatted += 1
                children(node)
                preformatted -= 1
                flush()
                return
            default: break
            }
            let block = HTMLNode.blockElements.contains(name) || WebPage.headingElements.contains(name)
            if block { flush() }
            if struck { current += "~~" }
            children(node)
            if struck {
                // The closing mark goes straight after the last struck word.
                let trailing = current.reversed().prefix { $0 == " " }.count
                current.insert(contentsOf: "~~", at: current.index(current.endIndex, offsetBy: -trailing))
            }
            if block { flush() }
        }

        private mutating func children(_ node: HTMLNode) {
            for child in node.children { render(child) }
        }

        private mutating func inline(_ text: String) {
            if preformatted > 0 {
                current += text
                return
            }
            var squeezed = ""
            var lastWasSpace = current.isEmpty || current.hasSuffix(" ") || current.hasSuffix("\n")
            for character in text {
                if character == " " || character == "\n" || character == "\t" || character == "\r" || character == "\u{0C}" {
                    if !lastWasSpace { squeezed.append(" ") }
                    lastWasSpace = true
                } else {
                    squeezed.append(character)
                    lastWasSpace = false
                }
            }
            guard !squeezed.isEmpty else { return }
            if let label = pendingLabel, squeezed.contains(where: { $0 != " " }) {
                pendingLabel = nil
                current += label + " "
                squeezed = String(squeezed.drop { $0 == " " })
            }
            current += squeezed
        }

        /// Ends the block being written, followed by a blank line.
        mutating func flush() {
            let text = current.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: " ") }
                .joined(separator: "\n").trimmingCharacters(in: "\n")
            current = ""
            guard text.contains(where: { $0 != "~" && $0 != " " && $0 != "\n" }) || text.contains("~~") && text.count > 4 else { return }
            lines.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
            lines.append("")
        }

        private func listContext(_ node: HTMLNode, ordered: Bool) -> ListContext {
            let start = node.attribute("start").flatMap { Int($0.trimmingCharacters(in: " ")) } ?? 1
            var context = ListContext(ordered: ordered, type: node.attribute("type") ?? "1", counter: start - 1)
            // A decimal list inside a decimal list's item: "1.1" where the item is a heading, "(1)" items otherwise.
            if ordered, context.type == "1", let outer = lists.last, outer.ordered, outer.type == "1",
               let item = enclosingItem(node), isHeadingItem(item, list: node) {
                context.prefix = (outer.prefix.map { "\($0)." } ?? "") + "\(outer.counter)"
            }
            return context
        }

        private func enclosingItem(_ node: HTMLNode) -> HTMLNode? {
            var parent = node.parent
            while let current = parent {
                if current.name == "li" { return current }
                parent = current.parent
            }
            return nil
        }

        /// The outer item's own words, before the nested list, read as a heading: short and unterminated.
        private func isHeadingItem(_ item: HTMLNode, list: HTMLNode) -> Bool {
            var words = ""
            for child in item.children {
                if child === list || child.name == "ol" || child.name == "ul" { break }
                words += " " + child.plainText
            }
            let trimmed = words.trimmingCharacters(in: " ")
            return !trimmed.isEmpty && trimmed.count <= 80 && !(trimmed.last.map { ".:;".contains($0) } ?? false)
        }

        private mutating func nextLabel(_ node: HTMLNode) -> String {
            guard var list = lists.popLast() else { return "•" }
            defer { lists.append(list) }
            guard list.ordered else { return "•" }
            if let value = node.attribute("value").flatMap({ Int($0.trimmingCharacters(in: " ")) }) {
                list.counter = value
            } else {
                list.counter += 1
            }
            let nested = lists.contains { $0.ordered }
            switch list.type {
            case "a": return WordNumbering.formatted(list.counter, "lowerLetter") + "."
            case "A": return WordNumbering.formatted(list.counter, "upperLetter") + "."
            case "i": return WordNumbering.formatted(list.counter, "lowerRoman") + "."
            case "I": return WordNumbering.formatted(list.counter, "upperRoman") + "."
            default:
                if let prefix = list.prefix { return "\(prefix).\(list.counter)" }
                return nested ? "(\(list.counter))" : "\(list.counter)."
            }
        }
    }
}
