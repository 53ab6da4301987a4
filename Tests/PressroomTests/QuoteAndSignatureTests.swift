import Foundation
import Testing

@testable import Pressroom

/// Quotes with who said them (a block quote ending in a dash paragraph) and the signature
/// under a foreword (a `signature` block), on the web page and in the print document.
@Suite struct QuoteAndSignatureTests {
    static let chapter = "Content/alpha/strategy/01-introduction.md"

    /// Builds the minimal partnership with the first chapter's body replaced.
    private func introduction(_ body: String, extra: String = "") throws -> (TestProject, BuildReport) {
        let project = try TestProject(TestProject.minimalPartnership() + TestProject.chapter(body) + extra)
        return (project, project.build())
    }

    /// Builds the minimal partnership, then replaces the first chapter's body and builds again.
    private func failingBuild(
        _ body: String, extra: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> BuildReport {
        let project = try TestProject(TestProject.minimalPartnership() + extra)
        return try project.buildFailsAfter(TestProject.chapter(body), sourceLocation: sourceLocation)
    }

    @Test func aBlockQuoteEndingWithADashLineIsAnAttributedQuote() throws {
        let (project, report) = try introduction(
            """

            > We want somewhere safe to go after school.
            >
            > It would keep us off the streets.
            >
            > — A parent, consultation 2023
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                """
                <figure class="quote">
                <blockquote>
                <p>We want somewhere safe to go after school.</p>
                <p>It would keep us off the streets.</p>
                </blockquote>
                <figcaption>A parent, consultation 2023</figcaption>
                </figure>
                """
            ])
    }

    @Test func theAttributionMayBeTheQuotesLastLine() throws {
        let (project, report) = try introduction(
            """

            > Violence can be prevented. Governments, communities and
            > individuals can make a difference
            > — Nelson Mandela,
            > 2002
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                """
                <figure class="quote">
                <blockquote>
                <p>Violence can be prevented. Governments, communities and
                individuals can make a difference</p>
                </blockquote>
                <figcaption>Nelson Mandela,
                2002</figcaption>
                </figure>
                """
            ])
    }

    @Test func aParaphraseIsMarkedAsOne() throws {
        let (project, report) = try introduction(
            """

            > Nobody listens to us.
            >
            > — Paraphrased: a young person, aged 15

            > There is so much crime because people are so poor.
            >
            > — Parent/Carer (paraphrased)

            > Mentoring works.
            >
            > -- *Jo Smith*, youth worker
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<figure class="quote quote--paraphrased">"#,
                #"<figcaption>A young person, aged 15 <span class="quote__paraphrased">(paraphrased)</span></figcaption>"#,
                #"<figcaption>Parent/Carer <span class="quote__paraphrased">(paraphrased)</span></figcaption>"#,
                #"<figcaption><em>Jo Smith</em>, youth worker</figcaption>"#,
                "! Paraphrased:",
            ])
    }

    @Test func aBlockQuoteWithoutAnAttributionStaysABlockQuote() throws {
        let (project, report) = try introduction(
            """

            > Preventing serious violence is everyone's responsibility.

            > — only a dash, and nothing above it
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                "<blockquote>\n<p>Preventing serious violence is everyone’s responsibility.</p>\n</blockquote>",
                "<blockquote>\n<p>— only a dash, and nothing above it</p>\n</blockquote>",
                "! <figure",
            ])
    }

    @Test func aSignatureShowsNameAndRole() throws {
        let (project, report) = try introduction(
            """

            Anything less will not bring the lasting change we all want to see.

            ```signature
            name: John Dwyer
            role: Police and Crime Commissioner for Cheshire
            ```
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                """
                <div class="signature">
                <p class="signature__name">John Dwyer</p>
                <p class="signature__role">Police and Crime Commissioner for Cheshire</p>
                </div>
                """
            ])
    }

    @Test func aSignatureWithAPhotoAndSeveralRoles() throws {
        let (project, report) = try introduction(
            """

            ```signature
            name: Peter McCall
            role:
              - Chair, Safer Cumbria Partnership
              - Police, Fire & Crime Commissioner for Cumbria
            photo: ../images/peter-mccall.png
            photo_alt: Peter McCall
            ```

            ```signature
            name: Andy Crump
            photo: ../images/andy-crump.png
            photo_alt: decorative
            ```
            """,
            extra: "-- Content/alpha/images/peter-mccall.png --\nPNG\n-- Content/alpha/images/andy-crump.png --\nPNG\n")
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                """
                <div class="signature">
                <img class="signature__photo" src="../../images/peter-mccall.png" alt="Peter McCall">
                <p class="signature__name">Peter McCall</p>
                <p class="signature__role">Chair, Safer Cumbria Partnership</p>
                <p class="signature__role">Police, Fire &amp; Crime Commissioner for Cumbria</p>
                </div>
                """,
                #"<img class="signature__photo" src="../../images/andy-crump.png" alt="">"#,
            ])
        #expect(try project.data("Output/alpha/images/peter-mccall.png") == project.data("Content/alpha/images/peter-mccall.png"))
    }

    @Test func aSignaturePhotoWithoutAltTextIsAnError() throws {
        let report = try failingBuild(
            "\n```signature\nname: John Dwyer\nphoto: ../images/dwyer.png\n```", extra: "-- Content/alpha/images/dwyer.png --\nPNG\n")
        report.expectError(in: Self.chapter, line: 8, column: 1, "the signature's photo has no alt text; add `photo_alt:`")
    }

    @Test func aSignaturePhotoThatDoesNotExistIsAnError() throws {
        let report = try failingBuild("\n```signature\nname: John Dwyer\nphoto: ../images/dwyer.png\nphoto_alt: John Dwyer\n```")
        report.expectError(in: Self.chapter, line: 8, "image '../images/dwyer.png' does not exist")
    }

    @Test func anUnknownSignatureOptionIsReportedWhereItIsWritten() throws {
        let report = try failingBuild("\n```signature\nname: John Dwyer\nrole: Commissioner\n  \ntitle: Mr\n```")
        let error = report.expectError(in: Self.chapter, line: 10, column: 1, "unknown option 'title'")
        #expect(error?.message.contains("this component takes name, role, photo, photo_alt") == true, "\(report.listing)")
    }

    @Test func aSignatureWithoutANameIsAnError() throws {
        let report = try failingBuild("\n```signature\nrole: Police and Crime Commissioner\n```")
        report.expectError(in: Self.chapter, line: 7, "missing option 'name'")
    }

    @Test func quotesAndSignaturesArePrinted() throws {
        let (project, report) = try introduction(
            """

            > Violence can be prevented.
            >
            > — Nelson Mandela, 2002

            ```signature
            name: John Dwyer
            role: Police and Crime Commissioner for Cheshire
            ```
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            "Output/alpha/strategy/print/index.html",
            [
                "<figcaption>Nelson Mandela, 2002</figcaption>",
                #"<p class="signature__name">John Dwyer</p>"#,
            ])
        let css = try project.read("Output/assets/print-document.css")
        #expect(css.contains(".quote { margin: 0 0 5mm; break-inside: avoid; }"))
        #expect(css.contains(".signature { display: flow-root; margin: 6mm 0 5mm; break-inside: avoid; }"))
    }
}
