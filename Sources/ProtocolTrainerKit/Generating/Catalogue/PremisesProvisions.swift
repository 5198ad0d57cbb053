extension Catalogue {
    /// Councillors' visits to council land and premises.
    static let premises: [Provision] = []
}
