/// A printed clause number such as "2.2.3" or "B1.2", and how numbers relate to each other. A section's letter is a
/// first part of its own ("B1.2" is [1002, 1, 2]), so "B1.2" is a descendant of "B1" and the numbers of each section
/// are siblings among themselves.
struct ClauseNumber: Hashable, Comparable {
    let parts: [Int]
    /// Where a section's letter is kept among the parts: above any printed number.
    private static let letterBase = 1000

    init?(_ text: String) {
        if let letter = text.unicodeScalars.first, ("A"..."Z").contains(letter), text.count > 1,
           let rest = Self.digitParts(String(text.dropFirst())), !rest.isEmpty {
            parts = [Self.letterBase + Int(letter.value - 64)] + rest
            return
        }
        if let parts = Self.bracketedParts(text) {
            self.parts = parts
            return
        }
        if let parts = Self.digitParts(text) {
            guard !parts.isEmpty else { return nil }
            self.parts = parts
            return
        }
        let pieces = text.split(separator: ".")
        let numbers = pieces.compactMap { Int($0) }
        guard !numbers.isEmpty, numbers.count == pieces.count else { return nil }
        parts = numbers
    }

    init(parts: [Int]) { self.parts = parts }

    /// "3(a)" is [3, 1] and "3(a)(ii)" is [3, 1, 2]: the first bracket's letter counts from a, a later one's is a
    /// roman numeral where it reads as one.
    private static func bracketedParts(_ text: String) -> [Int]? {
        guard let open = text.firstIndex(of: "("), let section = Int(text[..<open]), text.hasSuffix(")") else { return nil }
        let groups = text[open...].split(separator: ")").map { String($0.dropFirst()) }
        var parts = [section]
        for (index, group) in groups.enumerated() {
            if let value = Int(group) {
                parts.append(value)
            } else if index > 0, let value = ListLabel.romanValue(group) {
                parts.append(value)
            } else if group.count == 1, let scalar = group.unicodeScalars.first, ("a"..."z").contains(scalar) {
                parts.append(Int(scalar.value) - 96)
            } else {
                return nil
            }
        }
        return parts
    }

    /// The numbers of a text made only of ASCII digits and dots, read from its bytes (as `init?` would read them:
    /// empty pieces between dots are skipped); nil for any other text, or a piece too long to read this way.
    private static func digitParts(_ text: String) -> [Int]? {
        text.withUTF8Bytes { bytes in
            var parts: [Int] = []
            var value = 0
            var digits = 0
            for byte in bytes {
                if byte == UInt8(ascii: ".") {
                    if digits > 0 { parts.append(value) }
                    value = 0
                    digits = 0
                } else if (0x30...0x39).contains(byte), digits < 18 {
                    value = value * 10 + Int(byte - 0x30)
                    digits += 1
                } else {
                    return nil
                }
            }
            if digits > 0 { parts.append(value) }
            return parts
        }
    }

    var text: String {
        guard let first = parts.first, first > Self.letterBase,
              let letter = Unicode.Scalar(UInt32(64 + first - Self.letterBase)) else {
            return parts.map(String.init).joined(separator: ".")
        }
        return String(Character(letter)) + parts.dropFirst().map(String.init).joined(separator: ".")
    }
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
