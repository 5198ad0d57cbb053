/// A saved web page as a tree of elements and text, built the forgiving way browsers build it: unclosed `<p>` and
/// `<li>` are closed by what follows them, end tags with no open element are ignored, and scripts, styles and comments
/// never become text.
final class HTMLNode {
    enum Content {
        case element(String, [String: String])
        case text(String)
    }

    let content: Content
    private(set) var children: [HTMLNode] = []
    weak var parent: HTMLNode?

    init(_ content: Content) {
        self.content = content
    }

    var name: String? {
        if case .element(let name, _) = content { return name }
        return nil
    }

    func attribute(_ key: String) -> String? {
        if case .element(_, let attributes) = content { return attributes[key] }
        return nil
    }

    func append(_ child: HTMLNode) {
        child.parent = self
        children.append(child)
    }

    /// Every word below this node, whitespace squeezed.
    var plainText: String {
        var out = ""
        collectText(into: &out)
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }

    private func collectText(into out: inout String) {
        switch content {
        case .text(let text): out += text
        case .element: for child in children { child.out(into: &out) }
        }
    }

    private func out(into out: inout String) {
        out += " "
        collectText(into: &out)
    }

    /// Whether an element called `name` is this node or below it.
    func contains(element name: String) -> Bool {
        self.name == name || children.contains { $0.contains(element: name) }
    }

    /// Parses `html` into a tree under a root node called "#document".
    static func parse(_ html: String) -> HTMLNode {
        let root = HTMLNode(.element("#document", [:]))
        var open: [HTMLNode] = [root]
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var textStart = 0

        func flushText(upTo end: Int) {
            guard end > textStart else { return }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[textStart..<end])
            open.last!.append(HTMLNode(.text(HTMLEntities.decode(String(text)))))
        }

        func close(_ name: String) {
            guard let position = open.lastIndex(where: { $0.name == name }), position > 0 else { return }
            open.removeSubrange(position...)
        }

        while index < scalars.count {
            guard scalars[index] == "<", index + 1 < scalars.count else {
                index += 1
                continue
            }
            let next = scalars[index + 1]
            if next == "!" || next == "?" {
                flushText(upTo: index)
                let isComment = index + 3 < scalars.count && scalars[index + 2] == "-" && scalars[index + 3] == "-"
                index = isComment ? skip(past: Array("-->".unicodeScalars), in: scalars, from: index + 4)
                    : skip(past: [">"], in: scalars, from: index + 2)
                textStart = index
                continue
            }
            let closing = next == "/"
            let nameStart = index + (closing ? 2 : 1)
            guard nameStart < scalars.count, scalars[nameStart].properties.isAlphabetic else {
                index += 1
                continue
            }
            flushText(upTo: index)
            var (tag, end) = readTag(scalars, from: nameStart)
            tag.name = tag.name.lowercased()
            index = end
            textStart = index
            if closing {
                if tag.name == "p", !open.contains(where: { $0.name == "p" }) { continue }
                close(tag.name)
                continue
            }
            if let (targets, boundaries) = impliedEnds[tag.name],
               let position = open.lastIndex(where: { targets.contains($0.name ?? "") || boundaries.contains($0.name ?? "") }),
               position > 0, targets.contains(open[position].name ?? "") {
                open.removeSubrange(position...)
            }
            if blockElements.contains(tag.name), let paragraph = open.lastIndex(where: { $0.name == "p" }),
               !open[paragraph...].contains(where: { ["li", "td", "th", "div", "blockquote"].contains($0.name ?? "") }) {
                open.removeSubrange(paragraph...)
            }
            let node = HTMLNode(.element(tag.name, tag.attributes))
            open.last!.append(node)
            if rawTextElements.contains(tag.name) {
                // Script and style text is never content: skip to the end tag.
                let endTag = Array("</\(tag.name)".unicodeScalars)
                index = skip(past: endTag, in: scalars, from: index, ignoringCase: true)
                index = skip(past: [">"], in: scalars, from: index)
                textStart = index
                continue
            }
            // However deep a damaged or hostile page nests its tags, the tree is at most `deepest` levels deep, so
            // walking it cannot run out of stack: deeper elements become siblings.
            if !voidElements.contains(tag.name), !tag.selfClosing, open.count < deepest { open.append(node) }
        }
        flushText(upTo: scalars.count)
        return root
    }

    private struct Tag {
        var name = ""
        var attributes: [String: String] = [:]
        var selfClosing = false
    }

    /// Reads a tag's name and attributes (values quoted or not); returns the index after its ">".
    private static func readTag(_ scalars: [Unicode.Scalar], from start: Int) -> (Tag, Int) {
        var tag = Tag()
        var index = start
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" }
        while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">", scalars[index] != "/" {
            tag.name.unicodeScalars.append(scalars[index])
            index += 1
        }
        while index < scalars.count, scalars[index] != ">" {
            if isSpace(scalars[index]) { index += 1; continue }
            if scalars[index] == "/" {
                tag.selfClosing = index + 1 < scalars.count && scalars[index + 1] == ">"
                index += 1
                continue
            }
            var key = ""
            while index < scalars.count, !isSpace(scalars[index]), !"=>/".unicodeScalars.contains(scalars[index]) {
                key.unicodeScalars.append(scalars[index])
                index += 1
            }
            while index < scalars.count, isSpace(scalars[index]) { index += 1 }
            var value = ""
            if index < scalars.count, scalars[index] == "=" {
                index += 1
                while index < scalars.count, isSpace(scalars[index]) { index += 1 }
                if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
                    let quote = scalars[index]
                    index += 1
                    while index < scalars.count, scalars[index] != quote {
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < scalars.count, !isSpace(scalars[index]), scalars[index] != ">" {
                        value.unicodeScalars.append(scalars[index])
                        index += 1
                    }
                }
            }
            if key.isEmpty { index += 1; continue }
            tag.attributes[key.lowercased()] = HTMLEntities.decode(value)
        }
        return (tag, min(index + 1, scalars.count))
    }

    private static func skip(past pattern: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int,
                             ignoringCase: Bool = false) -> Int {
        var index = start
        while index + pattern.count <= scalars.count {
            var matches = true
            for offset in pattern.indices {
                let scalar = scalars[index + offset]
                let wanted = pattern[offset]
                let same = ignoringCase ? scalar.properties.lowercaseMapping == wanted.properties.lowercaseMapping : scalar == wanted
                if !same { matches = false; break }
            }
            if matches { return index + (ignoringCase ? 0 : pattern.count) }
            index += 1
        }
        return scalars.count
    }

    static let deepest = 200

    static let voidElements: Set<String> = [
        "br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr", "param",
    ]
    static let rawTextElements: Set<String> = ["script", "style", "template", "textarea", "title", "svg", "noscript", "iframe", "object"]
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "blockquote", "section", "article",
        "header", "footer", "nav", "aside", "main", "dl", "dt", "dd", "pre", "address", "figure", "form", "hr", "tr", "td", "th",
    ]
    /// Start tags that close an open element of theirs (the first set) unless a container of theirs (the second)
    /// is nearer: a new `<li>` closes the last `<li>` of its own list, not one of the list around it.
    private static let impliedEnds: [String: (Set<String>, Set<String>)] = [
        "li": (["li"], ["ol", "ul", "menu"]), "dt": (["dt", "dd"], ["dl"]), "dd": (["dt", "dd"], ["dl"]),
        "tr": (["tr"], ["table"]), "td": (["td", "th"], ["tr", "table"]), "th": (["td", "th"], ["tr", "table"]),
        "option": (["option"], ["select"]), "body": (["head"], []),
    ]
}
