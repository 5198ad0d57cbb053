/// A printed clause number such as "2.2.3", and how numbers relate to each other.
struct ClauseNumber: Hashable, Comparable {
    let parts: [Int]

    init?(_ text: String) {
        let pieces = text.split(separator: ".")
        let numbers = pieces.compactMap { Int($0) }
        guard !numbers.isEmpty, numbers.count == pieces.count else { return nil }
        parts = numbers
    }

    init(parts: [Int]) { self.parts = parts }

    var text: String { parts.map(String.init).joined(separator: ".") }
    var depth: Int { parts.count }
    var parent: ClauseNumber? { depth > 1 ? ClauseNumber(parts: Array(parts.dropLast())) : nil }

    /// "2.2.3" is a descendant of "2.2" and of "2".
    func isDescendant(of other: ClauseNumber) -> Bool {
        depth > other.depth && Array(parts.prefix(other.depth)) == other.parts
    }

    static func < (lhs: ClauseNumber, rhs: ClauseNumber) -> Bool {
        lhs.parts.lexicographicallyPrecedes(rhs.parts)
    }
}
