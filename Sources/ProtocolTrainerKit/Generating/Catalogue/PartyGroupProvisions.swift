extension Catalogue {
    /// Party groups and the officers who advise them.
    static let partyGroups: [Provision] = []
}
