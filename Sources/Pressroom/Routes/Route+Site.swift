/// Every kind of place a site has. Output paths are made here and nowhere else.
extension Route {
    /// `index.html`: the portal listing every partnership.
    public static let portal = Route(page: [])
    /// `404.html`, served by hosts for any address that does not exist.
    public static let notFound = Route(file: "404.html", in: [])
    public static let sitemap = Route(file: "sitemap.xml", in: [])
    /// `robots.txt`: what search engines may read, and where the sitemap is.
    public static let robots = Route(file: "robots.txt", in: [])
    /// The Atom feed of every partnership's news.
    public static let portalFeed = Route(file: "feed.xml", in: [])

    public static func home(_ partnership: String) -> Route { Route(page: [partnership]) }
    public static func publication(_ partnership: String, _ publication: String) -> Route {
        Route(page: [partnership, publication])
    }
    public static func chapter(_ partnership: String, _ publication: String, _ chapter: String) -> Route {
        Route(page: [partnership, publication, chapter])
    }
    /// A whole publication as one document made for print, from which its PDF is made.
    public static func printDocument(_ partnership: String, _ publication: String) -> Route {
        Route(page: [partnership, publication, "print"])
    }
    /// The publication's PDF: `cheshire/strategy/cheshire-strategy.pdf`.
    public static func pdf(_ partnership: String, _ publication: String) -> Route {
        Route(file: "\(partnership)-\(publication).pdf", in: [partnership, publication])
    }
    /// Every tag a publication declares, with what each marks: `cheshire/strategy/tags/`.
    public static func tags(_ partnership: String, _ publication: String) -> Route {
        Route(page: [partnership, publication, "tags"])
    }
    /// Every commitment of a publication marked with one tag: `cheshire/strategy/tags/partners/`.
    public static func tag(_ partnership: String, _ publication: String, _ tag: String) -> Route {
        Route(page: [partnership, publication, "tags", tag])
    }
    public static func newsList(_ partnership: String) -> Route { Route(page: [partnership, "news"]) }
    /// The Atom feed of a partnership's news: `cheshire/news/feed.xml`.
    public static func newsFeed(_ partnership: String) -> Route { Route(file: "feed.xml", in: [partnership, "news"]) }
    public static func newsItem(_ partnership: String, _ item: String) -> Route { Route(page: [partnership, "news", item]) }
    /// A page written in `pages/`, such as `help.md`.
    public static func page(_ partnership: String, _ page: String) -> Route { Route(page: [partnership, page]) }
    public static func contact(_ partnership: String) -> Route { Route(page: [partnership, "contact"]) }
    public static func accessibility(_ partnership: String) -> Route { Route(page: [partnership, "accessibility"]) }
    public static func data(_ partnership: String) -> Route { Route(page: [partnership, "data"]) }
    public static func dataFile(_ partnership: String, _ name: String) -> Route { Route(file: name, in: [partnership, "data"]) }
    public static func logo(_ partnership: String, file: String) -> Route { Route(file: file, in: [partnership]) }

    /// A theme file, from its path inside `Templates/assets/`.
    public static func asset(_ path: String) -> Route { Route(relativePath: path, under: ["assets"]) }

    /// A file linked or shown from a page, from its path inside `Content/`: published at the same place.
    public static func contentFile(_ path: String) -> Route { Route(relativePath: path, under: []) }

    private init(relativePath: String, under base: [String]) {
        let parts = relativePath.split(separator: "/").map(String.init)
        self.init(file: parts.last ?? "", in: base + parts.dropLast())
    }
}
