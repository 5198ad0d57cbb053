extension Catalogue {
    /// Respect, courtesy, bullying and pressure.
    static let respect: [Provision] = []
}
