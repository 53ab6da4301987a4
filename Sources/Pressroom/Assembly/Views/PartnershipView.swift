/// The parts of a partnership's pages that are the same on every page (name, contacts, help
/// lines, navigation), made once per partnership and build. Addresses are kept as routes
/// and made into links relative to each page as the page is rendered.
final class PartnershipFrame: Sendable, Hashable {
    struct NavItem: Sendable, Hashable {
        var title: String
        var route: Route
        /// Pages below this folder also make the item current (a publication's chapters, news items).
        var coversFolder: Bool
    }

    let partnership: Partnership
    let nav: [NavItem]
    /// The most folders any menu entry's address has.
    let navDepth: Int
    let helpRoute: Route?
    /// Black or white, whichever reads better on the brand colour.
    let brandTextColour: String
    /// Made once, so that pages compare their frames without comparing every field.
    let fingerprint: Int

    init(_ p: Partnership) {
        partnership = p
        var nav = [NavItem(title: "Home", route: .home(p.slug), coversFolder: false)]
        nav += p.publications.map { NavItem(title: $0.shortTitle, route: .publication(p.slug, $0.slug), coversFolder: true) }
        nav.append(NavItem(title: "News", route: .newsList(p.slug), coversFolder: true))
        nav += p.pages.map { NavItem(title: $0.title, route: $0.route, coversFolder: false) }
        nav.append(NavItem(title: "Contact", route: .contact(p.slug), coversFolder: false))
        self.nav = nav
        navDepth = nav.map(\.route.folders.count).max() ?? 0
        helpRoute = p.pages.first { $0.slug == "help" }?.route
        brandTextColour = Contrast.textColour(on: p.brandColour)
        var hasher = Hasher()
        hasher.combine(nav)
        hasher.combine(helpRoute)
        hasher.combine(partnership.settings)
        fingerprint = hasher.finalize()
    }

    /// Equal when every page would show the same frame: the partnership's settings and its
    /// navigation, not the text of its documents.
    static func == (a: PartnershipFrame, b: PartnershipFrame) -> Bool {
        a.fingerprint == b.fingerprint
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}

extension Partnership {
    /// Everything `partnership.yaml` says, without the publications, news and pages.
    var settings: Partnership {
        var settings = self
        settings.publications = []
        settings.news = []
        settings.pages = []
        return settings
    }
}

/// A partnership as one page sees it: the shared frame, with links relative to the page.
final class PartnershipView: TemplateView, Hashable {
    let frame: PartnershipFrame
    let page: Route

    init(frame: PartnershipFrame, page: Route) {
        self.frame = frame
        self.page = page
    }

    private var slug: String { frame.partnership.slug }
    private var logo: String? { frame.partnership.logo.map { page.link(to: .logo(slug, file: $0.lastPathComponent)) } }
    private var help: String? { frame.helpRoute.map { page.link(to: $0) } }

    var navigation: [NavEntryView] {
        frame.nav.map { item in
            let current = item.route == page || (item.coversFolder && page.folders.starts(with: item.route.folders))
            return NavEntryView(title: item.title, url: page.link(to: item.route), current: current)
        }
    }

    /// What the menu depends on besides the frame: the links from a page to entries no more
    /// than `navDepth` folders deep, and which entry is current, follow from how many folders
    /// the page is in and its first `navDepth` folders (and its file, when it is no deeper).
    private func addNavKey(to key: inout Hasher) {
        key.combine(frame.fingerprint)
        key.combine(page.folders.count)
        key.combine(page.folders.prefix(frame.navDepth))
        if page.folders.count <= frame.navDepth { key.combine(page.file) }
    }

    static func == (a: PartnershipView, b: PartnershipView) -> Bool { a.frame == b.frame && a.page == b.page }

    func hash(into hasher: inout Hasher) {
        hasher.combine(frame)
        hasher.combine(page)
    }

    static let fields: [String: TemplateField<PartnershipView>] = [
        "name": .value { $0.frame.partnership.name }, "short_name": .value { $0.frame.partnership.shortName },
        "area": .value { $0.frame.partnership.area }, "summary": .value { $0.frame.partnership.summary },
        "convener": .optional { $0.frame.partnership.convener }, "members": .values { $0.frame.partnership.members },
        "home_url": .value { $0.page.link(to: .home($0.slug)) }, "brand_colour": .value { $0.frame.partnership.brandColour },
        "brand_text_colour": .value { $0.frame.brandTextColour }, "logo_url": .optional { $0.logo },
        "logo_alt": .optional { $0.frame.partnership.logoAlt }, "nav": .list(key: { $0.addNavKey(to: &$1) }) { $0.navigation },
        "contact": .view { ContactView(contact: $0.frame.partnership.contact) },
        "help_lines": .list { $0.frame.partnership.helpLines.map(HelpLineView.init) },
        "alternative_formats": .value { $0.frame.partnership.alternativeFormats },
        "contact_url": .value { $0.page.link(to: .contact($0.slug)) },
        "accessibility_url": .value { $0.page.link(to: .accessibility($0.slug)) }, "help_url": .optional { $0.help },
        "data_url": .value { $0.page.link(to: .data($0.slug)) }, "news_url": .value { $0.page.link(to: .newsList($0.slug)) },
    ]
}

struct NavEntryView: TemplateView, Hashable {
    var title: String
    var url: String
    var current: Bool

    var itemKey: Int? { hashValue }

    static let fields: [String: TemplateField<NavEntryView>] = [
        "title": .value { $0.title }, "url": .value { $0.url }, "current": .value { $0.current },
    ]
}

struct ContactView: TemplateView, Hashable {
    var contact: Contact

    static let fields: [String: TemplateField<ContactView>] = [
        "address_lines": .values { $0.contact.addressLines }, "phone": .optional { $0.contact.phone },
        "phone_href": .optional { $0.contact.phone.map(PhoneNumber.link) }, "email": .optional { $0.contact.email },
        "website": .optional { $0.contact.website }, "social": .list { $0.contact.social.map(SocialView.init) },
    ]
}

struct SocialView: TemplateView, Hashable {
    var link: SocialLink

    static let fields: [String: TemplateField<SocialView>] = ["name": .value { $0.link.name }, "url": .value { $0.link.url }]
}

struct HelpLineView: TemplateView, Hashable {
    var line: HelpLine

    static let fields: [String: TemplateField<HelpLineView>] = [
        "name": .value { $0.line.name }, "phone": .value { $0.line.phone }, "phone_href": .value { PhoneNumber.link($0.line.phone) },
        "description": .optional { $0.line.description },
    ]
}

/// `tel:` link for a phone number as people write it: `01606 364000` → `tel:01606364000`.
enum PhoneNumber {
    static func link(_ phone: String) -> String {
        "tel:" + phone.filter { $0.isNumber || $0 == "+" }
    }
}
