import Foundation
import PropertyBased
import Testing
@testable import ProtocolReading
@testable import TestSupport

/// Whatever bytes or text the reader is given, it never crashes: it returns a protocol (with clauses, unique ids) or
/// throws one of its own reading errors.
@Suite("Arbitrary input")
struct ArbitraryBytesTests {
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The seed protocols' bytes.
    private static let seeds: [[UInt8]] = ["iminster", "northampton", "rayleigh", "wimborne-minster", "district-constitution"]
        .map { council in
            let url = repositoryRoot.appendingPathComponent("QuestionBanks/\(council)/protocol.txt")
            return (try? [UInt8](Data(contentsOf: url))) ?? []
        }

    /// Reads `bytes` and records an issue if the outcome breaks the reader's promises.
    private static func check(_ bytes: [UInt8]) {
        do {
            let document = try ProtocolReader().read(data: Data(bytes), source: "input.txt")
            #expect(!document.clauses.isEmpty, "read(data:) returned a protocol with no clauses")
            let ids = document.clauses.map(\.id)
            #expect(Set(ids).count == ids.count, "clause ids repeat: \(ids)")
        } catch {
            switch error {
            case .empty(let path), .binary(let path, _), .noClauses(let path), .legacyWord(let path),
                 .damagedDocument(let path, _, _), .unreadablePDF(let path, _), .scannedPDF(let path),
                 .pdfReaderMissing(let path), .pdfTimedOut(let path, _):
                #expect(path == "input.txt")
            case .notFound, .isDirectory, .unreadable:
                Issue.record("read(data:) threw a file-system error for bytes in memory: \(error)")
            }
        }
    }

    // MARK: Random bytes

    @Test("Random bytes are read or refused, never a crash")
    func randomBytes() async {
        repeatableCheck(count: 300, salt: 101, input: Gen<UInt8>.value(in: 0...255).array(of: 0...3000)) { bytes in
            Self.check(bytes)
        }
    }

    /// Mostly printable bytes with line breaks, digits, dots and brackets: text-like enough to reach the parser.
    private static let textish: [UInt8] = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789   ....()-*:;~[]\n\n\n\r\t".utf8)
        + [0x0C, 0x00, 0x80, 0xA0, 0xC2, 0xE2, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF]

    @Test("Random text-like bytes are read or refused, never a crash")
    func randomTextlikeBytes() async {
        let gen = Gen.int(in: 0...(Self.textish.count - 1)).array(of: 0...3000).map { $0.map { Self.textish[$0] } }
        repeatableCheck(count: 300, salt: 102, input: gen) { bytes in
            Self.check(bytes)
        }
    }

    // MARK: Damaged seed protocols

    /// One change to a file's bytes; positions are taken modulo the length.
    enum Damage: Sendable, CustomStringConvertible {
        case truncate(at: Int)
        case flip(at: Int, mask: UInt8)
        case insertNUL(at: Int)
        case insertInvalidUTF8(at: Int, kind: Int)
        case insertByte(at: Int, byte: UInt8)
        case delete(at: Int, count: Int)
        case duplicate(at: Int, count: Int, to: Int)
        case prefixByteOrderMark(kind: Int)

