import Foundation
@testable import TestSupport

/// The ways the reliability harness's reader fuzz (`reader_fuzz.py`) damages a protocol file, in Swift, at sizes a
/// unit test can afford: lines shuffled, deleted or repeated, numbers changed or made huge, huge lines, NUL bytes,
/// byte-order marks and UTF-16, odd line endings, deep numbering, long lists, many clauses, flipped bytes, truncation,
/// stray Unicode and structural junk.
enum ProtocolMutation: String, CaseIterable, Sendable {
    case shuffle, delete, duplicate, numbers, hugeLine, nul, byteOrderMark, endings, deepNumbering, bullets, manyClauses
    case flip, truncate, unicode, structure

    /// How big the damage may get: the harness's own sizes (a million-byte line, 10,000 bullets) would take a unit
    /// test minutes, and the same code paths are reached at a tenth of them.
    struct Scale: Sendable {
        var longLine = 6_000
        var listItems = [10, 50, 200]
        var clauses = [20, 60, 200]

        static let test = Scale()
        static let harness = Scale(longLine: 1_000_000, listItems: [100, 1_000, 3_000, 10_000], clauses: [300, 999, 1_500, 10_000])
    }

    func apply(to bytes: [UInt8], using random: inout LayoutRandom, scale: Scale = .test) -> [UInt8] {
        switch self {
        case .shuffle:
            return Self.joined(Self.lines(bytes).shuffled(using: &random))
        case .delete:
            let keep = Double(random.int(10...90)) / 100
            return Self.joined(Self.lines(bytes).filter { _ in random.chance(1 - keep) })
        case .duplicate:
            return Self.joined(Self.lines(bytes).flatMap { line in
                random.chance(0.2) ? Array(repeating: line, count: 1 + random.pick([1, 2, 10, 100])) : [line]
            })
        case .numbers:
            return Self.replacingDigitRuns(in: bytes, using: &random)
        case .hugeLine:
            let count = scale.longLine
            let line: [UInt8]
            switch random.int(0...2) {
            case 0: line = Array(repeating: UInt8(ascii: "x"), count: count)
            case 1: line = Array(Array(repeating: "Officers must not", count: count / 18).joined(separator: " ").utf8)
            default: line = Array(String(repeating: "1.", count: count / 2).utf8)
            }
            return Self.inserting([line], into: bytes, using: &random)
        case .nul:
            var out = bytes
            for _ in 0..<random.pick([1, 5, 100]) { out.insert(0, at: random.int(0...out.count)) }
            return out
        case .byteOrderMark:
            return Self.withByteOrderMarks(bytes, using: &random)
        case .endings:
            return Self.withLineEndings(bytes, using: &random)
        case .deepNumbering:
            let depth = random.pick([7, 12, 50, 300])
            let lines = (0..<random.pick([5, 50])).map { index -> [UInt8] in
                let number = (0..<random.int(1...depth)).map { _ in String(random.int(1...9)) }.joined(separator: ".")
                return Array("\(number) Staff must log item \(index) with the Clerk.".utf8)
            }
            return Self.inserting(lines, into: bytes, using: &random)
        case .bullets:
            let mark = random.pick(["•", "-", "*", "(a)", "a.", "i.", "(ii)"])
            let items = (0..<random.pick(scale.listItems)).map { " \(mark) Councillors must not ask staff member \($0) to fetch parcel \($0)." }
            return bytes + Array("\n\n98 What staff can expect\n\n98.1 All staff can expect:\n".utf8) + Array(items.joined(separator: "\n").utf8)
        case .manyClauses:
            let count = random.pick(scale.clauses)
            return Array((1...count).map { "\($0). The Clerk must file note \($0) and Councillors should not read it." }.joined(separator: "\n").utf8)
        case .flip:
            guard !bytes.isEmpty else { return bytes }
            var out = bytes
            for _ in 0..<random.pick([1, 10, 100, 1_000]) { out[random.int(0...(out.count - 1))] = UInt8.random(in: 0...255, using: &random) }
            return out
        case .truncate:
            return Array(bytes.prefix(random.int(0...bytes.count)))
        case .unicode:
            var lines = Self.lines(bytes)
            for _ in 0..<random.pick([5, 50]) {
                let range = random.pick(Self.scalarRanges)
                let text = String(String.UnicodeScalarView((0..<random.pick([1, 3, 30])).map { _ in
                    Unicode.Scalar(UInt32(random.int(Int(range.lowerBound)...Int(range.upperBound)))) ?? "\u{FFFD}"
                }))
                lines[random.int(0...(lines.count - 1))] += Array(text.utf8)
            }
            return Self.joined(lines)
        case .structure:
            return Self.inserting([Array(random.pick(Self.junk).utf8)], into: bytes, using: &random)
        }
    }

    // MARK: Pieces

