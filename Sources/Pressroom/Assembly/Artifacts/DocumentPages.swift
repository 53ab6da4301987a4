/// A chapter of a publication, with its publication's contents and the chapters either side.
struct ChapterPage: Artifact {
    let partnership: Partnership
    let publication: Publication
    let index: Int

    private var chapter: Document { publication.chapters[index] }
    var route: Route { chapter.route }
    var source: String { chapter.source }

    /// The chapter's file and body, its publication's outline (every chapter's title and
    /// address), the partnership's frame, the site and the templates.
    func inputs(in context: BuildContext) -> Int? {
        guard let body = context.bodies[chapter.source], let outline = context.outlines[publication.source],
            let frame = context.frames[partnership.slug]
        else { return nil }
        var inputs = Fingerprint()
        inputs.add(route)
        inputs.add(index)
        inputs.add(chapter.fingerprint)
        inputs.add(chapter.draft)
        inputs.add(body.fingerprint)
        inputs.add(outline)
        context.addFrame(of: partnership, frame, to: &inputs)
        return inputs.value
    }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        let neighbour = { (offset: Int) -> LinkView? in
            let chapters = publication.chapters
            guard chapters.indices.contains(index + offset) else { return nil }
            return LinkView(title: chapters[index + offset].title, url: route.link(to: chapters[index + offset].route))
        }
        let fields = ChapterFields(
            publication: context.publicationView(publication, of: partnership, on: route, current: index),
            previous: neighbour(-1), next: neighbour(1))
        return context.page(
            route, template: "chapter", page: context.documentView(chapter, partnership: partnership, kind: "chapter"),
            partnership: partnership,
            breadcrumbs: context.breadcrumbs(
                from: route, partnership,
                (context.trails[publication.source] ?? publication.trailTitle(), .publication(partnership.slug, publication.slug))),
            fields: fields)
    }
}

/// A news item.
struct NewsItemPage: Artifact {
    let partnership: Partnership
    let item: Document

    var route: Route { item.route }
    var source: String { item.source }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        context.page(
            route, template: "news-item", page: context.documentView(item, partnership: partnership, kind: "news-item"),
            partnership: partnership, breadcrumbs: context.breadcrumbs(from: route, partnership, ("News", .newsList(partnership.slug))),
            fields: NoFields())
    }
}

/// A page written in `pages/`, such as the help page.
struct DocumentPage: Artifact {
    let partnership: Partnership
    let document: Document

    var route: Route { document.route }
    var source: String { document.source }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        context.page(
            route, template: "page", page: context.documentView(document, partnership: partnership, kind: "page"),
            partnership: partnership, breadcrumbs: context.breadcrumbs(from: route, partnership), fields: NoFields())
    }
}

extension BuildContext {
    /// What a page made from a Markdown file says: its front matter and its rendered body.
    func documentView(_ document: Document, partnership: Partnership, kind: String) -> PageView {
        let page = PageView(title: document.title, summary: document.summary, kind: kind)
        if let body = bodies[document.source] {
            page.body = body.rendered.html
            page.bodyFingerprint = body.fingerprint
            page.contents = PageView.contents(body.rendered.headings)
        }
        page.draft = document.draft
        page.leaveSite = document.leaveSite
        page.leaveSiteURL = partnership.leaveSiteURL
        page.date = document.date
        return page
    }
}
