import Foundation

/// What to build and whether to write it.
public struct BuildOptions: Sendable {
    /// Include pages marked `draft: true`.
    public var includeDrafts: Bool
    /// Write `Output/`; `false` only checks.
    public var write: Bool
    /// Where to write; `Output/` in the project folder when `nil`.
    public var outputFolder: URL?

    /// Make a PDF of every publication from its print document (needs the PDF engine and an
    /// output folder on disk).
    public var makePDFs: Bool
    /// Make a print document of every publication (`print/index.html`), from which PDFs are made.
    public var makePrintDocuments = true
    /// The `weasyprint` program to use; found as `PDFEngine.find` says when `nil`.
    public var pdfEngine: URL? = nil
    /// The site's address for this build instead of `base_url` in `Content/site.yaml`; check it
    /// first with `BuildOptions.problem(withBaseURL:)`.
    public var baseURL: String? = nil

    public init(
        includeDrafts: Bool = false, write: Bool = true, outputFolder: URL? = nil, makePDFs: Bool = false, pdfEngine: URL? = nil
    ) {
        self.includeDrafts = includeDrafts
        self.write = write
        self.outputFolder = outputFolder
        self.makePDFs = makePDFs
        self.pdfEngine = pdfEngine
    }
}

extension BuildOptions {
    /// Why `address` cannot be the site's address (it must be a full http or https address),
    /// or `nil` when it can.
    public static func problem(withBaseURL address: String) -> String? {
        do {
            _ = try WebAddress.checkWebsite(address, key: "--base-url", at: SourceLocation(path: ""))
            return nil
        } catch {
            return error.message
        }
    }
}

/// One step of a build, and how long it took.
public struct BuildStep: Sendable {
    public var name: String
    public var seconds: Double
}

/// The result of a build: every problem found, and what was (or would have been) written.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    public var fileCount: Int
    public var wroteOutput: Bool
    /// The steps of the build in order, with their times.
    public var steps: [BuildStep] = []
    /// How many outputs were made anew rather than kept from the workspace's last build.
    public var madeCount = 0
    /// The outputs whose bytes differ from the workspace's last build, or are new.
    public var changed: [Route] = []

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// A build in one call, for the command line: a new workspace, built once into `Output/`.
public enum Pipeline {
    public static func build(_ project: ProjectFolder, options: BuildOptions = BuildOptions()) -> BuildReport {
        if let problem = project.problemBeforeBuilding {
            return BuildReport(diagnostics: [problem], pageCount: 0, fileCount: 0, wroteOutput: false)
        }
        let workspace = Workspace(project: project)
        guard options.write else { return workspace.build(options, into: nil) }
        let destination = options.outputFolder ?? project.output
        do {
            return workspace.build(options, into: try DiskSink(destination: destination))
        } catch {
            let log = DiagnosticLog()
            log.error(
                SourceLocation(path: project.relativePath(destination)), "cannot write beside this folder: \(error.localizedDescription)")
            return BuildReport(diagnostics: log.all, pageCount: 0, fileCount: 0, wroteOutput: false)
        }
    }
}

extension ProjectFolder {
    /// Why this cannot be a project at all (no such folder, or no `Content/` in it): one message
    /// instead of one for every file that is missing, and nothing created.
    public var problemBeforeBuilding: Diagnostic? {
        guard isFolder(root) else {
            let parent = root.deletingLastPathComponent()
            let hint = Suggestion.hint(for: root.lastPathComponent, in: subfolders(of: parent).map(\.lastPathComponent))
            let problem = exists(root) ? "this is a file, not a folder" : "the project folder does not exist\(hint)"
            return Diagnostic(
                .error, SourceLocation(path: root.path),
                "\(problem); run pressroom in a project folder (one holding Content/ and Templates/), or name one; nothing was written")
        }
        guard isFolder(content) else {
            return Diagnostic(
                .error, SourceLocation(path: root.path),
                "this folder has no Content/ folder, so it is not a Pressroom project; run pressroom in the project folder, or create one with `pressroom new`"
            )
        }
        return nil
    }
}
