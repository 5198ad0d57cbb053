import Foundation
import PackagePlugin

/// Compiles the catalogue's YAML files into the library, so that an installed binary carries its catalogue with it.
@main
struct EmbedCatalogue: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = target.directoryURL.appending(path: "Catalogue/Provisions")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "yaml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "CatalogueFiles.swift")
        return [.buildCommand(
            displayName: "Embedding \(files.count) catalogue files",
            executable: try context.tool(named: "CatalogueEmbedder").url,
            arguments: [output.path] + files.map(\.path),
            inputFiles: files,
            outputFiles: [output]
        )]
    }
}
