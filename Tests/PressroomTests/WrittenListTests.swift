import Foundation
import Testing

@testable import Pressroom

/// Lists written with letters and roman numerals, as reports write them (`a.`, `(ii)`, `B)`),
/// become ordered lists of that type whose markers are text, so that they show, print and are
/// read out as written; prose that only looks like the start of one stays prose.
@Suite struct WrittenListTests {
    /// Builds the minimal partnership with the first chapter's body replaced.
    private func introduction(_ body: String) throws -> (TestProject, BuildReport) {
        let project = try TestProject(TestProject.minimalPartnership() + TestProject.chapter(body))
        return (project, project.build())
    }

    @Test func lettersWithADotMakeALetteredList() throws {
        let (project, report) = try introduction(
            """

            The Board is asked:

            a. that the council adopts the strategy;
            b. that the Chief Executive signs the agreement; and
            c. that the council helps to write the local plan.
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                """
                <ol class="written-list" role="list" type="a">
                <li><span class="written-list__marker">a.</span> that the council adopts the strategy;</li>
                <li><span class="written-list__marker">b.</span> that the Chief Executive signs the agreement; and</li>
                <li><span class="written-list__marker">c.</span> that the council helps to write the local plan.</li>
                </ol>
                """
            ])
    }

    @Test func bracketedRomanNumeralsInParagraphsMakeALooseRomanList() throws {
        let (project, report) = try introduction(
            """

            (i) Carry out a strategic needs assessment.

            (ii) Write a strategy to prevent serious violence.

            (iii) Agree a delivery plan, and
            carry it out.
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<ol class="written-list" role="list" type="i">"#,
                #"<li><p><span class="written-list__marker">(ii)</span> Write a strategy to prevent serious violence.</p></li>"#,
                "<li><p><span class=\"written-list__marker\">(iii)</span> Agree a delivery plan, and\ncarry it out.</p></li>",
            ])
    }

    @Test func aListMayStartPartWayThroughTheAlphabet() throws {
        let (project, report) = try introduction(
            """

            d) To adopt the strategy;
               and to list it in the constitution.
            e) To change the terms of reference.
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<ol class="written-list" role="list" type="a" start="4">"#,
                "<li><span class=\"written-list__marker\">d)</span> To adopt the strategy;\nand to list it in the constitution.</li>",
                #"<li><span class="written-list__marker">e)</span> To change the terms of reference.</li>"#,
            ])
    }

    @Test func aListMayFollowTheLinesOfAParagraph() throws {
        let (project, report) = try introduction(
            """

            The council must:
            (a) carry out a strategic needs assessment;
            (b) write a strategy.

            A list that starts part way does not split a paragraph:
            b) so this line
            c) and this one stay in it.
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                """
                <p>The council must:</p>
                <ol class="written-list" role="list" type="a">
                <li><span class="written-list__marker">(a)</span> carry out a strategic needs assessment;</li>
                """,
                "<p>A list that starts part way does not split a paragraph:\nb) so this line\nc) and this one stay in it.</p>",
            ])
    }

    @Test func capitalsAndBracketedNumbersMakeTheirOwnTypes() throws {
        let (project, report) = try introduction(
            """

            (A) Prevention
            (B) Enforcement

            I) First
            II) Second

            (1) Conduct a needs assessment.
            (2) Write a strategy.

            h. eighth
            i. ninth
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<ol class="written-list" role="list" type="A">"#,
                #"<ol class="written-list" role="list" type="I">"#,
                #"<ol class="written-list" role="list">"# + "\n" + #"<li><span class="written-list__marker">(1)</span>"#,
                #"<ol class="written-list" role="list" type="a" start="8">"#,
                #"<li><span class="written-list__marker">i.</span> ninth</li>"#,
            ])
    }

    @Test func proseThatOnlyLooksLikeAListStaysProse() throws {
        let (project, report) = try introduction(
            """

            I think the partnership has done well.

            I also think it can do better.

            I. M. Pei designed the building.

            II. Other buildings came later.

            a. single lettered paragraph, with nothing after it.

            (a) one item

            (c) and a gap in the letters.

            i. one

            iii. three
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                "<p>I think the partnership has done well.</p>",
                "<p>I also think it can do better.</p>",
                "<p>I. M. Pei designed the building.</p>",
                "<p>II. Other buildings came later.</p>",
                "<p>a. single lettered paragraph, with nothing after it.</p>",
                "<p>(a) one item</p>",
                "<p>i. one</p>",
                "! written-list",
            ])
    }

    @Test func theMarkersArePrinted() throws {
        let (project, report) = try introduction("\n(a) To adopt the strategy.\n(b) To sign the agreement.\n")
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            "Output/alpha/strategy/print/index.html",
            [#"<li><span class="written-list__marker">(b)</span> To sign the agreement.</li>"#])
        let css = try project.read("Output/assets/print-document.css")
        #expect(css.contains(".written-list > li { position: relative; padding-left: 9mm; }"))
    }
}
