import ArgumentParser
import Foundation
import Pressroom

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build every partnership's website into Output/.",
        discussion: "Nothing is written unless the whole build succeeds: on any error the previous Output/ stays exactly as it was.")

    @OptionGroup var project: ProjectOption

    @Flag(help: "Include pages marked `draft: true` (they are shown with a draft banner).")
    var drafts = false

    @Option(help: "Write the websites here instead of the project's Output/ folder.")
    var output: String?

    @Flag(help: "Print each step of the build and how long it took.")
    var verbose = false

    @Flag(help: "Make the websites and print documents, but no PDFs (which need the PDF engine, WeasyPrint).")
    var noPdf = false

    @Flag(help: "Make the websites only: no print documents and no PDFs.")
    var noPrint = false

    func run() throws {
        let outputFolder = output.map { URL(fileURLWithPath: $0).standardizedFileURL }
        var options = BuildOptions(includeDrafts: drafts, outputFolder: outputFolder, makePDFs: !noPdf && !noPrint)
        options.makePrintDocuments = !noPrint
        let result = Pipeline.build(project.folder, options: options)
        if verbose { printSteps(result) }
        let code = report(result, action: "build")
        if code != 0 { throw ExitCode(code) }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every file of the project and report all problems, without writing anything.")

    @OptionGroup var project: ProjectOption

    @Flag(help: "Check drafts too.")
    var drafts = false

    @Flag(help: "Print each step of the check and how long it took.")
    var verbose = false

    func run() throws {
        let result = Pipeline.build(project.folder, options: BuildOptions(includeDrafts: drafts, write: false))
        if verbose { printSteps(result) }
        let code = report(result, action: "check")
        if code != 0 { throw ExitCode(code) }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a folder for a new partnership, with a working skeleton to edit.",
        discussion: "Example: pressroom new north-yorkshire --name \"North Yorkshire Violence Reduction Partnership\"")

    @Argument(help: "The partnership's folder name, which becomes its web address: lower case letters, digits and hyphens.")
    var slug: String

    @Option(help: "The partnership's full name.")
    var name: String?

    @Option(help: "The project folder. Default: the current folder.")
    var project: String = "."

    func run() throws {
        let folder = ProjectFolder(URL(fileURLWithPath: project))
        do {
            let created = try Scaffold.create(slug: slug, name: name, in: folder)
            print("Created \(created.count) files in Content/\(slug)/. Edit Content/\(slug)/partnership.yaml, then run `pressroom build`.")
        } catch {
            FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }
}
