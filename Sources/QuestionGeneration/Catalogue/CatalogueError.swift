/// Why the catalogue of provisions could not be loaded; each says which file to fix.
enum CatalogueError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case wrongVersion(file: String, found: Int, expected: Int)
    case badOption(file: String, provision: String, frame: String)
    case duplicate(id: String)

    var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "The catalogue file \(file) could not be read (\(reason)). Check its indentation and quotes against Schemas/catalogue.schema.json."
        case let .wrongVersion(file, found, expected):
            return "The catalogue file \(file) has schemaVersion \(found), but this version of protocol-trainer reads \(expected)."
        case let .badOption(file, provision, frame):
            return "In \(file), an option of frame \(frame) of provision \(provision) needs exactly one of `right:` or `wrong:`."
        case let .duplicate(id):
            return "Two catalogue provisions have the id \(id); give each its own."
        }
    }
}
