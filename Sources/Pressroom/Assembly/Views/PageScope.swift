import Mustache

/// The fields only some kinds of page have, such as a chapter's neighbours.
protocol PageFields: TemplateView, Hashable {}

/// Everything the templates of one page can read: the fields every page has, and those of its
/// kind. The layout also gets `main`, the page's content made by its kind's template.
/// A class, so that the template engine's many casts of it copy a reference, not every field.
final class PageScope: MustacheParent, Hashable, Sendable {
    let root: String
    let site: SiteView
    let page: PageView
    let partnership: PartnershipView?
    let breadcrumbs: [LinkView]?
    let kindFields: any PageFields
    let main: String?

    init(
        root: String, site: SiteView, page: PageView, partnership: PartnershipView?, breadcrumbs: [LinkView]?,
        kind: any PageFields, main: String? = nil
    ) {
        self.root = root
        self.site = site
        self.page = page
        self.partnership = partnership
        self.breadcrumbs = breadcrumbs
        kindFields = kind
        self.main = main
    }

    /// The same page with its main content, for the layout.
    func with(main: String) -> PageScope {
        PageScope(root: root, site: site, page: page, partnership: partnership, breadcrumbs: breadcrumbs, kind: kindFields, main: main)
    }

    func child(named name: String) -> Any? {
        switch name {
        case "root": TemplateText(root)
        case "site": site
        case "page": page
        case "partnership": partnership ?? false
        case "breadcrumbs": breadcrumbs ?? false
        case "main": main.map(TemplateText.init)
        default: kindFields.child(named: name)
        }
    }

    /// The fields every page's templates can use.
    static let common = TemplateSchema(fields: [
        "root": .value, "site": .view(SiteView.schema), "page": .view(PageView.schema),
        "partnership": .view(PartnershipView.schema), "breadcrumbs": .list(LinkView.schema),
    ])

    /// The fields of the layout, which wraps every page.
    static let layout = common.adding(TemplateSchema(fields: ["main": .value]))

    static func == (a: PageScope, b: PageScope) -> Bool {
        (a.root, a.site, a.page, a.partnership, a.breadcrumbs) == (b.root, b.site, b.page, b.partnership, b.breadcrumbs)
            && AnyHashable(a.kindFields) == AnyHashable(b.kindFields) && a.main == b.main
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(root)
        hasher.combine(site)
        hasher.combine(page)
        hasher.combine(partnership)
        hasher.combine(breadcrumbs)
        hasher.combine(AnyHashable(kindFields))
    }
}
