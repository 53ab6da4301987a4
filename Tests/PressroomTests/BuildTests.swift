import Foundation
import Testing

@testable import Pressroom

/// Whole builds of the minimal partnership: which files are written, and what the pages
/// Pressroom makes from `partnership.yaml` show.
@Suite struct BuildTests {
    @Test func minimalPartnershipBuildsWithoutErrorsOrWarnings() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        #expect(report.wroteOutput)
    }

    @Test func everyPageGetsAPrettyURL() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        let pages = [
            "index.html", "404.html",
            "alpha/index.html", "alpha/strategy/index.html",
            "alpha/strategy/introduction/index.html", "alpha/strategy/priorities/index.html", "alpha/strategy/print/index.html",
            "alpha/news/index.html", "alpha/news/strategy-published/index.html",
            "alpha/help/index.html", "alpha/contact/index.html", "alpha/accessibility/index.html",
            "alpha/data/index.html", "alpha/data/measures.csv", "alpha/data/measures.json",
            "assets/style.css", "assets/print.css", "assets/print-document.css", "assets/leave-site.js", "assets/favicon.svg",
            "alpha/logo.svg", "robots.txt",
        ]
        let written = Set(try project.outputSnapshot().keys)
        #expect(
            written == Set(pages), "extra: \(written.subtracting(pages).sorted()), missing: \(Set(pages).subtracting(written).sorted())")
    }

    @Test func homePageListsPublicationsNewsPagesAndHelp() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        project.expect(
            "Output/alpha/index.html",
            [
                "<title>Alpha Community Safety Partnership – Alpha</title>",
                "<h1>Alpha Community Safety Partnership</h1>",
                "Serving Alphashire. The partnership is convened by the Police and Crime Commissioner for Alphashire.",
                #"<a class="card__link" href="strategy/index.html">Serious Violence Strategy</a>"#,
                #"<a href="news/strategy-published/index.html">Strategy published</a>"#,
                #"<time datetime="2024-03-14">14 March 2024</time>"#,
                #"<a class="link-list__title" href="help/index.html">Help and advice</a>"#,
                #"<p class="help-lines__phone"><a href="tel:999">999</a></p>"#,
                #"<img src="logo.svg" alt="Alpha Community Safety Partnership">"#,
                #"<link rel="stylesheet" href="../assets/style.css">"#,
                "<li>Alphashire County Council</li>",
            ])
    }

    @Test func textFromYAMLIsEscaped() throws {
        let project = try TestProject(TestProject.minimalPartnership(name: "Alpha & <Beta> \"Partners\""))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        project.expect("Output/alpha/index.html", ["<h1>Alpha &amp; &lt;Beta&gt; &quot;Partners&quot;</h1>", "! <Beta>"])
    }

    @Test func portalListsEveryPartnership() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + TestProject.minimalPartnership(slug: "beta", name: "Beta Partnership"))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        project.expect(
            "Output/index.html",
            [
                #"<a class="card__link" href="alpha/index.html">Alpha Community Safety Partnership</a>"#,
                #"<a class="card__link" href="beta/index.html">Beta Partnership</a>"#,
            ])
    }

    @Test func contentsPageListsChaptersInOrder() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        let contents = try project.read("Output/alpha/strategy/index.html")
        let first = try #require(contents.range(of: #"<a href="introduction/index.html">Introduction</a>"#))
        let second = try #require(contents.range(of: #"<a href="priorities/index.html">Our priorities</a>"#))
        #expect(first.lowerBound < second.lowerBound)
        project.expect(
            "Output/alpha/strategy/index.html",
            [
                "<h1>Serious Violence Strategy</h1>", "Published 31 January 2024", #"<a href="../data/index.html">open data</a>"#,
            ])
    }

    @Test func chapterLinksToItsNeighbours() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        project.expect(
            "Output/alpha/strategy/priorities/index.html",
            [
                #"<a href="../introduction/index.html" rel="prev">"#,
                #"<a href="index.html" aria-current="page"><span class="publication-contents__number">2</span> Our priorities</a>"#,
                #"! rel="next""#,
            ])
    }

    @Test func newsListAndNewsItemShowTheDate() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + """
                -- Content/alpha/news/2024-05-01-later-news.md --
                ---
                title: Later news
                date: 2024-05-01
                ---

                More news.
                """)
        project.build()
        let list = try project.read("Output/alpha/news/index.html")
        let later = try #require(list.range(of: "Later news"))
        let earlier = try #require(list.range(of: "Strategy published"))
        #expect(later.lowerBound < earlier.lowerBound, "newest news first")
        project.expect(
            "Output/alpha/news/strategy-published/index.html",
            [
                #"Published <time datetime="2024-03-14">14 March 2024</time>"#,
                #"<a href="../../strategy/introduction/index.html">strategy introduction</a>"#,
                #"<a href="../index.html">All news from Alpha</a>"#,
            ])
    }

    @Test func helpPageHasLeaveThisSiteButtonAndHelpLines() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        project.expect(
            "Output/alpha/help/index.html",
            [
                #"<script src="../../assets/leave-site.js" defer></script>"#,
                #"<a class="leave-site__button leave-site__link" href="https://www.bbc.co.uk/weather" rel="noreferrer">Leave this site</a>"#,
                #"<p class="help-lines__name">Emergency</p>"#,
                #"<h2 id="in-an-emergency">In an emergency</h2>"#,
            ])
        project.expect("Output/alpha/strategy/introduction/index.html", ["! leave-site.js", "! Leave this site"])
    }

    @Test func leaveThisSiteGoesWhereThePartnershipChoosesAndOnAnyPageThatAsks() throws {
        let tree = TestProject.minimalPartnership().replacingOccurrences(
            of: "short_name: Alpha\n", with: "short_name: Alpha\nleave_site_url: https://www.example.org/recipes\n")
        let project = try TestProject(
            tree + """
                -- Content/alpha/news/2024-05-01-support.md --
                ---
                title: New support for people living with domestic abuse
                date: 2024-05-01
                leave_site: true
                ---

                A new service opens this month.
                """)
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        for page in ["Output/alpha/help/index.html", "Output/alpha/news/support/index.html"] {
            project.expect(page, [#"href="https://www.example.org/recipes""#, "Leave this site", "! bbc.co.uk"])
        }
    }

    @Test func leaveSiteAddressMustBeAFullWebAddress() throws {
        let tree = TestProject.minimalPartnership().replacingOccurrences(
            of: "short_name: Alpha\n", with: "short_name: Alpha\nleave_site_url: recipes.html\n")
        let report = try TestProject(tree).build()
        report.expectError(
            in: "Content/alpha/partnership.yaml", line: 3, column: 1, "leave_site_url 'recipes.html' must be a full web address")
    }

    @Test func contactPageComesFromPartnershipYAML() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        project.expect(
            "Output/alpha/contact/index.html",
            [
                #"<span class="contact-block__line">1 High Street</span><span class="contact-block__line">Alphaton AL1 1AA</span>"#,
                #"<a href="tel:01234567890">01234 567890</a>"#,
                #"<a href="mailto:safety@alpha.example.org">safety@alpha.example.org</a>"#,
                "Email us for large print, easy read or another language.",
                #"<a href="../help/index.html">More help and advice</a>"#,
            ])
    }

    @Test func accessibilityStatementShowsReviewDateAndKnownIssues() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        try project.edit("Content/alpha/partnership.yaml") {
            $0 + "  known_issues:\n    - The map of the districts has no text description.\n"
        }
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        project.expect(
            "Output/alpha/accessibility/index.html",
            [
                "<h1>Accessibility statement for Alpha Community Safety Partnership</h1>",
                "This statement was last reviewed on 1 November 2024.",
                "<li>The map of the districts has no text description.</li>",
                #"<a href="mailto:safety@alpha.example.org">"#,
            ])
    }

    @Test func dataPageListsMeasuresWithLatestFigures() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        project.expect(
            "Output/alpha/data/index.html",
            [
                "Knife crime offences", #"<td role="cell" data-label="Latest period">2022/23</td>"#,
                #"<td role="cell" data-label="Latest figure" class="num">1,234</td>"#,
                #"<td role="cell" data-label="Latest period">2023/24</td>"#,
                #"<td role="cell" data-label="Latest figure" class="num">112</td>"#,
                #"<a href="measures.csv" type="text/csv">"#, #"<a href="measures.json" type="application/json">"#,
            ])
    }

    @Test func notFoundPageLinksFromTheSiteRootBecauseItIsServedAtAnyDepth() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        project.expect(
            "Output/404.html",
            [
                "<title>Page not found</title>", "<h1>Page not found</h1>",
                #"<a href="/index.html">list of community safety partnerships</a>"#,
                #"<link rel="stylesheet" href="/assets/style.css">"#,
            ])
        try project.write("Content/site.yaml", "title: Partnerships\nbase_url: https://example.org/csp\n")
        project.build()
        project.expect(
            "Output/404.html",
            [
                #"<a href="/csp/index.html">list of community safety partnerships</a>"#,
                #"<link rel="stylesheet" href="/csp/assets/style.css">"#,
            ])
    }

    @Test func sitemapListsEveryPageUnderTheBaseURL() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + """
                -- Content/site.yaml --
                title: Community safety partnerships
                base_url: https://example.org/csp
                """)
        project.build()
        let sitemap = try project.read("Output/sitemap.xml")
        let locations = sitemap.split(separator: "\n").filter { $0.contains("<loc>") }
        #expect(locations.count == 11, "\(locations)")
        project.expect(
            "Output/sitemap.xml",
            [
                #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">"#,
                "<loc>https://example.org/csp/</loc>",
                "<loc>https://example.org/csp/alpha/strategy/introduction/</loc>",
                "<loc>https://example.org/csp/alpha/help/</loc>",
                "! 404", "! index.html",
            ])
    }

    @Test func sitemapIsLeftOutWithoutBaseURLBecauseItNeedsFullAddresses() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        #expect(project.exists("Output/index.html"))
        #expect(!project.exists("Output/sitemap.xml"))
    }

    @Test func assetsAndLogoAreCopiedUnchanged() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        for asset in ["style.css", "print.css", "leave-site.js"] {
            #expect(try project.data("Output/assets/\(asset)") == project.data("Templates/assets/\(asset)"), "\(asset)")
        }
        #expect(try project.data("Output/alpha/logo.svg") == project.data("Content/alpha/logo.svg"))
    }

    @Test func successfulBuildReplacesOutputAndDropsStaleFiles() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        try project.write("Output/alpha/old-page/index.html", "stale")
        try project.edit("Content/alpha/strategy/02-priorities.md") {
            $0.replacingOccurrences(of: "stop violence", with: "prevent violence")
        }
        let report = project.build()
        #expect(report.wroteOutput)
        #expect(!project.exists("Output/alpha/old-page/index.html"))
        project.expect("Output/alpha/strategy/priorities/index.html", ["We will prevent violence before it starts."])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "staging folders left behind: \(leftovers)")
    }

    @Test func outputFolderOptionWritesElsewhere() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let elsewhere = project.root.appendingPathComponent("site")
        let report = Pipeline.build(project.folder, options: BuildOptions(outputFolder: elsewhere))
        #expect(report.wroteOutput)
        #expect(project.exists("site/alpha/strategy/introduction/index.html"))
        #expect(!project.exists("Output"))
    }
}

extension BuildTests {
    @Test func shortTitleNamesThePublicationInMenusAndBreadcrumbs() throws {
        let tree = TestProject.minimalPartnership().replacingOccurrences(
            of: "title: Serious Violence Strategy\n", with: "title: Serious Violence Strategy\nshort_title: Strategy\n")
        let project = try TestProject(tree)
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            "Output/alpha/strategy/introduction/index.html",
            [#"<a href="../index.html">Strategy</a>"#, "! >Serious Violence Strategy</a></li>"])
        project.expect("Output/alpha/strategy/index.html", ["<h1", "Serious Violence Strategy"])
    }
}
