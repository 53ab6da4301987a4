/// A partnership's home page: help lines, publications, latest news and pages.
struct HomePage: Artifact {
    let partnership: Partnership

    var route: Route { .home(partnership.slug) }
    var source: String { partnership.source }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        let p = partnership
        let fields = HomeFields(
            publications: p.publications.map { CardView.publication($0, partnership: p.slug, from: route) },
            news: p.news.prefix(3).map { CardView.document($0, from: route) },
            pages: p.pages.map { CardView.document($0, from: route) })
        return context.page(
            route, template: "home", page: context.generatedView(p.name, p.summary, "home", p), partnership: p, breadcrumbs: nil,
            fields: fields)
    }
}

/// A publication's contents page.
struct ContentsPage: Artifact {
    let partnership: Partnership
    let publication: Publication

    var route: Route { .publication(partnership.slug, publication.slug) }
    var source: String { publication.source }
    private var pdf: Route { .pdf(partnership.slug, publication.slug) }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        context.generatedPage(
            route, "contents", title: publication.title, summary: publication.summary, of: partnership,
            fields: ContentsFields(
                publication: context.publicationView(publication, of: partnership, on: route),
                printURL: context.printDocuments ? route.link(to: .printDocument(partnership.slug, publication.slug)) : nil,
                pdf: context.pdfs[pdf].map { DownloadView.pdf(url: route.link(to: pdf), facts: $0) },
                tags: PublicationTags(publication, of: partnership.slug).map {
                    LinkView(title: Strings.english.tags.allItems, url: route.link(to: $0.indexRoute))
                }))
    }
}

/// Every news item, newest first.
struct NewsListPage: Artifact {
    let partnership: Partnership

    var route: Route { .newsList(partnership.slug) }
    var source: String { partnership.source }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        context.generatedPage(
            route, "news-list", title: "News", summary: "Latest news from \(partnership.name).", of: partnership,
            fields: NewsListFields(news: partnership.news.map { CardView.document($0, from: route) }))
    }
}

/// The contact page, made from `partnership.yaml`.
struct ContactPage: Artifact {
    let partnership: Partnership

    var route: Route { .contact(partnership.slug) }
    var source: String { partnership.source }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        context.generatedPage(
            route, "contact", title: "Contact us", summary: "How to get in touch with \(partnership.name).", of: partnership,
            fields: NoFields())
    }
}

/// The accessibility statement, made from `partnership.yaml`.
struct AccessibilityPage: Artifact {
    let partnership: Partnership

    var route: Route { .accessibility(partnership.slug) }
    var source: String { partnership.source }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        context.generatedPage(
            route, "accessibility", title: "Accessibility statement", summary: "How accessible the \(partnership.name) website is.",
            of: partnership, fields: AccessibilityFields(statement: StatementView(partnership)))
    }
}

extension BuildContext {
    /// What a page made by Pressroom (not from a Markdown file) says.
    func generatedView(_ title: String, _ summary: String?, _ kind: String, _ partnership: Partnership?) -> PageView {
        let page = PageView(title: title, summary: summary, kind: kind)
        page.leaveSiteURL = partnership?.leaveSiteURL ?? Partnership.defaultLeaveSiteURL
        return page
    }

    /// A page of `partnership` made by Pressroom, below its home page, using template `kind`.
    func generatedPage(
        _ route: Route, _ kind: String, title: String, summary: String?, of partnership: Partnership, fields: some PageFields
    ) -> PreparedArtifact {
        page(
            route, template: kind, page: generatedView(title, summary, kind, partnership), partnership: partnership,
            breadcrumbs: breadcrumbs(from: route, partnership), fields: fields)
    }
}
