import Mustache

/// The fields only some kinds of page have, such as a chapter's neighbours.
protocol PageFields: TemplateView, Hashable {}

/// Everything the templates of one page can read: the fields every page has, and those of its
/// kind. The layout also gets `main`, the page's content made by its kind's template.
/// A class, so that the template engine's many casts of it copy a reference, not every field.
final class PageScope: WrappingParent, SharedFieldKeys, Hashable, Sendable {
    let root: String
    let site: SiteView
    let page: PageView
    let partnership: PartnershipView?
    let breadcrumbs: [LinkView]?
    let kindFields: any PageFields
    /// The page's full address and image, for search engines and links shared on social media;
    /// only when the site has a `base_url`.
    let share: ShareView?
    /// The news feed of the page's partnership, or of the whole site on the portal.
    let feed: LinkView?
    let main: String?

    init(
        root: String, site: SiteView, page: PageView, partnership: PartnershipView?, breadcrumbs: [LinkView]?,
        kind: any PageFields, share: ShareView? = nil, feed: LinkView? = nil, main: String? = nil
    ) {
        self.root = root
        self.site = site
        self.page = page
        self.partnership = partnership
        self.breadcrumbs = breadcrumbs
        kindFields = kind
        self.share = share
        self.feed = feed
        self.main = main
    }

    /// The same page with its main content, for the layout.
    func with(main: String) -> PageScope {
        PageScope(
            root: root, site: site, page: page, partnership: partnership, breadcrumbs: breadcrumbs, kind: kindFields, share: share,
            feed: feed, main: main)
    }

    func child(named name: String) -> Any? {
        switch name {
        case "root": TemplateText(root)
        case "site": site
        case "page": page
        case "partnership": partnership ?? AbsentValue()
        case "breadcrumbs": breadcrumbs ?? AbsentValue()
        case "share": share ?? AbsentValue()
        case "feed": feed ?? AbsentValue()
        case "main": main.map(TemplateText.init)
        default: kindFields.child(named: name)
        }
    }

    func child(named name: String, wrapping wrap: (any TemplateView) -> Any) -> Any? {
        switch name {
        case "site": wrap(site)
        case "page": wrap(page)
        case "partnership": partnership.map(wrap) ?? AbsentValue()
        case "breadcrumbs": breadcrumbs.map { $0.map(wrap) } ?? AbsentValue()
        case "share": share.map(wrap) ?? AbsentValue()
        case "feed": feed.map(wrap) ?? AbsentValue()
        case "root", "main": child(named: name)
        default: kindFields.child(named: name, wrapping: wrap)
        }
    }

    /// Pages with the same way to the top, the same site, feed or partnership fields share what
    /// reads only those.
    func addSharedKey(for field: String, reading names: [String], to key: inout Hasher) -> Bool {
        switch field {
        case "root": key.combine(root)
        case "site": key.combine(site)
        case "feed": key.combine(feed)
        case "partnership":
            key.combine(partnership?.frame)
            return partnership?.addSharedKey(reading: names, to: &key) ?? true
        default: return false
        }
        return true
    }

    /// The fields every page's templates can use.
    static let common = TemplateSchema(fields: [
        "root": .value, "site": .view(SiteView.schema), "page": .view(PageView.schema),
        "partnership": .view(PartnershipView.schema), "breadcrumbs": .list(LinkView.schema), "share": .view(ShareView.schema),
        "feed": .view(LinkView.schema),
    ])

    /// The fields of the layout, which wraps every page.
    static let layout = common.adding(TemplateSchema(fields: ["main": .value]))

    static func == (a: PageScope, b: PageScope) -> Bool {
        (a.root, a.site, a.page, a.partnership, a.breadcrumbs) == (b.root, b.site, b.page, b.partnership, b.breadcrumbs)
            && (a.share, a.feed) == (b.share, b.feed) && AnyHashable(a.kindFields) == AnyHashable(b.kindFields) && a.main == b.main
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(root)
        hasher.combine(site)
        hasher.combine(page)
        hasher.combine(partnership)
        hasher.combine(breadcrumbs)
        hasher.combine(share)
        hasher.combine(feed)
        hasher.combine(AnyHashable(kindFields))
    }
}

/// A page's full address, and the image shown with it when the address is shared.
struct ShareView: TemplateView, Hashable {
    var url: String
    var image: String?

    static let fields: [String: TemplateField<ShareView>] = ["url": .value { $0.url }, "image": .optional { $0.image }]
}
