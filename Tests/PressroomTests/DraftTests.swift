import Foundation
import Testing

@testable import Pressroom

/// Pages marked `draft: true` are left out unless the build asks for drafts.
@Suite struct DraftTests {
    static let tree =
        TestProject.minimalPartnership() + """
            -- Content/site.yaml --
            title: Test partnerships
            base_url: https://example.org/
            -- Content/alpha/strategy/03-next-steps.md --
            ---
            title: Next steps
            draft: true
            ---

            Still being written.

            -- Content/alpha/news/2024-06-01-coming-soon.md --
            ---
            title: Coming soon
            date: 2024-06-01
            draft: true
            ---

            Not yet.
            """

    @Test func draftsAreLeftOutByDefault() throws {
        let project = try TestProject(Self.tree)
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        #expect(!project.exists("Output/alpha/strategy/next-steps/index.html"))
        #expect(!project.exists("Output/alpha/news/coming-soon/index.html"))
        project.expect("Output/alpha/strategy/index.html", ["! Next steps"])
        project.expect("Output/alpha/strategy/priorities/index.html", ["! Next steps", "! rel=\"next\""])
        project.expect("Output/alpha/news/index.html", ["! Coming soon"])
        project.expect("Output/alpha/index.html", ["! Coming soon"])
        project.expect("Output/sitemap.xml", ["! next-steps", "! coming-soon"])
    }

    @Test func draftsAreIncludedWithABannerWhenAskedFor() throws {
        let project = try TestProject(Self.tree)
        let report = project.build(drafts: true)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            "Output/alpha/strategy/next-steps/index.html",
            [
                #"<div class="draft-banner">"#, "Draft: not published.",
                #"<meta name="robots" content="noindex, nofollow">"#, "<p>Still being written.</p>",
            ])
        project.expect("Output/alpha/news/coming-soon/index.html", [#"<div class="draft-banner">"#])
        project.expect("Output/alpha/strategy/index.html", [#"<a href="next-steps/index.html">Next steps</a>"#])
        project.expect("Output/alpha/strategy/priorities/index.html", [#"<a href="../next-steps/index.html" rel="next">"#])
        project.expect("Output/alpha/strategy/introduction/index.html", ["! draft-banner", "! noindex"])
        project.expect(
            "Output/sitemap.xml", ["<loc>https://example.org/alpha/strategy/introduction/</loc>", "! next-steps", "! coming-soon"])
    }

    @Test func linkToADraftIsAnErrorWhenDraftsAreLeftOut() throws {
        let project = try TestProject(Self.tree + TestProject.chapter("\nSee [next steps](03-next-steps.md)."))
        let report = project.build()
        report.expectError(
            in: "Content/alpha/strategy/01-introduction.md", line: 6, column: 5,
            "'03-next-steps.md' is not published (it is a draft")
        #expect(project.build(drafts: true).errors.isEmpty)
    }
}
