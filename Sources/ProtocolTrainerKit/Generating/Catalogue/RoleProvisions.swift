extension Catalogue {
    /// Officers' professional advice and recommendations; councillors' and officers' roles.
    static let roles: [Provision] = []
}
