extension Catalogue {
    /// Officers do not lobby councillors on their own employment or budgets.
    static let lobbying: [Provision] = []
}
