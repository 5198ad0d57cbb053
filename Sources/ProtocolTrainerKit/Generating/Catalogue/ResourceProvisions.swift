extension Catalogue {
    /// Council equipment, supplies and support services.
    static let resources: [Provision] = []
}
