import Foundation
import Testing

@testable import Pressroom

/// Markdown as it appears on a built page: headings, notes, punctuation, links, tables, lists.
@Suite struct MarkdownTests {
    /// Builds the minimal partnership with the first chapter's body replaced, and returns the page.
    private func introduction(_ body: String, extra: String = "") throws -> (TestProject, BuildReport, String) {
        let project = try TestProject(TestProject.minimalPartnership() + TestProject.chapter(body) + extra)
        let report = project.build()
        return (project, report, (try? project.read(TestProject.introduction)) ?? "")
    }

    @Test func headingIdsAreStableAndUnique() throws {
        let (project, report, _) = try introduction(
            """

            ## What we will do

            First.

            ## What we will do

            Again.

            ### Young people’s “safety” -- at home

            ## Main

            ## Footnotes heading

            ## Children's services: 2024/25 -- _Plan_

            ## PARA 3

            ## Fnord-1
            """)
        #expect(report.errors.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<h2 id="what-we-will-do">What we will do</h2>"#,
                #"<h2 id="what-we-will-do-2">What we will do</h2>"#,
                #"<h3 id="young-peoples-safety-at-home">"#,
                #"<h2 id="main-2">Main</h2>"#,
                #"<h2 id="childrens-services-2024-25-plan">"#,
                #"<h2 id="para-3-heading">PARA 3</h2>"#,
                #"<h2 id="fnord-1">Fnord-1</h2>"#,
            ])
        let page = try project.read(TestProject.introduction)
        let ids = page.matches(of: /id="([^"]+)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "ids repeated on the page: \(ids)")
    }

    /// Run as a separate process, so that a build that never ends cannot stop the test run.
    @Test func headingsThatLookLikeTableOrNoteIdsGetUniqueIds() throws {
        let project = try TestProject(
            TestProject.minimalPartnership()
                + TestProject.chapter(
                    """

                    ## Table 1: Crimes by type

                    Text.

                    ## Fn 2
                    """))
        let result = try Executable.run(["build"], in: project.root, timeout: 10)
        #expect(!result.timedOut, "the build did not finish within 10 seconds")
        #expect(result.status == 0, "\(result.stderr)")
        let page = (try? project.read(TestProject.introduction)) ?? ""
        let ids = page.matches(of: /id="([^"]+)"/).map { String($0.output.1) }
        #expect(ids.contains { $0.hasPrefix("table-1") && $0 != "table-1" }, "\(ids)")
        #expect(Set(ids).count == ids.count, "ids repeated on the page: \(ids)")
    }

    @Test func pageContentsListLinksToLevelTwoAndThreeHeadings() throws {
        let (project, _, _) = try introduction(
            """

            ## Our approach

            ### Early help

            #### Detail

            ## Our partners
            """)
        project.expect(
            TestProject.introduction,
            [
                ##"<li class="on-this-page__item on-this-page__item--level-2"><a href="#our-approach">Our approach</a></li>"##,
                ##"<li class="on-this-page__item on-this-page__item--level-3"><a href="#early-help">Early help</a></li>"##,
                ##"<li class="on-this-page__item on-this-page__item--level-2"><a href="#our-partners">Our partners</a></li>"##,
                ##"! href="#detail""##,
            ])
    }

    @Test func pageWithOneHeadingHasItsContentsListHidden() throws {
        let (project, _, _) = try introduction("\n## Only one\n\nText.")
        project.expect(
            TestProject.introduction,
            [
                #"<nav class="on-this-page" aria-labelledby="on-this-page-heading" hidden>"#, #"! on-this-page__item"#,
            ])
    }

    @Test func footnotesAreNumberedAndLinkBothWays() throws {
        let (project, report, page) = try introduction(
            """

            Violence fell[^fall] and then rose[^rise], as noted before[^fall].

            [^rise]: Police recorded crime, 2023.
            [^fall]: Hospital data, 2022.
            """)
        #expect(report.errors.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                ##"fell<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" aria-label="Note 1">[1]</a></sup>"##,
                ##"rose<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" aria-label="Note 2">[2]</a></sup>"##,
                ##"before<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2" aria-label="Note 1">[1]</a></sup>"##,
                #"<h2 id="footnotes-heading">Notes</h2>"#,
                ##"<li id="fn-1"><p>Hospital data, 2022. <a href="#fnref-1" class="footnote-back""##,
                ##"<a href="#fnref-1-2" class="footnote-back" aria-label="Back to reference 1 (2)">↩</a></p></li>"##,
                ##"<li id="fn-2"><p>Police recorded crime, 2023. <a href="#fnref-2" class="footnote-back""##,
            ])
        let first = try #require(page.range(of: #"<li id="fn-1">"#))
        let second = try #require(page.range(of: #"<li id="fn-2">"#))
        #expect(first.lowerBound < second.lowerBound)
    }

    @Test func quotesAndDashesAreTypographic() throws {
        let (project, _, _) = try introduction("\n\"We won't wait,\" she said -- 2024--2029 --- and beyond.")
        project.expect(
            TestProject.introduction,
            [
                "<p>“We won’t wait,” she said – 2024–2029 — and beyond.</p>", #"! "We"#,
            ])
    }

    @Test func markdownLinksBecomeOutputURLsWithAnchors() throws {
        let (project, report, _) = try introduction(
            """

            Read [our priorities](02-priorities.md#enforcement), [help](../pages/help.md),
            [the news](../news/2024-03-14-strategy-published.md), [above](#top-part) and
            [the police](https://police.example.org/).

            ## Top part
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<a href="../priorities/index.html#enforcement">our priorities</a>"#,
                #"<a href="../../help/index.html">help</a>"#,
                #"<a href="../../news/strategy-published/index.html">the news</a>"#,
                ##"<a href="#top-part">above</a>"##,
                #"<a href="https://police.example.org/">the police</a>"#,
                "! .md",
            ])
    }

    @Test func aLinkFindsItsPageHoweverItsPathIsWritten() throws {
        let (project, report, _) = try introduction(
            """

            [a](./02-priorities.md), [b](../strategy/02-priorities.md#enforcement),
            [c](../../../Content/alpha/strategy/02-priorities.md), [d](..//strategy/./02-priorities.md)
            and [e](../strategy/../pages/help.md).
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<a href="../priorities/index.html">a</a>"#, #"<a href="../priorities/index.html#enforcement">b</a>"#,
                #"<a href="../priorities/index.html">c</a>"#, #"<a href="../priorities/index.html">d</a>"#,
                #"<a href="../../help/index.html">e</a>"#,
            ])
    }

    @Test func rawHTMLIsShownAsTextWithAWarning() throws {
        let (project, report, _) = try introduction(
            """

            <script>alert("hi")</script>

            Some <b>bold</b> words.
            """)
        #expect(report.errors.isEmpty)
        report.expectWarning(in: "Content/alpha/strategy/01-introduction.md", line: 6, "raw HTML is not allowed")
        project.expect(
            TestProject.introduction,
            [
                "&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;", "Some &lt;b&gt;bold&lt;/b&gt; words.",
                "! <script>alert", "! <b>bold",
            ])
    }

    @Test(arguments: [
        ("1,234", true), ("−5%", true), ("+2%", true), ("£1.2", true), ("12th", true), ("3.4 per 1,000", true), ("—", true),
        ("-", true), ("  98 ", true), ("٣", true), ("Robbery", false), ("  Total", false), ("th", false), ("£1.2m", false),
        ("é", false), ("2023/24", false), ("", false),
    ])
    func aCellLooksNumericWhenItIsAFigure(text: String, numeric: Bool) {
        #expect(HTMLRenderer.looksNumeric(text) == numeric)
    }

    @Test func tablesHaveCaptionsScopesAndNumericColumns() throws {
        let (project, report, _) = try introduction(
            """

            Table: Crimes recorded by type
            | Type | 2022/23 | Change |
            |---|---:|---|
            | Robbery | 1,234 | −5% |
            | Knife crime | 98 | +2% |
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<caption id="table-1">Crimes recorded by type</caption>"#,
                #"<th scope="col" role="columnheader">Type</th><th scope="col" role="columnheader" class="num">2022/23</th><th scope="col" role="columnheader" class="num">Change</th>"#,
                #"<tr role="row"><th scope="row" role="rowheader" data-label="Type">Robbery</th><td role="cell" class="num" data-label="2022/23">1,234</td><td role="cell" class="num" data-label="Change">−5%</td></tr>"#,
                #"<div class="table-scroll" role="region" aria-labelledby="table-1" tabindex="0">"#,
                "! <p>Table:",
            ])
    }

    @Test func tableWithoutCaptionGetsAWarning() throws {
        let (_, report, _) = try introduction("\n| Area | Note |\n|---|---|\n| North | Rising |")
        report.expectWarning(in: "Content/alpha/strategy/01-introduction.md", line: 6, "this table has no caption")
    }

    @Test func taskListsAndStrikethrough() throws {
        let (project, _, _) = try introduction(
            """

            - [x] Publish the strategy
            - [ ] Review the ~~2023~~ 2024 figures
            """)
        project.expect(
            TestProject.introduction,
            [
                #"<ul class="task-list">"#,
                #"<li><input type="checkbox" disabled checked aria-label="Done"> Publish the strategy</li>"#,
                #"<li><input type="checkbox" disabled aria-label="Not done"> Review the <del>2023</del> 2024 figures</li>"#,
            ])
    }

    @Test func imagesAreCopiedBesideThePages() throws {
        let (project, report, _) = try introduction(
            "\n![Map of the four districts](../images/map.png)\n\n![decorative](../images/line.png)",
            extra: "-- Content/alpha/images/map.png --\nPNG\n-- Content/alpha/images/line.png --\nPNG\n")
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<img src="../../images/map.png" alt="Map of the four districts">"#,
                #"<img src="../../images/line.png" alt="">"#,
            ])
        #expect(try project.data("Output/alpha/images/map.png") == project.data("Content/alpha/images/map.png"))
    }

    @Test func windowsLineEndingsAreReadLikeUnixOnes() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let text = "---\ntitle: Introduction\nsummary: Why this strategy matters.\n---\n\n## First part\n\nSome text.\n"
        try project.write("Content/alpha/strategy/01-introduction.md", text.replacingOccurrences(of: "\n", with: "\r\n"))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        project.expect(TestProject.introduction, ["<h1>Introduction</h1>", #"<h2 id="first-part">First part</h2>"#, "! title:"])
    }
}
