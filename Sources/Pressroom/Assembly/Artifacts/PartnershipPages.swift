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

    func prepare(in context: BuildContext) -> PreparedArtifact {
        context.page(
            route, template: "contents",
            page: context.generatedView(publication.title, publication.summary, "contents", partnership), partnership: partnership,
            breadcrumbs: context.breadcrumbs(from: route, partnership),
            fields: ContentsFields(publication: context.publicationView(publication, of: partnership, on: route)))
    }
}

/// Every news item, newest first.
struct NewsListPage: Artifact {
    let partnership: Partnership

    var route: Route { .newsList(partnership.slug) }
    var source: String { partnership.source }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        context.page(
            route, template: "news-list",
            page: context.generatedView("News", "Latest news from \(partnership.name).", "news-list", partnership),
            partnership: partnership, breadcrumbs: context.breadcrumbs(from: route, partnership),
            fields: NewsListFields(news: partnership.news.map { CardView.document($0, from: route) }))
    }
}

/// The contact page, made from `partnership.yaml`.
struct ContactPage: Artifact {
    let partnership: Partnership

    var route: Route { .contact(partnership.slug) }
    var source: String { partnership.source }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        context.page(
            route, template: "contact",
            page: context.generatedView("Contact us", "How to get in touch with \(partnership.name).", "contact", partnership),
            partnership: partnership, breadcrumbs: context.breadcrumbs(from: route, partnership), fields: NoFields())
    }
}

/// The accessibility statement, made from `partnership.yaml`.
struct AccessibilityPage: Artifact {
    let partnership: Partnership

    var route: Route { .accessibility(partnership.slug) }
    var source: String { partnership.source }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        context.page(
            route, template: "accessibility",
            page: context.generatedView(
                "Accessibility statement", "How accessible the \(partnership.name) website is.", "accessibility", partnership),
            partnership: partnership, breadcrumbs: context.breadcrumbs(from: route, partnership),
            fields: AccessibilityFields(statement: StatementView(partnership)))
    }
}

extension BuildContext {
    /// What a page made by Pressroom (not from a Markdown file) says.
    func generatedView(_ title: String, _ summary: String?, _ kind: String, _ partnership: Partnership?) -> PageView {
        var page = PageView(title: title, summary: summary, kind: kind)
        page.leaveSiteURL = partnership?.leaveSiteURL ?? Partnership.defaultLeaveSiteURL
        return page
    }
}
