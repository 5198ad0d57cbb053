extension Catalogue {
    /// Officers are politically neutral; councillors do not compromise that.
    static let neutrality: [Provision] = []
}
