import Foundation

/// Word's automatic numbering (`word/numbering.xml`), which is not in the document's text: each numbered paragraph
/// names a list and a level, and the number it prints ("2.3.", "(b)", "iv)") is counted here as Word counts it.
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
        var legal = false
    }

    /// Levels of each abstract list, by `w:abstractNumId`.
    private var abstracts: [String: [Int: Level]] = [:]
    /// Each list instance's abstract list and its start overrides, by `w:numId`.
    private var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
    /// The paragraph style that a level is tied to (numbered headings), by style id: the list and level.
    private(set) var styleLevels: [String: Int] = [:]
    /// Counters of each abstract list, one per level; nil before a level is first used, or after a higher level moved.
    private var counters: [String: [Int?]] = [:]
    /// Instances whose start overrides have been applied.
    private var overridden: Set<String> = []

    init() {}

    /// Reads `numbering.xml`; returns what was wrong with its XML, if anything.
    static func read(_ data: Data?) -> (WordNumbering, String?) {
        var numbering = WordNumbering()
        guard let data else { return (numbering, nil) }
        var abstract: String?
        var level: Int?
        var instance: String?
        var overrideLevel: Int?
        let failure = XMLElements.walk(data) { event in
            guard case .start(let name, let attributes) = event else {
                if case .end(let name) = event {
                    switch name {
                    case "abstractNum": abstract = nil
                    case "lvl": level = nil
                    case "num": instance = nil
                    case "lvlOverride": overrideLevel = nil
                    default: break
                    }
                }
                return
            }
            let value = attributes["val"]
            switch name {
            case "abstractNum": abstract = attributes["abstractNumId"]
            case "lvl":
                level = attributes["ilvl"].flatMap { Int($0) }
                if let abstract, let level, instance == nil { numbering.abstracts[abstract, default: [:]][level] = Level() }
            case "start" where instance == nil:
                if let abstract, let level, let start = value.flatMap({ Int($0) }) { numbering.abstracts[abstract]?[level]?.start = start }
            case "numFmt" where instance == nil:
                if let abstract, let level, let value { numbering.abstracts[abstract]?[level]?.format = value }
            case "lvlText" where instance == nil:
                if let abstract, let level { numbering.abstracts[abstract]?[level]?.text = value ?? "" }
            case "isLgl" where instance == nil:
                if let abstract, let level { numbering.abstracts[abstract]?[level]?.legal = value != "0" && value != "false" }
            case "pStyle" where instance == nil:
                if let level, let value { numbering.styleLevels[value] = level }
            case "num": instance = attributes["numId"]
            case "abstractNumId":
                if let instance, let value { numbering.instances[instance] = (value, [:]) }
            case "lvlOverride": overrideLevel = attributes["ilvl"].flatMap { Int($0) }
            case "startOverride":
                if let instance, let overrideLevel, let start = value.flatMap({ Int($0) }) {
                    numbering.instances[instance]?.starts[overrideLevel] = start
                }
            default: break
            }
        }
        return (numbering, failure)
    }

    /// The number a paragraph of list `numId` at `level` prints, counting it; nil for none. A bullet is "•".
    mutating func label(numId: String, level: Int) -> String? {
        guard numId != "0", let instance = instances[numId], let levels = abstracts[instance.abstract],
              let own = levels[level] else { return nil }
        var counts = counters[instance.abstract] ?? Array(repeating: nil, count: 10)
        guard level < counts.count else { return nil }
        if !overridden.contains(numId) {
            overridden.insert(numId)
            for (overrideLevel, start) in instance.starts where overrideLevel < counts.count {
                // Restarts the level: its next paragraph prints `start`.
                counts[overrideLevel] = start - 1
            }
        }
        counts[level] = (counts[level] ?? own.start - 1) + 1
        for deeper in (level + 1)..<counts.count { counts[deeper] = nil }
        counters[instance.abstract] = counts
        if own.format == "bullet" { return "•" }
        if own.format == "none" { return nil }
        var text = own.text
        for shown in (0...level).reversed() {
            let placeholder = "%\(shown + 1)"
            guard text.contains(placeholder) else { continue }
            let shownLevel = levels[shown] ?? Level()
            let count = counts[shown] ?? shownLevel.start
            let format = own.legal ? "decimal" : shownLevel.format
            text = text.replacingOccurrences(of: placeholder, with: Self.formatted(count, format))
        }
        let label = text.trimmingCharacters(in: .whitespaces)
        return label.isEmpty ? nil : label
    }

    static func formatted(_ value: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": return letters(value)
        case "upperLetter": return letters(value).uppercased()
        case "lowerRoman": return roman(value)
        case "upperRoman": return roman(value).uppercased()
        case "decimalZero": return value < 10 ? "0\(value)" : "\(value)"
        default: return "\(value)"
        }
    }

    /// a … z, then aa … zz, as Word letters a list.
    private static func letters(_ value: Int) -> String {
        guard value > 0 else { return "\(value)" }
        let letter = Character(Unicode.Scalar(UInt8(97 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    private static func roman(_ value: Int) -> String {
        guard value > 0, value < 4000 else { return "\(value)" }
        let table: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                                      (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var rest = value
        var out = ""
        for (amount, numeral) in table {
            while rest >= amount {
                out += numeral
                rest -= amount
            }
        }
        return out
    }
}
