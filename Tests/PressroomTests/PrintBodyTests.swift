import Testing

@testable import Pressroom

/// A chapter's web body rewritten for the print document: ids scoped, headings one level down,
/// links between chapters inside the document, other links as web addresses.
@Suite struct PrintBodyTests {
    let rewrite = PrintBody(
        prefix: "chapter-intro--",
        chapters: [
            PrintBody.key(Route(page: ["alpha", "strategy", "intro"])): (section: "chapter-intro", prefix: "chapter-intro--"),
            PrintBody.key(Route(page: ["alpha", "strategy", "priorities"])): (
                section: "chapter-priorities", prefix: "chapter-priorities--"
            ),
        ],
        folders: ["alpha", "strategy", "intro"], baseURL: "https://example.org/csp")

    @Test func everyIdAndEveryReferenceToOneTakesThePrefix() {
        let html = rewrite.rewrite(
            """
            <div class="table-scroll" role="region" aria-labelledby="table-1" tabindex="0">
            <table id="table-1"><caption>Figures</caption><tr><th id="h1">Year</th><td headers="h1 h2">3</td></tr></table>
            <svg role="img" aria-labelledby="chart-1-title chart-1-description"><title id="chart-1-title">A chart</title></svg>
            <p>See <a href="#fn-1" id="fnref-1">1</a>.</p>
            """)
        #expect(html.contains(##"aria-labelledby="chapter-intro--table-1""##))
        #expect(html.contains(##"<table id="chapter-intro--table-1">"##))
        #expect(html.contains(##"headers="chapter-intro--h1 chapter-intro--h2""##))
        #expect(html.contains(##"aria-labelledby="chapter-intro--chart-1-title chapter-intro--chart-1-description""##))
        #expect(html.contains(##"<a href="#chapter-intro--fn-1" id="chapter-intro--fnref-1">"##))
        #expect(html.contains(##"role="region""##) && html.contains(##"class="table-scroll""##), "other attributes are kept")
    }

    @Test func headingsMoveOneLevelDownButNotBelowSix() {
        let html = rewrite.rewrite("<h2 id=\"a\">A</h2>\n<h6>F</h6>\n<hr>\n<header>x</header>\n<h1>T</h1>")
        #expect(html == "<h3 id=\"chapter-intro--a\">A</h3>\n<h6>F</h6>\n<hr>\n<header>x</header>\n<h2>T</h2>")
    }

    @Test func linksToChaptersOfThePublicationStayInsideTheDocument() {
        let html = rewrite.rewrite(
            ##"<a href="../priorities/index.html">p</a> <a href="../priorities/index.html#first">f</a> <a href="index.html#own">o</a>"##)
        #expect(
            html == ##"<a href="#chapter-priorities">p</a> <a href="#chapter-priorities--first">f</a> <a href="#chapter-intro--own">o</a>"##
        )
    }

    @Test func otherLinksBecomeWebAddressesWhenTheSiteHasABaseURL() {
        let html = rewrite.rewrite(
            ##"<a href="../../help/index.html#call">h</a> <a href="../../data/measures.csv">c</a> <a href="tel:999">t</a> <a href="https://x.org/a?b=1&amp;c=2">w</a>"##
        )
        #expect(html.contains(##"href="https://example.org/csp/alpha/help/#call""##))
        #expect(html.contains(##"href="https://example.org/csp/alpha/data/measures.csv""##))
        #expect(html.contains(##"href="tel:999""##))
        #expect(html.contains(##"href="https://x.org/a?b=1&amp;c=2""##))
        let offline = PrintBody(prefix: "p--", chapters: [:], folders: ["alpha", "strategy", "intro"], baseURL: nil)
        #expect(offline.rewrite(##"<a href="../../help/index.html">h</a>"##) == ##"<a href="../../help/index.html">h</a>"##)
    }

    @Test func chaptersAreKnownByTheirPlaceFromTheTopOfTheSite() {
        #expect(PrintBody.key(Route(page: ["alpha", "strategy", "priorities"])) == "alpha/strategy/priorities/index.html")
        #expect(PrintBody.key(Route(page: ["a&b", "plan 1", "x"])) == "a&amp;b/plan%201/x/index.html")
        let odd = PrintBody(
            prefix: "p--", chapters: [PrintBody.key(Route(page: ["a&b", "plan 1", "y"])): (section: "chapter-y", prefix: "chapter-y--")],
            folders: ["a&b", "plan 1", "x"], baseURL: nil)
        #expect(odd.rewrite(##"<a href="../y/index.html#z">y</a>"##) == ##"<a href="#chapter-y--z">y</a>"##)
        #expect(odd.rewrite(##"<a href="../../../y/index.html">y</a>"##) == ##"<a href="../../../y/index.html">y</a>"##)
    }

    @Test func textIsCopiedAsItIs() {
        let text = "<p>Fewer than 5 &lt;h2 id=&quot;x&quot;&gt; £1.2m — 10% ✓</p>\n<img src=\"../../images/a b.png\" alt=\"\">"
        #expect(rewrite.rewrite(text) == text)
    }
}
