extension Catalogue {
    /// Dealing with the media.
    static let media: [Provision] = []
}
