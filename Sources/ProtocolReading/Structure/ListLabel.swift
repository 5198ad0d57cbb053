/// The order of list labels: a, b, c …; i, ii, iii …; 1, 2, 3 ….
enum ListLabel {
    /// True when `label` is the one printed after `previous`.
    static func follows(_ label: String, _ previous: String) -> Bool {
        if let value = Int(label), let before = Int(previous) { return value == before + 1 }
        let lower = label.lowercased(), lowerPrevious = previous.lowercased()
        if let value = romanValue(lower), let before = romanValue(lowerPrevious), value == before + 1 { return true }
        guard lower.count == 1, lowerPrevious.count == 1,
              let scalar = lower.unicodeScalars.first, let before = lowerPrevious.unicodeScalars.first else { return false }
        return scalar.value == before.value + 1
    }

    /// Up to fifty: a protocol's sections run past twenty ("XXI. Review").
    private static let numerals = [
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
        "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
        "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii", "xxix", "xxx",
        "xxxi", "xxxii", "xxxiii", "xxxiv", "xxxv", "xxxvi", "xxxvii", "xxxviii", "xxxix", "xl",
        "xli", "xlii", "xliii", "xliv", "xlv", "xlvi", "xlvii", "xlviii", "xlix", "l",
    ]

    static func romanValue(_ text: String) -> Int? {
        numerals.firstIndex(of: text).map { $0 + 1 }
    }
}
