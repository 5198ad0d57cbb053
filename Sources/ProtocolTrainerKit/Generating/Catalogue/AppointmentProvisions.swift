extension Catalogue {
    /// Appointments of staff.
    static let appointments: [Provision] = []
}
