import Foundation
import Testing

@testable import Pressroom

/// Tags that a publication declares, marking the commitments of its chapters: labels in words
/// with a key on the chapter, a page per tag listing what it marks with links back, errors for
/// tags that are not declared, and labels linked to the web pages in print.
@Suite struct TagTests {
    static let priorities = "Content/alpha/strategy/02-priorities.md"
    static let chapterPage = "Output/alpha/strategy/priorities/index.html"
    static let partnersPage = "Output/alpha/strategy/tags/partners/index.html"

    /// The minimal partnership with four tags declared and a chapter of commitments.
    static let tagged =
        TestProject.minimalPartnership() + """

            -- Content/site.yaml --
            title: Partnerships
            base_url: https://example.org/

            -- Content/alpha/strategy/publication.yaml --
            title: Serious Violence Strategy
            period: 2024–2029
            summary: How partners in Alphashire will prevent serious violence.
            tags_title: Who asked for it
            tags:
              - id: data
                label: Data
                description: Local data, and what we learned from earlier work.
              - id: parents
                label: Parents and carers
                description: Our consultation with parents and carers.
              - id: partners
                label: Partners
                description: Partner organisations.

            """
        + TestProject.chapter(
            """

            ## What we will do

            ```commitments
            - Work with *schools* to cut exclusions, as [the introduction](01-introduction.md) explains
              tags: partners, data
            - Support parents whose children are affected by violence
              tags: parents
            - Keep the strategy under review
            ```
            """, file: priorities, title: "Our priorities")

    private func build(_ tree: String = tagged) throws -> TestProject {
        let project = try TestProject(tree)
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        return project
    }

