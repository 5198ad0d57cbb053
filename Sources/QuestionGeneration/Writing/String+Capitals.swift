extension String {
    /// The text with its first letter a capital, as an option or an answer starts.
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
