import Foundation
import Testing

@testable import Pressroom

/// Partials that read only page-wide values are rendered once for all the pages that show them
/// the same values; the pages are byte for byte what rendering each partial every time makes.
@Suite struct PartialMemoTests {
    private func templates(_ project: TestProject) -> TemplateSet {
        TemplateSet(project: project.folder, log: DiagnosticLog(), pageKinds: PageKinds.schemas, layout: PageScope.layout)
    }

    @Test func theLayoutsPartialsAreMemoized() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let memoized = Set(templates(project).memoizedPartials)
        #expect(memoized.isSuperset(of: ["partials/header", "partials/footer", "partials/breadcrumbs", "partials/leave-site"]))
    }

    @Test func aPartialIncludedInsideAListOrViewIsNotMemoized() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + """
                -- Templates/partials/line.mustache --
                <span>{{name}}</span>
                -- Templates/contact.mustache --
                <h1>{{page.title}}</h1>
                {{#partnership.help_lines}}
                {{> partials/line}}
                {{/partnership.help_lines}}
                """)
        #expect(!templates(project).memoizedPartials.contains("partials/line"))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        project.expect("Output/alpha/contact/index.html", ["<span>Emergency</span>"])
    }

    @Test func memoizedPartialsGiveEachPageItsOwnLinksAndCurrentItem() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        project.build()
        project.expect(
            "Output/alpha/strategy/introduction/index.html",
            [
                #"<a href="../index.html" aria-current="page">Serious Violence Strategy</a>"#,
                #"<a href="../../contact/index.html">Contact us</a>"#,
            ])
        project.expect(
            "Output/alpha/contact/index.html",
            [#"<a href="index.html" aria-current="page">Contact</a>"#, #"<a href="index.html">Contact us</a>"#])
        project.expect("Output/alpha/help/index.html", [#"<a href="../contact/index.html">Contact us</a>"#])
    }
}
