extension Catalogue {
    /// Councillors' access to documents and information.
    static let documents: [Provision] = []
}
