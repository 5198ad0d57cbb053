import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Walks an XML part of a Word or OpenDocument file as a stream of start tags, end tags and text, with names and
/// attribute names stripped of their namespace prefix ("w:p" → "p"), as Foundation's `XMLParser` reads it.
final class XMLElements: NSObject, XMLParserDelegate {
    enum Event {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    private var handle: (Event) -> Void
    private var failure: String?

    private init(handle: @escaping (Event) -> Void) {
        self.handle = handle
    }

    /// Calls `handle` for each event of `data`; returns what was wrong where the XML is not well formed.
    static func walk(_ data: Data, _ handle: @escaping (Event) -> Void) -> String? {
        let walker = XMLElements(handle: handle)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = walker
        if !parser.parse() {
            return walker.failure ?? parser.parserError.map { "its XML is damaged: \($0.localizedDescription)" } ?? "its XML is damaged"
        }
        return nil
    }

    private static func local(_ name: String) -> String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        var local: [String: String] = [:]
        for (key, value) in attributes { local[Self.local(key)] = value }
        handle(.start(Self.local(elementName), local))
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        handle(.end(Self.local(elementName)))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handle(.text(string))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if failure == nil { failure = "its XML is damaged at line \(parser.lineNumber)" }
    }
}
