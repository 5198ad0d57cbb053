extension Catalogue {
    /// Confidential information and documents.
    static let confidentiality: [Provision] = []
}