    /// Builds the tagged partnership, then replaces the priorities chapter's body.
    private func failingBuild(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> BuildReport {
        try TestProject(Self.tagged).buildFailsAfter(
            TestProject.chapter(body, file: Self.priorities, title: "Our priorities"), sourceLocation: sourceLocation)
    }

    @Test func commitmentsShowTheirLabelsInWordsWithAKey() throws {
        let project = try build()
        project.expect(
            Self.chapterPage,
            [
                """
                <div class="tag-key">
                <p class="tag-key__title">Who asked for it</p>
                <dl class="tag-key__list">
                <div class="tag-key__entry"><dt><a class="tag" href="../tags/data/index.html">Data</a></dt><dd>Local data, and what we learned from earlier work.</dd></div>
                <div class="tag-key__entry"><dt><a class="tag" href="../tags/parents/index.html">Parents and carers</a></dt><dd>Our consultation with parents and carers.</dd></div>
                <div class="tag-key__entry"><dt><a class="tag" href="../tags/partners/index.html">Partners</a></dt><dd>Partner organisations.</dd></div>
                </dl>
                <p class="tag-key__all"><a href="../tags/index.html">All commitments, grouped by tag</a></p>
                </div>
                """,
                """
                <li class="tagged__item" id="table-1-1"><div class="tagged__words">Work with <em>schools</em> to cut exclusions, as <a href="../introduction/index.html">the introduction</a> explains</div>
                <p class="tag-labels"><span class="tag-labels__title">Who asked for it:</span> <a class="tag" href="../tags/partners/index.html">Partners</a><span class="visually-hidden">,</span> <a class="tag" href="../tags/data/index.html">Data</a></p>
                </li>
                """,
                #"<li class="tagged__item" id="table-1-3"><div class="tagged__words">Keep the strategy under review"#,
                "! tags: partners",
            ])
    }

    @Test func aTagsPageListsEveryCommitmentWithALinkBack() throws {
        let project = try build()
        project.expect(
            Self.partnersPage,
            [
                "<title>Who asked for it: Partners – Alpha</title>",
                #"<h2 class="tagged-chapter__title"><a href="../../priorities/index.html">Our priorities</a></h2>"#,
                """
                <li class="tagged-chapter__item"><a href="../../priorities/index.html#table-1-1">Work with schools to cut exclusions, as the introduction explains</a> <span class="tagged-chapter__also">Also marked: Data</span></li>
                """,
                #"<p class="meta tag-count">1 commitment, in 1 chapter</p>"#,
                #"<li><a href="index.html" aria-current="page">Partners</a> <span class="tag-nav__count">(1 commitment, in 1 chapter)</span></li>"#,
                #"<li><a href="../../../../index.html">All partnerships</a></li>"#,
                #"<li><a href="../index.html">Who asked for it</a></li>"#,
                "! Support parents",
            ])
        project.expect(
            "Output/alpha/strategy/index.html",
            [#"<p class="contents-tags"><a href="tags/index.html">All commitments, grouped by tag</a></p>"#])
        project.expect(
            "Output/alpha/strategy/tags/index.html",
            [
                "<h1>Who asked for it</h1>",
                #"<h2 class="tag-index__label"><a href="parents/index.html">Parents and carers</a></h2>"#,
                #"<p class="tag-index__description">Our consultation with parents and carers.</p>"#,
            ])
        project.expect(
            "Output/sitemap.xml",
            ["<loc>https://example.org/alpha/strategy/tags/</loc>", "<loc>https://example.org/alpha/strategy/tags/partners/</loc>"])
    }

    @Test func aTagThatMarksNothingSaysSo() throws {
        let project = try build(Self.tagged + TestProject.chapter("\nNo commitments yet.", file: Self.priorities, title: "Our priorities"))
        project.expect(Self.partnersPage, ["<p class=\"meta tag-count\">No commitment is marked with this tag yet.</p>"])
        project.expect("Output/alpha/strategy/tags/index.html", ["<p class=\"meta\">none yet</p>"])
    }

    @Test func anUndeclaredTagIsAnErrorWithASuggestion() throws {
        let report = try failingBuild("\n```commitments\n- Work with schools\n  tags: data, parnters\n```")
        let error = report.expectError(in: Self.priorities, line: 8, column: 15, "tag 'parnters' is not declared")
        #expect(error?.message == "tag 'parnters' is not declared; did you mean 'partners'?", "\(report.listing)")
    }

    @Test func aLabelWrittenInsteadOfAnIdSuggestsTheId() throws {
        let report = try failingBuild("\n```commitments\n- Work with schools\n  tags: Parents and carers\n```")
        report.expectError(in: Self.priorities, line: 8, column: 9, "tag 'Parents and carers' is not declared; did you mean 'parents'?")
    }

    @Test func aTagNothingLikeTheDeclaredOnesListsThem() throws {
        let report = try failingBuild("\n```commitments\n- Work with schools\n  tags: [police]\n```")
        report.expectError(
            in: Self.priorities, line: 8, column: 10,
            "tag 'police' is not declared; use one of data, parents, partners, or declare it under `tags:` in Content/alpha/strategy/publication.yaml"
        )
    }

    @Test func tagsOutsideAPublicationThatDeclaresThemAreAnError() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = try project.buildFailsAfter(
            TestProject.chapter("\n```commitments\n- Work with schools\n  tags: partners\n```", file: Self.priorities, title: "Priorities"))
        report.expectError(in: Self.priorities, line: 8, column: 9, "tag 'partners' is not declared: tags are declared under `tags:`")
    }

    @Test func aCommitmentsBlockHoldsOneList() throws {
        let report = try failingBuild("\n```commitments\nWork with schools.\n\n- Support parents\n```")
        report.expectError(in: Self.priorities, line: 7, "a `commitments` block holds one list")
    }

    @Test func anEmptyTagsLineIsAnError() throws {
        let report = try failingBuild("\n```commitments\n- Work with schools\n  tags:\n```")
        report.expectError(in: Self.priorities, line: 8, "no tags after `tags:`")
    }

    @Test func tagDeclarationsAreChecked() throws {
        let project = try TestProject(Self.tagged)
        let report = try project.buildFailsAfter { project in
            try project.edit("Content/alpha/strategy/publication.yaml") {
                $0.replacingOccurrences(of: "id: parents", with: "id: Parents")
            }
        }
        report.expectError(in: "Content/alpha/strategy/publication.yaml", line: 9, column: 5, "tag id 'Parents' becomes a web address")
        let duplicate = try TestProject(Self.tagged).buildFailsAfter { project in
            try project.edit("Content/alpha/strategy/publication.yaml") { $0.replacingOccurrences(of: "id: data", with: "id: partners") }
        }
        duplicate.expectError(in: "Content/alpha/strategy/publication.yaml", line: 12, "the tag id 'partners' is declared twice")
    }

    @Test func printShowsLabelsAsWordsLinkedToTheTagsWebAddresses() throws {
        let project = try build()
        project.expect(
            "Output/alpha/strategy/print/index.html",
            [
                #"<p class="tag-labels"><span class="tag-labels__title">Who asked for it:</span> <a class="tag" href="https://example.org/alpha/strategy/tags/partners/">Partners</a>"#,
                #"<dt><a class="tag" href="https://example.org/alpha/strategy/tags/partners/">Partners</a></dt><dd>Partner organisations.</dd>"#,
                #"<p class="tag-key__all"><a href="https://example.org/alpha/strategy/tags/">All commitments, grouped by tag</a></p>"#,
                #"<li class="tagged__item" id="chapter-priorities--table-1-1">"#,
                ##"<a href="#chapter-introduction">the introduction</a>"##,
                "! tags/partners/index.html",
            ])
        let css = try String(
            contentsOf: TestProject.repositoryRoot.appendingPathComponent("Templates/assets/print-document.css"), encoding: .utf8)
        #expect(css.contains(".chapter__body a.tag::after { content: none; }"), "a label's web address is not printed after it")
    }

    @Test func withoutABaseURLPrintLinksTheLabelsAsTheWebPageDoes() throws {
        let project = try build(Self.tagged + "\n-- Content/site.yaml --\ntitle: Partnerships\n")
        project.expect(
            "Output/alpha/strategy/print/index.html",
            [
                #"<span class="tag-labels__title">Who asked for it:</span> <a class="tag" href="../tags/parents/index.html">Parents and carers</a>"#
            ])
    }
}
