import Crypto
import Foundation

/// Short ids that stay the same while what they are made from stays the same.
package enum StableID {
    /// "q-" and 12 hex digits of SHA-256 over the parts.
    package static func make(_ prefix: String, _ parts: [String], length: Int = 12) -> String {
        prefix + "-" + String(hex(parts.joined(separator: "\u{1F}")).prefix(length))
    }

    static func hex(_ text: String) -> String {
        hex(Data(text.utf8))
    }

    /// Lower-case hex SHA-256 of `data`.
    package static func hex(_ data: Data) -> String {
        // A digit table rather than String(format:) for each byte: every question's id is one of these.
        var digits: [UInt8] = []
        digits.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            digits.append(hexDigits[Int(byte >> 4)])
            digits.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: digits, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A number to seed choices from, the same on every machine.
    package static func number(_ parts: [String]) -> UInt64 {
        let digest = Array(SHA256.hash(data: Data(parts.joined(separator: "\u{1F}").utf8)))
        return digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }
}
