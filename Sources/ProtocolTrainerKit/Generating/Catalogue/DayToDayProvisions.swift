extension Catalogue {
    /// Councillors keep out of day-to-day running and operational matters; decisions are made in meetings.
    static let dayToDay: [Provision] = []
}
