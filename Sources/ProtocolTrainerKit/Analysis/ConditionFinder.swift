/// Finds the conditions and exceptions a rule carries: "other than where …", "unless …", "except …", "provided …".
enum ConditionFinder {
    private static let markers = [
        "other than", "unless", "except", "provided that", "provided the", "provided it", "provided they", "save where",
        "without the consent", "subject to",
    ]
    /// Qualifiers that soften a rule; quoted as they stand.
    private static let qualifiers = ["if necessary", "where practicable", "whenever practicable", "in most cases", "in general", "normally"]

    static func conditions(in sentence: String) -> [String] {
        let lower = sentence.lowercased()
        var found: [String] = []
        for marker in markers {
            guard let range = lower.range(of: marker) else { continue }
            let before = range.lowerBound == lower.startIndex ? " " : lower[lower.index(before: range.lowerBound)]
            guard before == " " || before == "(" || before == "," else { continue }
            let offset = lower.distance(from: lower.startIndex, to: range.lowerBound)
            let tail = sentence[sentence.index(sentence.startIndex, offsetBy: offset)...]
            let end = tail.firstIndex { ",;:.)".contains($0) && $0 != "." } ?? tail.endIndex
            var condition = String(tail[..<end]).trimmingCharacters(in: " .")
            if condition.hasSuffix(".") { condition.removeLast() }
            if !found.contains(where: { $0.contains(condition) || condition.contains($0) }) { found.append(condition) }
        }
        for qualifier in qualifiers where (" " + lower + " ").contains(" " + qualifier + " ") || lower.hasPrefix(qualifier + ",") {
            found.append(qualifier)
        }
        return found
    }
}
