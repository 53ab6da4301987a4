import Foundation

/// An Atom feed of news, for feed readers: one per partnership (`cheshire/news/feed.xml`) and
/// one of every partnership's news (`feed.xml`). Made only when the site has a `base_url`, since
/// a feed's entries need full addresses.
struct NewsFeed: Artifact {
    /// The partnership whose news it holds, or `nil` for the portal's feed of all news.
    let partnership: Partnership?
    let baseURL: String
    /// The most entries a feed holds: the newest.
    static let limit = 50

    var route: Route { partnership.map { .newsFeed($0.slug) } ?? .portalFeed }
    var source: String { partnership?.source ?? "Content/site.yaml" }

    /// The title a feed reader shows for the feed.
    static func title(of partnership: Partnership?, site: Site) -> String {
        partnership.map { "News from \($0.name)" } ?? "News from \(site.title)"
    }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        let items = entries(in: context.site)
        var fingerprint = Fingerprint()
        fingerprint.add(baseURL)
        fingerprint.add(context.siteView)
        for (partnership, item) in items {
            fingerprint.add(partnership.name)
            fingerprint.add(item.fingerprint)
            fingerprint.add(context.bodies[item.source]?.fingerprint)
        }
        return PreparedArtifact(fingerprint: fingerprint.value, output: .bytes { Data(xml(items, in: context).utf8) })
    }

    /// The newest news items, with the partnership of each.
    /// Sorted by their dates and paths alone, so that sorting moves no partnership or document.
    private func entries(in site: Site) -> [(Partnership, Document)] {
        let partnerships = partnership.map { [$0] } ?? site.partnerships
        var order: [(date: String, source: String, partnership: Int, item: Int)] = []
        for (p, partnership) in partnerships.enumerated() {
            for (n, item) in partnership.news.enumerated() where !item.draft { order.append((item.date ?? "", item.source, p, n)) }
        }
        order.sort { ($0.date, $1.source) > ($1.date, $0.source) }
        return order.prefix(Self.limit).map { (partnerships[$0.partnership], partnerships[$0.partnership].news[$0.item]) }
    }

    private func xml(_ items: [(Partnership, Document)], in context: BuildContext) -> String {
        let list = partnership.map { Route.newsList($0.slug) } ?? .portal
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
            <title>\(HTMLText.escape(Self.title(of: partnership, site: context.site)))</title>
            <id>\(address(list))</id>
            <link rel="self" href="\(address(route))"/>
            <link rel="alternate" type="text/html" href="\(address(list))"/>
            <updated>\(Self.time(items.first?.1.date ?? "2000-01-01"))</updated>

            """
        for (partnership, item) in items {
            let body = context.bodies[item.source]?.rendered.html ?? ""
            xml += """
                <entry>
                <title>\(HTMLText.escape(item.title))</title>
                <id>\(address(item.route))</id>
                <link rel="alternate" type="text/html" href="\(address(item.route))"/>
                <published>\(Self.time(item.date ?? ""))</published>
                <updated>\(Self.time(item.date ?? ""))</updated>
                <author><name>\(HTMLText.escape(partnership.name))</name></author>

                """
            if let summary = item.summary { xml += "<summary>\(HTMLText.escape(summary))</summary>\n" }
            xml += "<content type=\"html\" xml:base=\"\(address(item.route))\">\(HTMLText.escape(body))</content>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }

    private func address(_ route: Route) -> String { HTMLText.escape(route.address(under: baseURL)) }

    /// A news date, `2024-03-14`, as an Atom time at the start of that day.
    private static func time(_ date: String) -> String { date + "T00:00:00Z" }
}
