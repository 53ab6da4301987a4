import ArgumentParser
import Foundation
import Pressroom

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build every partnership's website into Output/.",
        discussion: """
            Nothing is written unless the whole build succeeds: on any error the previous Output/ stays exactly as it was. \
            With --drafts and no --output, the websites go to Output-drafts/, so that drafts never reach the folder that gets published.
            """)

    @OptionGroup var project: ProjectOption

    @Flag(help: "Include pages marked `draft: true` (shown with a draft banner), writing to Output-drafts/ unless --output is given.")
    var drafts = false

    @Option(name: .shortAndLong, help: "Write the websites here instead of the project's Output/ folder.")
    var output: String?

    @Option(
        name: .customLong("base-url"),
        help: "The site's web address for this build, instead of base_url in Content/site.yaml, e.g. https://staging.example.org.uk/")
    var baseURL: String?

    @OptionGroup var reporting: ReportOptions

    @Flag(help: "Make the websites and print documents, but no PDFs (which need the PDF engine, WeasyPrint).")
    var noPdf = false

    @Flag(help: "Make the websites only: no print documents and no PDFs.")
    var noPrint = false

    func run() throws {
        if let baseURL, let problem = BuildOptions.problem(withBaseURL: baseURL) { throw reporting.fail(problem) }
        let folder = project.folder
        let outputFolder = output.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? (drafts ? folder.draftOutput : nil)
        var options = BuildOptions(includeDrafts: drafts, outputFolder: outputFolder, makePDFs: !noPdf && !noPrint)
        options.makePrintDocuments = !noPrint
        options.baseURL = baseURL
        let result = Pipeline.build(folder, options: options)
        let written = outputFolder.map { folder.relativePath($0) + "/" } ?? "Output/"
        let code = reporting.report(result, action: "build", output: written)
        if code != 0 { throw ExitCode(code) }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check every file of the project and report all problems, without writing anything.")

    @OptionGroup var project: ProjectOption

    @Flag(help: "Check drafts too.")
    var drafts = false

    @Option(
        name: .customLong("base-url"),
        help: "Check with this web address for the site instead of base_url in Content/site.yaml.")
    var baseURL: String?

    @OptionGroup var reporting: ReportOptions

    func run() throws {
        if let baseURL, let problem = BuildOptions.problem(withBaseURL: baseURL) { throw reporting.fail(problem) }
        var options = BuildOptions(includeDrafts: drafts, write: false)
        options.baseURL = baseURL
        let code = reporting.report(Pipeline.build(project.folder, options: options), action: "check")
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

    @Option(help: "The project folder. Default: the current folder, or the nearest one above it that holds Content/.")
    var project: String?

    func run() throws {
        let folder = ProjectOption.folder(named: project)
        do {
            let created = try Scaffold.create(slug: slug, name: name, in: folder)
            print("Created \(created.count) files in Content/\(slug)/. Edit Content/\(slug)/partnership.yaml, then run `pressroom build`.")
        } catch {
            printError("error: \(error.message)")
            throw ExitCode(1)
        }
    }
}
