extension Catalogue {
    /// Interests: pecuniary and prejudicial interests.
    static let interests: [Provision] = []
}