    /// The harness's Unicode blocks: Latin, combining marks, Greek, Cyrillic, Hebrew and Arabic, Devanagari, general
    /// punctuation, symbols, CJK, presentation forms, variation selectors, BOMs, specials, emoji, tags, controls.
    static let scalarRanges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0xA0...0x24F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x590...0x6FF, 0x900...0x97F, 0x2000...0x206F,
        0x2070...0x22FF, 0x3000...0x30FF, 0x4E00...0x4FFF, 0xFB00...0xFB4F, 0xFE00...0xFE0F, 0xFEFF...0xFEFF, 0xFFF0...0xFFFD,
        0x1F300...0x1F6FF, 0x1F900...0x1F9FF, 0xE0000...0xE007F, 0x10000...0x1007F, 0x0...0x1F, 0x7F...0x9F, 0x2028...0x2029,
    ]

    /// Our own junk of the harness's kinds: unbalanced strike marks, end markers, watermarks, contents entries, brackets,
    /// blank lines, page footers, huge Roman numerals, bare numbers, deep numbers, headings, escape codes.
    static let junk: [String] = [
        String(repeating: "~~", count: 500), String(repeating: "~~ half struck ", count: 10), String(repeating: "[end]\n", count: 50),
        String(repeating: "DRAFT\n", count: 300), "Contents\n" + String(repeating: "2 Meetings ....... 7\n", count: 200),
        String(repeating: "(", count: 3_000), String(repeating: ")", count: 3_000), String(repeating: "1)\n", count: 500),
        String(repeating: "\n", count: 5_000), String(repeating: " ", count: 5_000) + "1. x", String(repeating: "Page 2 of 3\n", count: 500),
        String(repeating: "(mmmmcmxcix) Staff must.\n", count: 50), String(repeating: "1.\n2.\n3.\n", count: 300),
        String(repeating: "1. ", count: 3_000), String(repeating: "a.", count: 3_000), String(repeating: ".\n", count: 2_000),
        String(repeating: String(repeating: "1.", count: 40) + "\n", count: 30), String(repeating: "# Title\n", count: 100),
        String(repeating: "SHOUTED HEADING\n\n", count: 300), String(repeating: "\u{1B}[32m green \u{1B}[0m\n", count: 50),
    ]

    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
    }

    static func joined(_ lines: [[UInt8]]) -> [UInt8] {
        Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    private static func inserting(_ new: [[UInt8]], into bytes: [UInt8], using random: inout LayoutRandom) -> [UInt8] {
        var lines = Self.lines(bytes)
        lines.insert(contentsOf: new, at: random.int(0...lines.count))
        return joined(lines)
    }

    private static func replacingDigitRuns(in bytes: [UInt8], using random: inout LayoutRandom) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard (0x30...0x39).contains(bytes[index]) else { out.append(bytes[index]); index += 1; continue }
            var end = index
            while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
            let run = Array(bytes[index..<end])
            let roll = random.int(0...9)
            switch roll {
            case 0...2: out += Array(String(random.int(0...99)).utf8)
            case 3...4: out += Array(repeating: UInt8(ascii: "9"), count: random.pick([19, 20, 25, 40, 400]))
            case 5: out.append(UInt8(ascii: "0"))
            case 6: out += [UInt8(ascii: "-")] + run
            case 7: out += run + Array(".\(random.int(0...9)).\(random.int(0...9))".utf8)
            default: out += run
            }
            index = end
        }
        return out
    }

    private static func withByteOrderMarks(_ bytes: [UInt8], using random: inout LayoutRandom) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        func utf16(_ littleEndian: Bool) -> [UInt8] {
            ("\u{FEFF}" + text).utf16.flatMap { unit in
                littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            }
        }
        switch random.int(0...6) {
        case 0: return [0xEF, 0xBB, 0xBF] + bytes
        case 1: return utf16(true)
        case 2: return utf16(false)
        case 3: return Array(utf16(true).dropLast())
        case 4: return Array(repeating: [UInt8]([0xEF, 0xBB, 0xBF]), count: 50).flatMap { $0 } + bytes
        case 5: return [0xFF, 0xFE] + bytes
        default: return joined(lines(bytes).enumerated().map { $0.offset == 0 ? $0.element : [0xEF, 0xBB, 0xBF] + $0.element })
        }
    }

    private static func withLineEndings(_ bytes: [UInt8], using random: inout LayoutRandom) -> [UInt8] {
        let lines = Self.lines(bytes)
        switch random.int(0...4) {
        case 0: return Array(lines.joined(separator: [0x0D]))
        case 1: return Array(lines.joined(separator: [0x0D, 0x0A]))
        case 2: return Array(lines.joined(separator: Array("\u{2028}".utf8)))
        case 3: return Array(lines.joined(separator: [0xC2, 0x85]))
        default:
            let endings: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x0A, 0x0D], [0x0C]]
            return lines.flatMap { $0 + random.pick(endings) }
        }
    }
}
