import Foundation

/// What to build and whether to write it.
public struct BuildOptions: Sendable {
    /// Include pages marked `draft: true`.
    public var includeDrafts: Bool
    /// Write `Output/`; `false` only checks.
    public var write: Bool
    /// Where to write; `Output/` in the project folder when `nil`.
    public var outputFolder: URL?

    public init(includeDrafts: Bool = false, write: Bool = true, outputFolder: URL? = nil) {
        self.includeDrafts = includeDrafts
        self.write = write
        self.outputFolder = outputFolder
    }
}

/// The result of a build: every problem found, and what was (or would have been) written.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    public var fileCount: Int
    public var wroteOutput: Bool

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// The build: a function from a project folder to an output tree. It keeps no state between
/// calls, so a preview server can call it again for every change.
public enum Pipeline {
    public static func build(_ project: ProjectFolder, options: BuildOptions = BuildOptions()) -> BuildReport {
        let log = DiagnosticLog()
        let site = ContentLoader(project: project, log: log, includeDrafts: options.includeDrafts).loadSite()
        let measures = readMeasures(site, project: project, log: log)
        let templates = TemplateSet(project: project, log: log)
        let jobs = pageJobs(site, log: log)
        let links = linkIndex(jobs, project: project, reservedIDs: templates.fixedIDs)
        let output = options.write ? writer(options.outputFolder ?? project.output, project: project, log: log) : nil
        let renderer = PageRenderer(site: site, measures: measures, templates: templates, links: links, log: log)
        let pageCount = renderer.render(jobs, into: output)
        var files = openData(site, measures: measures)
        if let baseURL = site.baseURL {
            files["sitemap.xml"] = Sitemap.xml(pages: jobs.map(\.outputPath), baseURL: baseURL)
        }
        let copies = assets(site, project: project, log: log).merging(links.filesToCopy) { first, _ in first }

        let wrote = output.map { finish($0, files: files, copies: copies, project: project, log: log) } ?? false
        return BuildReport(
            diagnostics: log.all, pageCount: pageCount, fileCount: pageCount + files.count + copies.count, wroteOutput: wrote)
    }
}

extension Pipeline {
    fileprivate static func writer(_ folder: URL, project: ProjectFolder, log: DiagnosticLog) -> OutputWriter? {
        do {
            return try OutputWriter(destination: folder)
        } catch {
            log.error(SourceLocation(path: project.relativePath(folder)), "cannot write beside this folder: \(error.localizedDescription)")
            return nil
        }
    }

    /// Writes the last files and swaps the new output in, unless the build found an error.
    fileprivate static func finish(
        _ output: OutputWriter, files: [String: Data], copies: [String: URL], project: ProjectFolder, log: DiagnosticLog
    ) -> Bool {
        guard !log.hasErrors else {
            output.discard()
            return false
        }
        for (path, data) in files { output.write(path, data) }
        for (path, source) in copies { output.copy(source, to: path) }
        do {
            try output.commit()
            return true
        } catch {
            log.error(
                SourceLocation(path: project.relativePath(output.destination)), "could not write the output: \(error.localizedDescription)")
            return false
        }
    }

    fileprivate static func readMeasures(_ site: Site, project: ProjectFolder, log: DiagnosticLog) -> [String: MeasureData] {
        let reader = MeasureReader(project: project, log: log)
        return Dictionary(uniqueKeysWithValues: site.partnerships.map { ($0.slug, reader.read(partnershipFolder: $0.folder)) })
    }

    /// Every page, and an error for any two pages that would be written to the same place.
    fileprivate static func pageJobs(_ site: Site, log: DiagnosticLog) -> [PageJob] {
        let jobs =
            [PageJob(outputPath: "index.html", source: "Content/site.yaml", content: .portal)]
            + site.partnerships.flatMap(\.pageJobs)
        var seen: [String: String] = [:]
        let generatedFirst = jobs.filter { $0.document == nil } + jobs.filter { $0.document != nil }
        return generatedFirst.filter { job in
            if let first = seen[job.outputPath] {
                log.error(
                    SourceLocation(path: job.source), "this page would be written to \(job.outputPath), like \(first); rename one of them")
                return false
            }
            seen[job.outputPath] = job.source
            return true
        }
    }

    fileprivate static func linkIndex(_ jobs: [PageJob], project: ProjectFolder, reservedIDs: Set<String>) -> LinkIndex {
        let documents = jobs.compactMap(\.document)
        let parsed = documents.concurrentMap { document in
            MarkdownDocument(parsing: document.body, path: document.source, firstLine: document.bodyLine, reservedIDs: reservedIDs)
        }
        let bySource = Dictionary(zip(documents.map(\.source), parsed), uniquingKeysWith: { first, _ in first })
        let pages = Dictionary(documents.map { ($0.source, $0.outputPath) }, uniquingKeysWith: { first, _ in first })
        let allMarkdown = Set(project.files(in: project.content).filter { $0.pathExtension == "md" }.map(project.relativePath))
        return LinkIndex(project: project, pages: pages, documents: bySource, unpublished: allMarkdown.subtracting(pages.keys))
    }

    fileprivate static func openData(_ site: Site, measures: [String: MeasureData]) -> [String: Data] {
        var files: [String: Data] = [:]
        for partnership in site.partnerships {
            let data = measures[partnership.slug] ?? MeasureData()
            files["\(partnership.slug)/data/measures.csv"] = OpenData.csv(data)
            files["\(partnership.slug)/data/measures.json"] = OpenData.json(data, partnership: partnership.name)
        }
        return files
    }

    /// The theme's assets and each partnership's logo.
    fileprivate static func assets(_ site: Site, project: ProjectFolder, log: DiagnosticLog) -> [String: URL] {
        let assetFolder = project.templates.appendingPathComponent("assets")
        var copies: [String: URL] = [:]
        for file in project.files(in: assetFolder) {
            copies["assets/" + file.path.dropFirst(assetFolder.path.count + 1)] = file
        }
        for partnership in site.partnerships {
            if let logo = partnership.logo, project.exists(logo) {
                copies["\(partnership.slug)/\(logo.lastPathComponent)"] = logo
            }
        }
        return copies.filter { _, source in
            do {
                try project.checkInside(source)
                return true
            } catch {
                log.record(error)
                return false
            }
        }
    }
}