        static let invalidUTF8: [[UInt8]] = [
            [0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80, 0x80],
            [0xF4, 0x90, 0x80, 0x80],
        ]
        static let byteOrderMarks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xFF, 0xFE, 0x00]]

        func apply(to bytes: inout [UInt8]) {
            func at(_ position: Int, inclusive: Bool = true) -> Int {
                let count = bytes.count + (inclusive ? 1 : 0)
                return count == 0 ? 0 : position % count
            }
            switch self {
            case .truncate(let position): bytes = Array(bytes.prefix(at(position)))
            case .flip(let position, let mask):
                guard !bytes.isEmpty else { return }
                bytes[at(position, inclusive: false)] ^= mask | 1
            case .insertNUL(let position): bytes.insert(0, at: at(position))
            case .insertInvalidUTF8(let position, let kind):
                bytes.insert(contentsOf: Self.invalidUTF8[kind % Self.invalidUTF8.count], at: at(position))
            case .insertByte(let position, let byte): bytes.insert(byte, at: at(position))
            case .delete(let position, let count):
                let start = at(position)
                bytes.removeSubrange(start..<min(bytes.count, start + count))
            case .duplicate(let position, let count, let target):
                let start = at(position)
                let chunk = Array(bytes[start..<min(bytes.count, start + count)])
                bytes.insert(contentsOf: chunk, at: at(target))
            case .prefixByteOrderMark(let kind): bytes = Self.byteOrderMarks[kind % Self.byteOrderMarks.count] + bytes
            }
        }

        init(kind: Int, position: Int, value: Int) {
            switch kind {
            case 0: self = .truncate(at: position)
            case 1: self = .flip(at: position, mask: UInt8(value & 0xFF))
            case 2: self = .insertNUL(at: position)
            case 3: self = .insertInvalidUTF8(at: position, kind: value)
            case 4: self = .insertByte(at: position, byte: UInt8(value & 0xFF))
            case 5: self = .delete(at: position, count: value % 400)
            case 6: self = .duplicate(at: position, count: value % 400, to: position / 3 + value)
            default: self = .prefixByteOrderMark(kind: value)
            }
        }

        var description: String {
            switch self {
            case .truncate(let p): return "truncate(\(p))"
            case .flip(let p, let m): return "flip(\(p), \(m))"
            case .insertNUL(let p): return "NUL(\(p))"
            case .insertInvalidUTF8(let p, let k): return "invalidUTF8(\(p), \(Self.invalidUTF8[k % Self.invalidUTF8.count]))"
            case .insertByte(let p, let b): return "byte(\(p), \(b))"
            case .delete(let p, let c): return "delete(\(p), \(c))"
            case .duplicate(let p, let c, let t): return "duplicate(\(p), \(c), to: \(t))"
            case .prefixByteOrderMark(let k): return "BOM(\(Self.byteOrderMarks[k % Self.byteOrderMarks.count]))"
            }
        }
    }

    @Test("Damaged seed protocols are read or refused, never a crash")
    func damagedSeeds() async {
        #expect(Self.seeds.allSatisfy { !$0.isEmpty }, "the seed protocols could not be read")
        let damage = zip(Gen.int(in: 0...7), Gen.int(in: 0...100_000), Gen.int(in: 0...1_000))
            .map { Damage(kind: $0, position: $1, value: $2) }
        let gen = zip(Gen.int(in: 0...(Self.seeds.count - 1)), damage.array(of: 1...6))
        repeatableCheck(count: 200, salt: 103, input: gen) { pair in
            let (seed, damages) = pair
            var bytes = Self.seeds[seed]
            for change in damages { change.apply(to: &bytes) }
            Self.check(bytes)
        }
    }

    @Test("Every prefix of a seed protocol is read or refused, never a crash")
    func truncatedSeeds() async {
        let gen = zip(Gen.int(in: 0...(Self.seeds.count - 1)), Gen.int(in: 0...100_000))
        repeatableCheck(count: 150, salt: 104, input: gen) { pair in
            let (seed, length) = pair
            let bytes = Self.seeds[seed]
            Self.check(Array(bytes.prefix(length % (bytes.count + 1))))
        }
    }

    // MARK: Random text

    /// Any Unicode scalar (surrogate code points become U+FFFD).
    private static let anyScalar = Gen<UInt32>.value(in: 0...0x10FFFF)
        .map { Character(Unicode.Scalar($0) ?? "\u{FFFD}") }

    @Test("read(text:) takes random Unicode without crashing")
    func randomUnicode() async {
        repeatableCheck(count: 200, salt: 105, input: Self.anyScalar.array(of: 0...1000)) { characters in
            let document = ProtocolReader().read(text: String(characters))
            let ids = document.clauses.map(\.id)
            #expect(Set(ids).count == ids.count)
        }
    }

    /// Pieces of protocol layout: numbers, labels, bullets, furniture, odd spaces and marks.
    private static let fragments: [String] = [
        "\n", "\n\n", "\r\n", "\r", " ", "  ", "\t", "\u{00A0}", "\u{0C}", "\u{200B}", "\u{FEFF}", "\u{2028}", "\u{85}",
        "1", "2.", "3.1", "1.2.3.4.5.6", "12)", "(a)", "a.", "ii)", "(iv)", "- ", "• ", "* ", "o ", "–", "~~", "~~struck~~",
        "<del>", "</del>", "[1]", "[^2]", "¹", "²", "[end]", "DRAFT", "Page 3 of 9", "- 4 -", "Contents", "....", "…",
        "Councillors", "must", "should", "the Clerk", "Officers", ":", ";", ".", ",", "Introduction", "Town Council",
        "Protocol", "Background Papers", "Approved 04 December 2012", "e\u{301}", "👩‍👩‍👧", "\u{202E}", "ﬁ", "İ", "ß", "٣",
        "१", "Ⅻ", "\u{0}", "\u{7F}", "\u{1B}",
    ]

    @Test("read(text:) takes random mixes of layout fragments without crashing")
    func randomFragments() async {
        let gen = Gen.int(in: 0...(Self.fragments.count - 1)).array(of: 0...600).map { $0.map { Self.fragments[$0] }.joined() }
        repeatableCheck(count: 300, salt: 106, input: gen) { text in
            let document = ProtocolReader().read(text: text)
            let ids = document.clauses.map(\.id)
            #expect(Set(ids).count == ids.count)
            Self.check(Array(text.utf8))
        }
    }
}
