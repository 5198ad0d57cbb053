import Foundation

/// An export's bytes built by hand, straight into one growing buffer: building a String per field and joining them was
/// most of an export's time. The formats write with these methods; `RecordExport` hands the bytes to `ExportOutput`.
public struct ExportBytes: Sendable {
    /// What has been written so far.
    public package(set) var bytes: [UInt8] = []

    /// An empty buffer with room for `capacity` bytes.
    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public var count: Int { bytes.count }

    /// Text known at compile time (markup, keys, separators), as it is.
    package mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Text as it is, in UTF-8.
    package mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Text as it is, in UTF-8.
    package mutating func append(_ text: Substring) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Bytes as they are.
    package mutating func append(bytes more: some Sequence<UInt8>) {
        bytes.append(contentsOf: more)
    }

    package mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// A whole number in decimal, as `String(value)` writes it.
    package mutating func append(integer value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // At most 20 digits; written backwards into a small buffer, then copied.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var index = 20
            repeat {
                index -= 1
                digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[index..<20]))
        }
    }

    /// A number as `AttemptFacts.number` writes it: 80 → "80", 87.5 → "87.5".
    package mutating func append(number value: Double) {
        if value == value.rounded() && abs(value) < 1e15 {
            append(integer: Int(value))
        } else {
            append(String(value))
        }
    }

    /// A UUID in lower case, as `uuidString.lowercased()` gives it, without going through a formatted string.
    package mutating func append(uuid: UUID) {
        withUnsafeBytes(of: uuid.uuid) { append(uuidBytes: $0) }
    }

    /// Sixteen bytes as a UUID's text in lower case: 8-4-4-4-12 hexadecimal digits.
    package mutating func append(uuidBytes raw: UnsafeRawBufferPointer) {
        for index in 0..<16 {
            if index == 4 || index == 6 || index == 8 || index == 10 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(Self.hexDigits[Int(raw[index] >> 4)])
            bytes.append(Self.hexDigits[Int(raw[index] & 15)])
        }
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
