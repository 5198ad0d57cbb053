import Foundation

/// The paragraph styles of a Word file (`word/styles.xml`) that carry automatic numbering ("List Number", numbered
/// headings), with the styles they are based on followed.
struct WordStyles {
    private var own: [String: (numId: String?, level: Int?)] = [:]
    private var basedOn: [String: String] = [:]

    static func read(_ data: Data?) -> WordStyles {
        var styles = WordStyles()
        guard let data else { return styles }
        var current: String?
        _ = XMLElements.walk(data) { event in
            switch event {
            case .start("style", let attributes): current = attributes["styleId"]
            case .end("style"): current = nil
            case .start("basedOn", let attributes):
                if let current, let parent = attributes["val"] { styles.basedOn[current] = parent }
            case .start("numId", let attributes):
                if let current { styles.own[current, default: (nil, nil)].numId = attributes["val"] }
            case .start("ilvl", let attributes):
                if let current { styles.own[current, default: (nil, nil)].level = attributes["val"].flatMap { Int($0) } }
            default: break
            }
        }
        return styles
    }

    /// The list and level a paragraph of `style` is numbered in, if any.
    func numbering(of style: String) -> (numId: String, level: Int?)? {
        var name: String? = style
        var seen: Set<String> = []
        while let current = name, seen.insert(current).inserted {
            if let numId = own[current]?.numId { return (numId, own[current]?.level) }
            name = basedOn[current]
        }
        return nil
    }
}
