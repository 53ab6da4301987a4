import Foundation

/// `sitemap.xml`: the full address of every page, for search engines.
enum Sitemap {
    static func xml(pages: [Route], baseURL: String) -> Data {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() {
            xml += "  <url><loc>\(HTMLText.escape(page.address(under: base)))</loc></url>\n"
        }
        return Data((xml + "</urlset>\n").utf8)
    }
}
