import Foundation

/// One output of a build: a page, a data file, the sitemap, a copied file. It says what it is
/// made from, as a fingerprint, so that after a change only outputs whose inputs changed are
/// made again. Adding a kind of output means adding one type.
protocol Artifact: Sendable {
    var route: Route { get }
    /// The file it comes from, for messages.
    var source: String { get }
    func prepare(in context: BuildContext) -> PreparedArtifact
    /// A fingerprint of everything the output is made from that is cheaper to work out than
    /// `prepare`, or `nil`. Equal inputs must mean equal bytes.
    func inputs(in context: BuildContext) -> Int?
}

extension Artifact {
    func inputs(in context: BuildContext) -> Int? { nil }
}

/// An artifact ready to be made: the fingerprint of everything it is made from, and how.
struct PreparedArtifact: Sendable {
    enum Output: Sendable {
        case bytes(@Sendable () -> Data)
        /// Text, such as a page, written as UTF-8 without a copy of its bytes made first.
        case text(@Sendable () -> String)
        /// A file copied as it is, such as an image or a theme asset.
        case copy(URL)
    }

    var fingerprint: Int
    var output: Output
}

extension PreparedArtifact.Output {
    /// Makes the bytes or text, or copies the file, to `sink` at `route`; returns the bytes
    /// made when they are to be kept.
    func write(_ route: Route, to sink: any OutputSink, keeping: Bool) -> Data? {
        switch self {
        case .bytes(let make):
            let data = make()
            sink.write(route, data)
            return keeping ? data : nil
        case .text(let make):
            let text = make()
            sink.write(route, text: text)
            return keeping ? Data(text.utf8) : nil
        case .copy(let file):
            sink.copy(file, to: route)
            return nil
        }
    }
}

/// What every artifact of one build can read.
struct BuildContext: Sendable {
    let project: ProjectFolder
    let site: Site
    let siteView: SiteView
    let measures: [String: MeasureData]
    let templates: TemplateSet
    let frames: [String: PartnershipFrame]
    /// Each publication's outline fingerprint, by the source of its `publication.yaml`.
    let outlines: [String: Int]
    /// Each publication's name in breadcrumbs (`trailTitle`), by the source of its `publication.yaml`.
    let trails: [String: String]
    let bodies: [String: PageBody]
    /// The PDF of each publication, by its route, once made.
    var pdfs: [Route: PDFFacts] = [:]
    /// The partnerships with a news feed (`nil` for the feed of all news).
    let feeds: Set<String?>
    /// Whether publications have print documents to link to.
    var printDocuments = true
    /// Chapters' print bodies made by earlier builds of the workspace.
    var printBodies = PrintBodyCache()

    init(project: ProjectFolder, site: Site, measures: [String: MeasureData], templates: TemplateSet, bodies: [String: PageBody]) {
        self.project = project
        self.site = site
        siteView = SiteView(title: site.title, description: site.description)
        self.measures = measures
        self.templates = templates
        frames = Dictionary(site.partnerships.map { ($0.slug, PartnershipFrame($0)) }, uniquingKeysWith: { first, _ in first })
        outlines = Dictionary(
            site.partnerships.flatMap(\.publications).map { ($0.source, PublicationView.outline(of: $0)) },
            uniquingKeysWith: { first, _ in first })
        trails = Dictionary(
            site.partnerships.flatMap(\.publications).map { ($0.source, $0.trailTitle()) }, uniquingKeysWith: { first, _ in first })
        self.bodies = bodies
        feeds = Set(SitePlan.feeds(site).map { $0?.slug })
    }

    func data(_ partnership: Partnership) -> MeasureData { measures[partnership.slug] ?? MeasureData() }

    /// What every page of a partnership shows around its own content: the partnership's frame,
    /// the site's name and address, whether the partnership has a news feed, and the templates.
    func addFrame(of partnership: Partnership, _ frame: PartnershipFrame, to inputs: inout Fingerprint) {
        inputs.add(frame.fingerprint)
        inputs.add(siteView)
        inputs.add(site.baseURL)
        inputs.add(feeds.contains(partnership.slug))
        inputs.add(templates.fingerprint)
    }

    /// A publication as a page of it shows it.
    func publicationView(_ publication: Publication, of partnership: Partnership, on page: Route, current: Int? = nil) -> PublicationView {
        PublicationView(
            publication: publication, partnership: partnership.slug, page: page, current: current,
            outline: outlines[publication.source] ?? PublicationView.outline(of: publication))
    }

    /// A page: its kind's template makes the main content, which the layout then wraps.
    func page(
        _ route: Route, template: String, page: PageView, partnership: Partnership?, breadcrumbs: [LinkView]?,
        fields: some PageFields, root: String? = nil
    ) -> PreparedArtifact {
        let scope = PageScope(
            root: root ?? route.toRoot, site: siteView, page: page,
            partnership: partnership.flatMap { frames[$0.slug] }.map { PartnershipView(frame: $0, page: route) },
            breadcrumbs: breadcrumbs, kind: fields, share: share(route, partnership), feed: feed(from: route, partnership))
        var fingerprint = Fingerprint()
        fingerprint.add(scope)
        fingerprint.add(templates.fingerprint)
        return PreparedArtifact(
            fingerprint: fingerprint.value,
            output: .text { [templates, scope] in
                templates.render("layout", scope.with(main: templates.render(template, scope)))
            })
    }

    /// A page's full address, and its partnership's logo when social media can show it (PNG or JPEG).
    private func share(_ route: Route, _ partnership: Partnership?) -> ShareView? {
        guard let base = site.baseURL else { return nil }
        let logo = partnership.flatMap { p in
            p.logo.flatMap { ["png", "jpg", "jpeg"].contains($0.pathExtension.lowercased()) ? $0 : nil }
                .map { Route.logo(p.slug, file: $0.lastPathComponent).address(under: base) }
        }
        return ShareView(url: route.address(under: base), image: logo)
    }

    /// The news feed a page offers: its partnership's, or on the portal the feed of all news.
    private func feed(from route: Route, _ partnership: Partnership?) -> LinkView? {
        guard feeds.contains(partnership?.slug) else { return nil }
        let feed = partnership.map { Route.newsFeed($0.slug) } ?? .portalFeed
        return LinkView(title: NewsFeed.title(of: partnership, site: site), url: route.link(to: feed))
    }

    /// The way back up from a page of `partnership`: the portal, the partnership's home, and `more`.
    func breadcrumbs(from route: Route, _ partnership: Partnership, _ more: (String, Route)...) -> [LinkView] {
        let trail = [("All partnerships", Route.portal), (partnership.shortName, Route.home(partnership.slug))] + more
        return trail.map { LinkView(title: $0.0, url: route.link(to: $0.1)) }
    }
}
