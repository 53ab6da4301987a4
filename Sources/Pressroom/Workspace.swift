import Foundation

/// One project, and what its builds have learned: documents already read, bodies already
/// rendered and the fingerprints of the last outputs, so that the next build makes again only
/// what a change touched. The command line makes one and drops it; a preview keeps one.
public final class Workspace: @unchecked Sendable {
    public let project: ProjectFolder
    /// Whether to keep the bytes of every output, so that unchanged outputs are not made again.
    public let keepsOutput: Bool
    private let content = ContentCache()
    private let bodies = BodyCache()
    private let printBodies = PrintBodyCache()
    private var outputs: [Route: KeptOutput] = [:]
    private let lock = NSLock()

    fileprivate struct KeptOutput {
        var fingerprint: Int
        var data: Data?
        /// The artifact's cheap fingerprint of its inputs, when it has one.
        var inputs: Int? = nil
    }

    fileprivate typealias MadeOutput = (Route, KeptOutput, made: Bool)

    public init(project: ProjectFolder, keepsOutput: Bool = false) {
        self.project = project
        self.keepsOutput = keepsOutput
    }

    /// Builds the project into `sink` (nothing is written when it is `nil`, which only checks).
    /// One build at a time per workspace.
    public func build(_ options: BuildOptions = BuildOptions(), into sink: (any OutputSink)?) -> BuildReport {
        lock.lock()
        defer { lock.unlock() }
        let log = DiagnosticLog()
        var clock = BuildClock()
        let loaded = clock.step("read content") {
            var site = ContentLoader(project: project, log: log, includeDrafts: options.includeDrafts, cache: content).loadSite()
            if let baseURL = options.baseURL { site.baseURL = baseURL }
            return site
        }
        let measures = clock.step("read measures") { readMeasures(loaded, log: log) }
        let site = clock.step("add progress chapters") {
            for publication in loaded.partnerships.flatMap(\.publications)
            where publication.kind == .annualReview && publication.period == nil {
                log.warning(
                    SourceLocation(path: publication.source),
                    "an annual review needs a period (the year it reviews, written as in data/values.csv, e.g. 2024/25) to get its progress chapter"
                )
            }
            return ProgressChapter.add(to: loaded, measures: measures)
        }
        let templates = clock.step("load templates") {
            let files = project.files(in: project.templates).filter { $0.pathExtension == "mustache" }
            return content.templates.value(for: "Templates", key: project.stamps(files), log: log, project: project) { log in
                TemplateSet(project: project, log: log, pageKinds: PageKinds.schemas, layout: PageScope.layout)
            }
        }
        let index = clock.step("index the site") { SiteIndex(site: site, project: project, filesWithErrors: log.pathsWithErrors) }
        let rendered = clock.step("render Markdown") {
            PageBodies(project: project, index: index, measures: measures, reservedIDs: templates.fixedIDs, cache: bodies)
                .render(site, log: log)
        }
        clock.step("check links to headings") { checkAnchors(rendered, log: log) }
        let artifacts = clock.step("plan outputs") {
            SitePlan(project: project, log: log, printDocuments: options.makePrintDocuments).artifacts(for: site, bodies: rendered)
        }
        clock.step("check files not published") { UnpublishedFiles(project: project, log: log).check(site, bodies: rendered) }
        var context = BuildContext(project: project, site: site, measures: measures, templates: templates, bodies: rendered)
        context.printDocuments = options.makePrintDocuments
        context.printBodies = printBodies
        var made = (count: 0, changed: [Route]())
        if let sink, !log.hasErrors {
            // Contents pages offer the PDF with its size, so they are made once the PDFs are.
            let contents = artifacts.filter { $0 is ContentsPage }
            var results = clock.step("make pages and files") { make(artifacts.filter { !($0 is ContentsPage) }, in: context, into: sink) }
            if options.makePDFs && options.makePrintDocuments {
                context.pdfs = clock.step("make PDFs") {
                    PDFStep(project: project, log: log, engine: options.pdfEngine).make(site, into: sink)
                }
            }
            results += clock.step("make contents pages") { make(contents, in: context, into: sink) }
            made = keep(results)
        }
        let wrote = clock.step("write output") { finish(sink, log: log) }
        let pages = artifacts.filter(\.route.isPage).count + 1
        return BuildReport(
            diagnostics: log.all, pageCount: pages, fileCount: artifacts.count, wroteOutput: wrote, steps: clock.steps,
            madeCount: made.count, changed: made.changed)
    }
}

