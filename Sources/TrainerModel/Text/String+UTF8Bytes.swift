extension StringProtocol {
    /// Calls `body` with the text's UTF-8, without copying when the text is stored as UTF-8 (as Swift strings are).
    package func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(utf8).withUnsafeBufferPointer(body)
    }
}
