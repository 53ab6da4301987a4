import ArgumentParser
import Foundation
import Pressroom

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new project: Content/site.yaml, one partnership to edit, and a copy of the templates.",
        discussion:
            "Example: pressroom init safer-north-yorkshire --partnership north-yorkshire --name \"North Yorkshire Violence Reduction Partnership\""
    )

    @Argument(help: "The folder to make the project in; created if need be. Default: the current folder.")
    var folder: String = "."

    @Option(help: "The first partnership's folder name: lower case letters, digits and hyphens.")
    var partnership: String = "my-partnership"

    @Option(help: "The first partnership's full name.")
    var name: String?

    func run() throws {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let root = URL(fileURLWithPath: folder, relativeTo: here).standardizedFileURL
        do {
            try Scaffold.createProject(in: root, slug: partnership, name: name, templates: InstalledTemplates.current)
            let place = folder == "." ? "this folder" : folder
            print(
                "Created a project in \(place): Content/site.yaml, Content/\(partnership)/ and Templates/. Edit Content/\(partnership)/partnership.yaml, then run `pressroom build`."
            )
        } catch {
            printError("error: \(error.message)")
            throw ExitCode(1)
        }
    }
}
