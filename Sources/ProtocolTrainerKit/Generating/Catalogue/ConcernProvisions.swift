extension Catalogue {
    /// Concerns, complaints and criticism of staff.
    static let concerns: [Provision] = []
}
