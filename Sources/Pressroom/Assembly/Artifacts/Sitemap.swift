import Foundation

/// `sitemap.xml`: the full address of every page, for search engines.
enum Sitemap {
    static func xml(pages: [Route], baseURL: String) -> Data {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        // In the order of their paths, each made once rather than at every comparison.
        for (_, page) in pages.map({ ($0.path, $0) }).sorted(by: { $0.0 < $1.0 }) {
            xml += "  <url><loc>\(HTMLText.escape(page.address(under: base)))</loc></url>\n"
        }
        return Data((xml + "</urlset>\n").utf8)
    }
}

/// `sitemap.xml`: the full address of every page, for search engines; made when `base_url` is set.
struct SitemapFile: Artifact {
    let pages: [Route]
    let baseURL: String

    var route: Route { .sitemap }
    var source: String { "Content/site.yaml" }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        var fingerprint = Fingerprint()
        fingerprint.add(pages)
        fingerprint.add(baseURL)
        return PreparedArtifact(
            fingerprint: fingerprint.value,
            output: .bytes { [pages, baseURL] in
                Sitemap.xml(pages: pages, baseURL: baseURL)
            })
    }
}

/// `robots.txt`: every page may be read by search engines, and, with a `base_url`, where the
/// sitemap is. (Hosts read it only at the top of a domain, so a site in a sub-folder relies on
/// the host's own.)
struct RobotsFile: Artifact {
    let baseURL: String?

    var route: Route { .robots }
    var source: String { "Content/site.yaml" }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        var text = "User-agent: *\nAllow: /\n"
        if let baseURL { text += "\nSitemap: \(Route.sitemap.address(under: baseURL))\n" }
        return PreparedArtifact(fingerprint: Fingerprint.of(text: text), output: .bytes { [text] in Data(text.utf8) })
    }
}
