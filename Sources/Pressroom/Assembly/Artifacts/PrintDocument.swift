import Foundation

/// A whole publication as one HTML document made for print (CSS paged media): a cover, the
/// contents, every chapter and a back page. Each chapter is rendered again in its own id scope,
/// with its headings one level down, and links between its chapters become links inside the
/// document. The PDF is made from it.
struct PrintDocument: Artifact {
    let partnership: Partnership
    let publication: Publication

    var route: Route { .printDocument(partnership.slug, publication.slug) }
    var source: String { publication.source }

    /// The id of a chapter's section, and the prefix of every id inside it.
    static func ids(of chapter: Document) -> (section: String, prefix: String) {
        ("chapter-\(chapter.slug)", "chapter-\(chapter.slug)--")
    }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        // The chapters' web bodies change whenever their print bodies would: their text, the
        // figures they show or the files they link to.
        var fingerprint = Fingerprint()
        fingerprint.add(context.templates.fingerprint)
        fingerprint.add(context.frames[partnership.slug])
        fingerprint.add(context.outlines[publication.source])
        fingerprint.add(context.site.baseURL)
        fingerprint.add(context.siteView)
        for chapter in publication.chapters { fingerprint.add(context.bodies[chapter.source]?.fingerprint) }
        return PreparedArtifact(fingerprint: fingerprint.value, output: .bytes { Data(render(in: context).utf8) })
    }

    private func render(in context: BuildContext) -> String {
        let inDocument = Dictionary(
            publication.chapters.map { chapter in (chapter.source, Self.ids(of: chapter)) }, uniquingKeysWith: { first, _ in first })
        let outline = context.outlines[publication.source] ?? 0
        let chapters = publication.chapters.enumerated().map { number, chapter in
            let ids = Self.ids(of: chapter)
            var inputs = Fingerprint()
            inputs.add(context.bodies[chapter.source]?.fingerprint)
            inputs.add(outline)
            inputs.add(context.site.baseURL)
            inputs.add(context.templates.fingerprint)  // the ids the templates reserve
            let body = context.printBodies.body(for: chapter.source, inputs: inputs.value) {
                printBody(chapter, ids: ids, inDocument: inDocument, in: context)
            }
            return PrintChapterView(number: number + 1, title: chapter.title, id: ids.section, summary: chapter.summary, body: body)
        }
        let page = PageView(title: publication.title, summary: publication.summary, kind: "print")
        let fields = PrintFields(
            publication: context.publicationView(publication, of: partnership, on: route), chapters: chapters,
            webAddress: context.site.baseURL.map { Route.publication(partnership.slug, publication.slug).address(under: $0) })
        let scope = PageScope(
            root: route.toRoot, site: context.siteView, page: page,
            partnership: context.frames[partnership.slug].map { PartnershipView(frame: $0, page: route) }, breadcrumbs: nil,
            kind: fields)
        return context.templates.render("print", scope)
    }

    /// A chapter's body as the print document shows it.
    private func printBody(
        _ chapter: Document, ids: (section: String, prefix: String), inDocument: [String: (section: String, prefix: String)],
        in context: BuildContext
    ) -> String {
        var placed = chapter
        placed.route = route
        var components = MeasureComponents(data: context.data(partnership), areaName: partnership.area)
        components.idPrefix = ids.prefix
        let links = PageLinks(project: context.project, index: context.index, document: placed, components: components)
        links.inDocument = inDocument
        links.webAddresses = context.site.baseURL
        let scope = IDScope(prefix: ids.prefix, reserved: context.templates.fixedIDs, headingShift: 1)
        let markdown = MarkdownDocument(parsing: chapter.body, path: chapter.source, firstLine: chapter.bodyLine)
        // The web page of the chapter has reported any problem in its text already.
        let renderer = HTMLRenderer(document: markdown, resolver: links, scope: scope, log: DiagnosticLog())
        renderer.numbersParagraphs = publication.kind.numbersParagraphs
        return renderer.render().html
    }
}

/// Chapters' print bodies kept between builds of one workspace: after a change, only the
/// chapters whose web bodies changed are rendered for print again.
final class PrintBodyCache: @unchecked Sendable {
    private var entries: [String: (inputs: Int, html: String)] = [:]
    private let lock = NSLock()

    func body(for source: String, inputs: Int, render: () -> String) -> String {
        lock.lock()
        let kept = entries[source]
        lock.unlock()
        if let kept, kept.inputs == inputs { return kept.html }
        let html = render()
        lock.lock()
        entries[source] = (inputs, html)
        lock.unlock()
        return html
    }
}
