import Crypto
import Foundation

/// RFC 4122 version 5 UUIDs (SHA-1 of a namespace and a name): the same name always gives the same id, so a statement
/// exported twice is recognised by the learning record store instead of stored twice.
public enum NameBasedUUID {
    /// The desk's own namespace for xAPI statement ids (a fixed, randomly chosen UUID; never change it).
    public static let statements = UUID(uuidString: "7d0c4b52-31e6-4f5e-9a1c-2b8f6e0d4a93")!

    /// The version 5 UUID of `name` in `namespace`.
    public static func make(namespace: UUID, name: String) -> UUID {
        var name = name
        return UUID(uuid: name.withUTF8 { uuid(namespace: namespace, name: UnsafeRawBufferPointer($0)) })
    }

    /// The version 5 UUID of the UTF-8 bytes `name` in `namespace`, added to `out` as text in lower case.
    static func append(namespace: UUID, name: UnsafeRawBufferPointer, to out: inout ExportBytes) {
        withUnsafeBytes(of: uuid(namespace: namespace, name: name)) { out.append(uuidBytes: $0) }
    }

    /// The UUID's sixteen bytes: the first sixteen of the SHA-1 digest, with the version and variant bits set.
    static func uuid(namespace: UUID, name: UnsafeRawBufferPointer) -> uuid_t {
        // Namespace and name hashed as one run of bytes, in a buffer on the stack: no Data, no Array per id.
        let digest = withUnsafeTemporaryAllocation(byteCount: 16 + name.count, alignment: 1) { input in
            withUnsafeBytes(of: namespace.uuid) { input.copyMemory(from: $0) }
            UnsafeMutableRawBufferPointer(rebasing: input[16...]).copyMemory(from: name)
            return Insecure.SHA1.hash(data: UnsafeRawBufferPointer(input))
        }
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &bytes) { target in
            digest.withUnsafeBytes { target.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[0..<16])) }
        }
        bytes.6 = (bytes.6 & 0x0F) | 0x50
        bytes.8 = (bytes.8 & 0x3F) | 0x80
        return bytes
    }
}
