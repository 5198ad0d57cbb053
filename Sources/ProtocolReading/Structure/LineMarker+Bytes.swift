/// Reading a line's number or list label from its bytes, which is much quicker than reading characters.
///
/// The bytes give the same answer as the characters for as long as each byte looked at is a whole character: an
/// ASCII byte with ASCII (or the end of the line) after it, since only a non-ASCII mark can join an ASCII byte into a
/// bigger character. A reading that would have to look past that point is left to the character-level reader.
extension LineMarker {
    /// What reading from bytes found: a marker or none (`settled`), or that the bytes cannot tell (`unsettled`).
    enum ByteReading<Value> {
        case settled(Value?)
        case unsettled
    }

    /// The same as `readNumber`, when the bytes settle it.
    static func readNumberFromBytes(_ text: Substring) -> ByteReading<(String, Character?, Substring)> {
        do { return .settled(try readNumber(LeadingCharacters(text))) } catch { return .unsettled }
    }

    /// The same as `readLabel`, when the bytes settle it.
    static func readLabelFromBytes(_ text: Substring) -> ByteReading<(String, Bool, Substring)> {
        do { return .settled(try readLabel(LeadingCharacters(text))) } catch { return .unsettled }
    }

    private static func readNumber(_ line: LeadingCharacters) throws(Unsettled) -> (String, Character?, Substring)? {
        var position = 0
        var parts = 0
        var number: [UInt8] = []
        while parts < 5 {
            let digitsStart = position
            while position - digitsStart < 4, let byte = try line.byte(at: position), isDigit(byte) { position += 1 }
            guard (1...3).contains(position - digitsStart) else { return nil }
            // "09.08.16" is a date: no clause number starts with a nought.
            if parts == 0, position - digitsStart > 1, line.bytes[digitsStart] == UInt8(ascii: "0") { return nil }
            if parts > 0 { number.append(UInt8(ascii: ".")) }
            number += line.bytes[digitsStart..<position]
            parts += 1
            // Another level follows only as ".<digit>".
            guard try line.byte(at: position) == UInt8(ascii: "."),
                  let next = try line.byte(at: position + 1), isDigit(next) else { break }
            position += 1
        }
        var closer: Character?
        if let byte = try line.byte(at: position), byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") {
            closer = Character(Unicode.Scalar(byte))
            position += 1
        }
        // "1.Members should …": a closer with a capital straight after it, typed without the space.
        if let byte = try line.byte(at: position), byte != UInt8(ascii: " "),
           closer == nil || !(0x41...0x5A).contains(byte) { return nil }
        let restStart = try line.skippingSpaces(from: position)
        // "12 months' notice" is a sentence, not clause 12: a bare integer needs a closer or a capital after it.
        if parts == 1, closer == nil, let first = try line.byte(at: restStart),
           !((0x41...0x5A).contains(first) || "\"'(".utf8.contains(first)) { return nil }
        return (String(decoding: number, as: UTF8.self), closer, line.text(from: restStart))
    }

    private static func readLabel(_ line: LeadingCharacters) throws(Unsettled) -> (String, Bool, Substring)? {
        let parenthesised = try line.byte(at: 0) == UInt8(ascii: "(")
        let labelStart = parenthesised ? 1 : 0
        var labelEnd = labelStart
        // A label has at most five characters, so the sixth is as far as it needs looking.
        while labelEnd - labelStart < 6, let byte = try line.byte(at: labelEnd), isLetterOrDigit(byte) { labelEnd += 1 }
        guard (1...5).contains(labelEnd - labelStart), let closer = try line.byte(at: labelEnd),
              closer == UInt8(ascii: ")") || (!parenthesised && closer == UInt8(ascii: ".")) else { return nil }
        // "(1)Members are …": a bracketed label with a capital straight after it, typed without the space.
        let after = try line.byte(at: labelEnd + 1)
        guard after == UInt8(ascii: " ") || parenthesised && after.map({ (0x41...0x5A).contains($0) }) == true else { return nil }
        let restStart = try line.skippingSpaces(from: labelEnd + 1)
        let label = line.text(from: labelStart).prefix(labelEnd - labelStart)
        guard restStart < line.count, isListLabel(label, parenthesised: parenthesised) else { return nil }
        return (String(label), parenthesised, line.text(from: restStart))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}

/// Thrown when the bytes cannot tell what character is at a place in the line.
private struct Unsettled: Error {}

/// The first bytes of a line, as far as each is a whole character on its own.
private struct LeadingCharacters {
    private let line: Substring
    /// The leading bytes that are whole characters: ASCII, not "\r" (which "\n" joins), with ASCII or the end after.
    let bytes: [UInt8]
    /// How many bytes the line has in all.
    let count: Int

    init(_ line: Substring) {
        self.line = line
        (bytes, count) = line.withUTF8Bytes { all in
            // A marker is in the first few characters; only a run of spaces after it could reach further.
            var whole = 0
            while whole < min(all.count, 32), all[whole] < 0x80, all[whole] != 0x0D,
                  whole + 1 == all.count || all[whole + 1] < 0x80 { whole += 1 }
            return (Array(all[0..<whole]), all.count)
        }
    }

    /// The character at byte `position` (nil past the end of the line); throws when the bytes cannot tell.
    func byte(at position: Int) throws(Unsettled) -> UInt8? {
        if position < bytes.count { return bytes[position] }
        if position >= count { return nil }
        throw Unsettled()
    }

    /// Where the text after the spaces at `position` starts.
    func skippingSpaces(from position: Int) throws(Unsettled) -> Int {
        var position = position
        while try byte(at: position) == UInt8(ascii: " ") { position += 1 }
        return position
    }

    /// The line from byte `position` on.
    func text(from position: Int) -> Substring {
        line[line.utf8.index(line.startIndex, offsetBy: position)...]
    }
}