extension Workspace {
    fileprivate func readMeasures(_ site: Site, log: DiagnosticLog) -> [String: MeasureData] {
        let data = site.partnerships.concurrentMap { partnership in
            let folder = partnership.folder.appendingPathComponent("data")
            // partnership.yaml too: its suppress_below changes the figures.
            let files =
                ["measures.csv", "values.csv", "outcomes.yaml"].map { folder.appendingPathComponent($0) }
                + [partnership.folder.appendingPathComponent("partnership.yaml")]
            return content.measures.value(for: project.relativePath(folder), key: project.stamps(files), log: log, project: project) {
                var reader = MeasureReader(project: project, log: $0)
                reader.suppressBelow = partnership.suppressBelow.map(Double.init)
                return reader.read(partnershipFolder: partnership.folder)
            }
        }
        return Dictionary(zip(site.partnerships.map(\.slug), data), uniquingKeysWith: { first, _ in first })
    }

    /// Links to a heading or numbered paragraph of another page: that page must have it.
    fileprivate func checkAnchors(_ bodies: [String: PageBody], log: DiagnosticLog) {
        for body in bodies.values {
            for reference in body.references {
                guard let target = bodies[reference.target], !target.rendered.anchors.contains(reference.fragment) else { continue }
                log.error(
                    reference.location,
                    HTMLRenderer.missingAnchor(
                        reference.fragment, in: reference.target, headings: target.rendered.headings,
                        paragraphs: target.rendered.paragraphs))
            }
        }
    }

    /// Makes every output whose fingerprint changed since the last build, in parallel, and
    /// writes every output to `sink`. Returns how many were made and which changed.
    fileprivate func make(_ artifacts: [any Artifact], in context: BuildContext, into sink: any OutputSink) -> [MadeOutput] {
        let previous = outputs
        return artifacts.concurrentMap { artifact -> (Route, KeptOutput, made: Bool) in
            // Unchanged inputs: the kept bytes, without even preparing the page's views.
            let inputs = keepsOutput ? artifact.inputs(in: context) : nil
            if let inputs, let kept = previous[artifact.route], kept.inputs == inputs, let data = kept.data {
                sink.write(artifact.route, data)
                return (artifact.route, kept, false)
            }
            let prepared = artifact.prepare(in: context)
            switch prepared.output {
            case .copy:
                _ = prepared.output.write(artifact.route, to: sink, keeping: false)
                return (artifact.route, KeptOutput(fingerprint: prepared.fingerprint), false)
            case .bytes, .text:
                if let kept = previous[artifact.route], kept.fingerprint == prepared.fingerprint, let data = kept.data {
                    sink.write(artifact.route, data)
                    return (artifact.route, KeptOutput(fingerprint: kept.fingerprint, data: data, inputs: inputs), false)
                }
                let data = prepared.output.write(artifact.route, to: sink, keeping: keepsOutput)
                return (artifact.route, KeptOutput(fingerprint: prepared.fingerprint, data: data, inputs: inputs), true)
            }
        }
    }

    /// Keeps what the outputs of this build were made from, for the next build. Returns how
    /// many were made and which changed.
    fileprivate func keep(_ results: [MadeOutput]) -> (count: Int, changed: [Route]) {
        let previous = outputs
        outputs = Dictionary(results.map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
        let changed = results.filter { previous[$0.0]?.fingerprint != $0.1.fingerprint }.map(\.0)
        return (results.filter(\.made).count, changed)
    }

    /// Makes the output visible, unless the build found an error.
    fileprivate func finish(_ sink: (any OutputSink)?, log: DiagnosticLog) -> Bool {
        guard let sink else { return false }
        guard !log.hasErrors else {
            sink.discard()
            return false
        }
        do {
            try sink.commit()
            return true
        } catch {
            log.error(SourceLocation(path: "Output"), "could not write the output: \(error.localizedDescription)")
            return false
        }
    }
}

/// Times the steps of a build.
struct BuildClock {
    private(set) var steps: [BuildStep] = []

    @discardableResult
    mutating func step<T>(_ name: String, _ work: () -> T) -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = work()
        steps.append(BuildStep(name: name, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        return result
    }
}
