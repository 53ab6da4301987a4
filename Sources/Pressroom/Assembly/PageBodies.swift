import Foundation

/// A page's rendered Markdown body and what the page depends on beyond its own file.
struct PageBody: Sendable {
    var rendered: RenderedMarkdown
    /// A fingerprint of the rendered HTML.
    var fingerprint: Int
    var copies: [Route: URL]
    var references: [PageLinks.AnchorReference]
    /// Local files the body links to or shows, and the stamp of each that was there.
    var filesLookedUp: [URL: FileStamp?]
    var diagnostics: [Diagnostic]
    var usesMeasures: Bool
    var usesLocalFiles: Bool
    /// Commitments marked with tags, in the order they appear.
    var tagged: [TaggedItem] = []
}

/// Renders the Markdown body of every published document, in parallel, each in its own id
/// scope. A body whose inputs have not changed since the last build is taken from `cache`.
struct PageBodies {
    let project: ProjectFolder
    let index: SiteIndex
    let measures: [String: MeasureData]
    let reservedIDs: Set<String>
    let cache: BodyCache

    func render(_ site: Site, log: DiagnosticLog) -> [String: PageBody] {
        let reserved = reservedIDs.sorted().hashValue
        // One set of measure components per partnership, so that a block written on many pages is made once.
        let work = site.partnerships.flatMap { p in
            let components = MeasureComponents(data: measures[p.slug] ?? MeasureData(), areaName: p.area)
            let figures = components.data.fingerprint ^ p.area.hashValue
            return p.documents.map { (components, figures, $0) }
        }
        let numbered = Set(site.partnerships.flatMap(\.publications).filter(\.kind.numbersParagraphs).flatMap(\.chapters).map(\.source))
        let bodies = work.concurrentMap { components, figures, document in
            let numbersParagraphs = numbered.contains(document.source)
            let inputs = { (body: PageBody) in
                BodyInputs(
                    document: document.fingerprint, route: document.route, reservedIDs: reserved, numbersParagraphs: numbersParagraphs,
                    measures: body.usesMeasures ? figures : nil,
                    links: body.usesLocalFiles ? index.fingerprint : nil, tags: index.tags[document.source])
            }
            return cache.body(for: document.source, inputs: inputs, project: project) {
                render(document, components: components, numbersParagraphs: numbersParagraphs)
            }
        }
        var result: [String: PageBody] = [:]
        for ((_, _, document), body) in zip(work, bodies) {
            log.add(contentsOf: body.diagnostics)
            result[document.source] = body
        }
        cache.keep(only: Set(result.keys))
        return result
    }

    private func render(_ document: Document, components: MeasureComponents, numbersParagraphs: Bool) -> PageBody {
        let log = DiagnosticLog()
        let markdown = MarkdownDocument(parsing: document.body, path: document.source, firstLine: document.bodyLine)
        let links = PageLinks(project: project, index: index, document: document, components: components, log: log)
        let renderer = HTMLRenderer(document: markdown, resolver: links, scope: IDScope(reserved: reservedIDs), log: log)
        renderer.numbersParagraphs = numbersParagraphs
        let rendered = renderer.render()
        return PageBody(
            rendered: rendered, fingerprint: Fingerprint.of(text: rendered.html), copies: links.copies, references: links.references,
            filesLookedUp: links.filesLookedUp,
            diagnostics: log.recorded + links.taggedDiagnostics, usesMeasures: markdown.usesMeasures,
            usesLocalFiles: markdown.usesLocalFiles, tagged: links.tagged)
    }
}

/// What a rendered body was made from.
struct BodyInputs: Hashable, Sendable {
    var document: Int
    var route: Route
    var reservedIDs: Int
    /// Whether the document is a chapter of a report, whose paragraphs are numbered.
    var numbersParagraphs: Bool
    var measures: Int?
    var links: Int?
    /// The tags of the document's publication.
    var tags: PublicationTags?
}

/// Rendered bodies kept between builds of one workspace.
final class BodyCache: @unchecked Sendable {
    private var entries: [String: (inputs: BodyInputs, body: PageBody)] = [:]
    private let lock = NSLock()

    /// The kept body of `source` when its inputs are unchanged and every file it looked up is
    /// as it was; otherwise a new one from `render`.
    func body(
        for source: String, inputs: (PageBody) -> BodyInputs, project: ProjectFolder, render: () -> PageBody
    ) -> PageBody {
        lock.lock()
        let kept = entries[source]
        lock.unlock()
        if let kept, inputs(kept.body) == kept.inputs,
            kept.body.filesLookedUp.allSatisfy({ url, stamp in PageLinks.lookUp(url, in: project) == stamp })
        {
            return kept.body
        }
        let body = render()
        lock.lock()
        entries[source] = (inputs(body), body)
        lock.unlock()
        return body
    }

    func keep(only sources: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        entries = entries.filter { sources.contains($0.key) }
    }
}
