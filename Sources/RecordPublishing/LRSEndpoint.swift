import Foundation

/// A learning record store's xAPI address, written one way: "https://host/xAPI/", whatever form the clerk typed, so the
/// acknowledgement log knows the same store by the same name.
public struct LRSEndpoint: Sendable, Equatable, CustomStringConvertible {
    /// The store's xAPI base address, ending in "/".
    public let base: URL

    /// The address as typed: with or without the final slash, or the statements resource itself.
    public init(_ text: String) throws(PushError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard var components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
              scheme == "https" || scheme == "http", let host = components.host, !host.isEmpty,
              components.user == nil, components.password == nil, components.query == nil, components.fragment == nil
        else { throw .badAddress(text: text) }
        // Passwords go in a file, never in an address that shows up in logs and process lists.
        components.scheme = scheme
        components.host = host.lowercased()
        var path = components.path
        if path.hasSuffix("/") { path.removeLast() }
        if path.lowercased().hasSuffix("/statements") { path.removeLast("/statements".count) }
        components.path = path + "/"
        guard let url = components.url else { throw .badAddress(text: text) }
        base = url
    }

    /// True for plain http to another computer, where the password would cross the network unencrypted.
    public var isUnencrypted: Bool {
        base.scheme == "http" && !["localhost", "127.0.0.1", "[::1]", "::1"].contains(base.host ?? "")
    }

    /// The statements resource.
    public var statements: URL { base.appendingPathComponent("statements") }

    public var description: String { base.absoluteString }
}
