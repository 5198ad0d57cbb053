extension Catalogue {
    /// Correspondence between councillors and officers.
    static let correspondence: [Provision] = []
}
