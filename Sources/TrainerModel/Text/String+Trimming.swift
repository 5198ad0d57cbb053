// Trimming by Characters, as the reader and the analyser compare them, with a shortcut on bytes for ASCII.
extension StringProtocol {
    /// The text without any of `characters` at either end.
    package func trimmingCharacters(in characters: String) -> String {
        if let trimmed = trimmingASCIIBytes(in: characters) { return trimmed }
        // Usually there is nothing to trim, which the two end characters show without building a set.
        if let first, let last, !characters.contains(first), !characters.contains(last) { return String(self[...]) }
        let set = Set(characters)
        guard let start = firstIndex(where: { !set.contains($0) }),
              let end = lastIndex(where: { !set.contains($0) }) else { return "" }
        return String(self[start...end])
    }

    /// `trimmingCharacters(in:)` done on bytes, when `characters` are ASCII and so is the first character kept at
    /// either end: then every byte trimmed is a character of its own. Nil when that does not hold.
    private func trimmingASCIIBytes(in characters: String) -> String? {
        let set = characters.utf8
        guard set.allSatisfy({ $0 == 0x09 || (0x20...0x7E).contains($0) }) else { return nil }
        return withUTF8Bytes { bytes in
            guard let first = bytes.firstIndex(where: { !set.contains($0) }) else { return "" }
            let last = bytes.lastIndex { !set.contains($0) }!
            guard bytes[first] < 0x80, bytes[last] < 0x80 else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[first...last]), as: UTF8.self)
        }
    }
}
