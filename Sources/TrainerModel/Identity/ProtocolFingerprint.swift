import Foundation

/// SHA-256 of a protocol file, as banks record it.
public enum ProtocolFingerprint {
    public static func sha256(of data: Data) -> String { StableID.hex(data) }
}
