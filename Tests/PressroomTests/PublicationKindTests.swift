import Foundation
import Testing

@testable import Pressroom

/// A publication is a strategy, an annual review, a report or a plan, and every page that
/// names it says which: its contents page, its card on the home page, the breadcrumbs of its
/// chapters and the cover of its print document.
@Suite struct PublicationKindTests {
    static let publication = "Content/alpha/strategy/publication.yaml"

    /// The minimal partnership with its publication's `kind`, `short_title` and `period` replaced.
    private func project(kind: String, shortTitle: String? = nil, period: String = "2023–2025") throws -> TestProject {
        try TestProject(
            TestProject.minimalPartnership() + """

                -- \(Self.publication) --
                title: "Serious Violence Duty: report to the Executive Board"
                \(shortTitle.map { "short_title: \($0)" } ?? "")
                period: \(period)
                kind: \(kind)
                summary: What the Duty asks of the council.
                published: 2023-06-20

                """)
    }

    @Test func aReportSaysItIsAReportWhereverItIsNamed() throws {
        let project = try project(kind: "report", shortTitle: "Executive Board, June 2023")
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            "Output/alpha/strategy/index.html",
            [#"<p class="caption">Report <span class="caption__period">2023–2025</span></p>"#, "! Strategy"])
        project.expect(
            "Output/alpha/index.html",
            [#"<p class="card__meta"><span class="card__kind">Report</span> <span class="card__period">2023–2025</span></p>"#])
        project.expect(
            TestProject.introduction, [#"<li><a href="../index.html">Report: Executive Board, June 2023</a></li>"#, "! Strategy"])
        project.expect("Output/alpha/strategy/print/index.html", [#"<p class="cover__kind">Report</p>"#])
    }

    @Test func aPlanSaysItIsAPlan() throws {
        let project = try project(kind: "plan")
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect("Output/alpha/strategy/index.html", [#"<p class="caption">Plan <span class="caption__period">"#])
        project.expect("Output/alpha/index.html", [#"<span class="card__kind">Plan</span>"#])
        project.expect(
            TestProject.introduction, [#"<li><a href="../index.html">Plan: Serious Violence Duty: report to the Executive Board</a></li>"#])
        project.expect("Output/alpha/strategy/print/index.html", [#"<p class="cover__kind">Plan</p>"#])
    }

    @Test func aShortTitleThatNamesTheKindIsNotToldItTwice() throws {
        let project = try project(kind: "report", shortTitle: "Committee report")
        #expect(project.build().errors.isEmpty)
        project.expect(TestProject.introduction, [#"<li><a href="../index.html">Committee report</a></li>"#, "! Report: Committee"])
    }

    @Test func theStrategyAndTheAnnualReviewKeepTheirNames() throws {
        let strategy = try TestProject(TestProject.minimalPartnership())
        #expect(strategy.build().errors.isEmpty)
        strategy.expect("Output/alpha/strategy/index.html", [#"<p class="caption">Strategy <span class="caption__period">"#])
        strategy.expect("Output/alpha/index.html", [#"<span class="card__kind">Strategy</span>"#])
        strategy.expect(TestProject.introduction, [#"<li><a href="../index.html">Serious Violence Strategy</a></li>"#])
        let review = try project(kind: "annual-review", shortTitle: "Review to March 2024", period: "2023/24")
        #expect(review.build().errors.isEmpty)
        review.expect("Output/alpha/strategy/index.html", [#"<p class="caption">Annual review <span class="caption__period">"#])
        review.expect(TestProject.introduction, [#"<li><a href="../index.html">Review to March 2024</a></li>"#])
    }

    @Test func anUnknownKindIsAnErrorThatListsEveryKind() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = try project.buildFailsAfter(
            """
            -- \(Self.publication) --
            title: Delivery plan
            period: 2024/25
            kind: plans
            """)
        let error = report.expectError(in: Self.publication, line: 3, column: 1, "kind 'plans' is not known (did you mean 'plan'?)")
        #expect(error?.message.hasSuffix("use 'strategy', 'annual-review', 'report' or 'plan'") == true, "\(report.listing)")
    }
}
