import Crypto
import Foundation

/// RFC 4122 version 5 UUIDs (SHA-1 of a namespace and a name): the same name always gives the same id, so a statement
/// exported twice is recognised by the learning record store instead of stored twice.
public enum NameBasedUUID {
    /// The desk's own namespace for xAPI statement ids (a fixed, randomly chosen UUID; never change it).
    public static let statements = UUID(uuidString: "7d0c4b52-31e6-4f5e-9a1c-2b8f6e0d4a93")!

    /// The version 5 UUID of `name` in `namespace`.
    public static func make(namespace: UUID, name: String) -> UUID {
        let space = namespace.uuid
        var input = Data([space.0, space.1, space.2, space.3, space.4, space.5, space.6, space.7,
                          space.8, space.9, space.10, space.11, space.12, space.13, space.14, space.15])
        input.append(contentsOf: Array(name.utf8))
        var bytes = Array(Insecure.SHA1.hash(data: input).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}
