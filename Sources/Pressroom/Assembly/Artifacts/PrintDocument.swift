import Foundation

/// A whole publication as one HTML document made for print (CSS paged media): a cover, the
/// contents, every chapter and a back page. Each chapter's web body is placed in its own id
/// scope, with its headings one level down, and links between its chapters become links inside
/// the document (`PrintBody`). The PDF is made from it.
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
        return PreparedArtifact(fingerprint: fingerprint.value, output: .text { render(in: context) })
    }

    private func render(in context: BuildContext) -> String {
        let outline = context.outlines[publication.source] ?? 0
        let places = Dictionary(
            publication.chapters.map { (PrintBody.key($0.route), Self.ids(of: $0)) }, uniquingKeysWith: { first, _ in first })
        let chapters = publication.chapters.enumerated().map { number, chapter in
            let ids = Self.ids(of: chapter)
            var inputs = Fingerprint()
            inputs.add(context.bodies[chapter.source]?.fingerprint)
            inputs.add(outline)
            inputs.add(context.site.baseURL)
            let body = context.printBodies.body(for: chapter.source, inputs: inputs.value) {
                let rewrite = PrintBody(
                    prefix: ids.prefix, chapters: places, folders: chapter.route.folders, baseURL: context.site.baseURL)
                return rewrite.rewrite(context.bodies[chapter.source]?.rendered.html ?? "")
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
}

/// Chapters' print bodies kept between builds of one workspace: after a change, only the
/// chapters whose web bodies changed are rewritten for print again.
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
