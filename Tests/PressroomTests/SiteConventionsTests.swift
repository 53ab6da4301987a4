import Foundation
import Testing

@testable import Pressroom

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What every public site is expected to have: news feeds, a full address for each page (canonical
/// link and Open Graph metadata), a favicon and robots.txt.
@Suite struct SiteConventionsTests {
    static let secondNews = """
        -- Content/alpha/news/2024-06-01-youth-mentoring.md --
        ---
        title: Youth mentoring & more
        date: 2024-06-01
        summary: Mentors for young people.
        ---

        Mentors now work in [every school](../pages/help.md).

        -- Content/alpha/news/2024-07-01-not-yet.md --
        ---
        title: Not yet
        date: 2024-07-01
        draft: true
        ---

        Not ready.

        """

    private func project(baseURL: String?) throws -> TestProject {
        let project = try TestProject(TestProject.minimalPartnership() + Self.secondNews)
        if let baseURL { try project.write("Content/site.yaml", "title: Partnerships\nbase_url: \(baseURL)\n") }
        #expect(project.build().diagnostics.isEmpty)
        return project
    }

    @Test func eachPartnershipAndThePortalHaveAnAtomFeedOfTheirNewsNewestFirst() throws {
        let project = try project(baseURL: "https://example.org/csp")
        let feed = try XMLDocument(data: project.data("Output/alpha/news/feed.xml"))
        let entries = try feed.nodes(forXPath: "/*[local-name()='feed']/*[local-name()='entry']")
        #expect(entries.count == 2, "drafts are not in the feed")
        let titles = try feed.nodes(forXPath: "//*[local-name()='entry']/*[local-name()='title']").map { $0.stringValue ?? "" }
        #expect(titles == ["Youth mentoring & more", "Strategy published"])
        let ids = try feed.nodes(forXPath: "//*[local-name()='entry']/*[local-name()='id']").map { $0.stringValue ?? "" }
        #expect(ids.first == "https://example.org/csp/alpha/news/youth-mentoring/")
        let text = try project.read("Output/alpha/news/feed.xml")
        #expect(text.contains(#"<link rel="self" href="https://example.org/csp/alpha/news/feed.xml"/>"#))
        #expect(text.contains(#"<updated>2024-06-01T00:00:00Z</updated>"#), "the feed is as new as its newest item")
        #expect(text.contains(#"xml:base="https://example.org/csp/alpha/news/youth-mentoring/""#), "relative links in entries resolve")
        #expect(try project.read("Output/feed.xml").contains("<title>Strategy published</title>"), "the portal's feed has all news")
        let list = try project.read("Output/alpha/news/index.html")
        #expect(
            list.contains(
                #"<link rel="alternate" type="application/atom+xml" title="News from Alpha Community Safety Partnership" href="feed.xml">"#)
        )
        #expect(list.contains(#"<a href="feed.xml" type="application/atom+xml">Follow this news in a feed reader</a>"#))
        #expect(
            try project.read("Output/index.html").contains(#"type="application/atom+xml" title="News from Partnerships" href="feed.xml""#))
    }

    @Test func withABaseURLEveryPageHasItsFullAddress() throws {
        let project = try project(baseURL: "https://example.org/csp/")
        let chapter = try project.read("Output/alpha/strategy/introduction/index.html")
        #expect(chapter.contains(#"<link rel="canonical" href="https://example.org/csp/alpha/strategy/introduction/">"#))
        #expect(chapter.contains(#"<meta property="og:url" content="https://example.org/csp/alpha/strategy/introduction/">"#))
        #expect(chapter.contains(#"<meta property="og:title" content="Introduction">"#))
        #expect(chapter.contains(#"<meta property="og:description" content="Why this strategy matters.">"#))
        #expect(chapter.contains(#"<meta property="og:site_name" content="Alpha Community Safety Partnership">"#))
        #expect(chapter.contains(#"<meta property="og:type" content="website">"#))
        #expect(!chapter.contains("og:image"), "an SVG logo is not offered to social media, which cannot show it")
        let news = try project.read("Output/alpha/news/youth-mentoring/index.html")
        #expect(news.contains(#"<meta property="og:type" content="article">"#))
        #expect(try project.read("Output/robots.txt") == "User-agent: *\nAllow: /\n\nSitemap: https://example.org/csp/sitemap.xml\n")
    }

    @Test func withoutABaseURLThereAreNoFeedsNorFullAddresses() throws {
        let project = try project(baseURL: nil)
        let chapter = try project.read("Output/alpha/strategy/introduction/index.html")
        #expect(!chapter.contains("canonical") && !chapter.contains("og:url") && !chapter.contains("application/atom+xml"))
        #expect(chapter.contains(#"<meta property="og:title" content="Introduction">"#))
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent("Output/alpha/news/feed.xml").path))
        #expect(try project.read("Output/robots.txt") == "User-agent: *\nAllow: /\n")
    }

    @Test func everyPageHasAFavicon() throws {
        let project = try project(baseURL: nil)
        #expect(
            try project.read("Output/alpha/index.html").contains(#"<link rel="icon" href="../assets/favicon.svg" type="image/svg+xml">"#))
        #expect(try project.read("Output/assets/favicon.svg").hasPrefix("<svg"))
    }
}
