extension Catalogue {
    /// Close personal familiarity between councillors and officers.
    static let familiarity: [Provision] = []
}
