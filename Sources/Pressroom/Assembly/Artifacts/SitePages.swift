import Foundation

/// `index.html`: every partnership of the project.
struct PortalPage: Artifact {
    var route: Route { .portal }
    var source: String { "Content/site.yaml" }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        let site = context.site
        return context.page(
            route, template: "portal",
            page: context.generatedView(site.title, site.description.isEmpty ? nil : site.description, "portal", nil),
            partnership: nil, breadcrumbs: nil, fields: PortalFields(partnerships: site.partnerships.map(PortalCardView.init)))
    }
}

/// `404.html`. Hosts serve it at any depth, so its links start from the site's root: `/`, or
/// the path of `base_url` in `site.yaml`. It lists every partnership with its help page.
struct NotFoundPage: Artifact {
    var route: Route { .notFound }
    var source: String { "Templates/not-found.mustache" }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        let path = context.site.baseURL.flatMap { URL(string: $0)?.path } ?? "/"
        let partnerships = context.site.partnerships.map { partnership in
            PartnershipHelpView(
                name: partnership.name, homeURL: Route.portal.link(to: .home(partnership.slug)),
                helpURL: context.frames[partnership.slug]?.helpRoute.map { Route.portal.link(to: $0) })
        }
        return context.page(
            route, template: "not-found", page: context.generatedView("Page not found", nil, "not-found", nil), partnership: nil,
            breadcrumbs: nil, fields: NotFoundFields(partnerships: partnerships), root: path.hasSuffix("/") ? path : path + "/")
    }
}
