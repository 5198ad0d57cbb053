/// Every provision the generator knows, read from the catalogue's YAML files (one per topic, compiled in).
package enum Catalogue {
    /// The embedded files as read; a file that does not read leaves the catalogue empty and says why.
    static let loaded: Result<[Provision], CatalogueError> = Result { () throws(CatalogueError) in try load() }
    /// The provisions, or none when a file does not read (`loaded` says why).
    package static let all: [Provision] = (try? loaded.get()) ?? []

    /// The provisions of every embedded file, in file order; throws on the first file that does not read.
    static func load(_ files: [(name: String, text: String)] = CatalogueFiles.all) throws(CatalogueError) -> [Provision] {
        var provisions: [Provision] = []
        var ids: Set<String> = []
        for file in files {
            for provision in try CatalogueFile.read(file.text, name: file.name) {
                guard ids.insert(provision.id).inserted else { throw CatalogueError.duplicate(id: provision.id) }
                provisions.append(provision)
            }
        }
        return provisions
    }
}
