import Foundation
import Testing

@testable import Pressroom

/// An annual review gets a "Progress against our outcomes" chapter made from the outcome
/// framework and the figures for the period it reviews.
@Suite struct AnnualReviewTests {
    static let review = """

        -- Content/alpha/data/measures.csv --
        id,title,unit,desired_direction,source,decimals,broadly_unchanged_within,duty_measure
        knife-crime,Knife crime offences,count,reduce,Alphashire Police,,,knife-crime
        admissions,Hospital admissions for assault with a sharp object,count,reduce,NHS Hospital Episode Statistics,,,hospital-admissions
        robbery,Robbery offences,count,reduce,Alphashire Police,,2,
        mentors,Young people with a mentor,count,increase,Youth Justice Service,,,
        referrals,Referrals to the violence reduction team,count,increase,Alphashire County Council,,,

        -- Content/alpha/data/values.csv --
        measure,period,area,value,national
        knife-crime,2022/23,,1400,
        knife-crime,2023/24,,1234,
        admissions,2022/23,,98,
        admissions,2023/24,,112,
        robbery,2022/23,,200,
        robbery,2023/24,,203,
        mentors,2023/24,,250,
        referrals,2022/23,,40,

        -- Content/alpha/data/outcomes.yaml --
        priorities:
          - id: prevention
            title: Prevention and early intervention
            summary: Stopping violence before it starts.
            outcomes:
              - id: fewer-knife-crimes
                title: Fewer knife crimes
                measures: [knife-crime, admissions]
              - id: more-young-people-supported
                title: More young people supported
                measures: [mentors, referrals]
          - id: safer-streets
            title: Safer streets
            outcomes:
              - id: people-feel-safe
                title: People feel safe in town centres
                measures: []
              - id: less-robbery
                title: Less robbery
                measures: [robbery, knife-crime]

        -- Content/alpha/annual-review-2023-24/publication.yaml --
        title: Annual review 2023/24
        kind: annual-review
        period: 2023/24

        -- Content/alpha/annual-review-2023-24/01-summary.md --
        ---
        title: Summary
        ---

        Read [our progress against each outcome](progress-against-our-outcomes.md).

        """

    private func built() throws -> TestProject {
        let project = try TestProject(TestProject.minimalPartnership() + Self.review)
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        return project
    }

    static let page = "Output/alpha/annual-review-2023-24/progress-against-our-outcomes/index.html"

    @Test func figuresPublishedOnlyByAreaAreShownByAreaNotCalledMissing() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + Self.review
                + """

                -- Content/alpha/data/values.csv --
                measure,period,area,value,national
                knife-crime,2022/23,,1400,
                knife-crime,2023/24,,1234,
                referrals,2022/23,North,40,
                referrals,2023/24,North,44,
                referrals,2023/24,South,31,

                """)
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        let html = try project.read(Self.page)
        #expect(html.contains("1 has figures for 2023/24 only by area, shown in tables by area below."), "\(html)")
        #expect(html.contains("No figure for the whole area; figures for 2 areas"))
        #expect(html.contains("Referrals to the violence reduction team, by area</caption>"))
        #expect(html.contains(">44<") && html.contains(">31<"), "every area's figure is in the table")
    }

    @Test func theSummaryCountsEachMeasureOnceAndSaysWhatIsMissing() throws {
        let html = try built().read(Self.page)
        #expect(html.contains("<h1>Progress against our outcomes</h1>"))
        #expect(
            html.contains(
                "Of 3 measures with figures for both 2023/24 and the year before, 1 improved, 1 got worse and 1 was broadly unchanged. "
                    + "1 has no earlier figure to compare with. 1 has no figure for 2023/24."),
            "\(html)")
    }

    @Test func eachPriorityIsLinkedToItsSection() throws {
        let html = try built().read(Self.page)
        #expect(html.contains("<li><a href=\"#prevention-and-early-intervention\">Prevention and early intervention</a>: "))
        #expect(html.contains("<h2 id=\"prevention-and-early-intervention\">"))
        #expect(html.contains("<li><a href=\"#safer-streets\">Safer streets</a>: 1 improved and 1 was broadly unchanged</li>"))
        #expect(html.contains("<h2 id=\"safer-streets\">"))
    }

    @Test func everyOutcomeHasATableForThePeriodAndAMissingFigureIsNeverDropped() throws {
        let html = try built().read(Self.page)
        #expect(html.contains("Fewer knife crimes"))
        #expect(html.contains("More young people supported"))
        #expect(html.contains("1,234 <span class=\"period\">(2023/24)</span>"))
        #expect(html.contains("No figure for 2023/24"), "referrals has no 2023/24 figure")
        let referrals = html.components(separatedBy: "<tr>").first { $0.contains("Referrals to the violence reduction team") } ?? ""
        #expect(referrals.components(separatedBy: "No figure for 2023/24").count == 2, "said once in the row: \(referrals)")
        #expect(html.contains("Referrals to the violence reduction team"))
        #expect(
            html.contains("<strong>People feel safe in town centres</strong>: no measures yet"), "an outcome without measures is listed")
    }

    @Test func theChapterIsInTheContentsAndCanBeLinkedTo() throws {
        let project = try built()
        let contents = try project.read("Output/alpha/annual-review-2023-24/index.html")
        #expect(contents.contains("Progress against our outcomes"))
        let summary = try project.read("Output/alpha/annual-review-2023-24/summary/index.html")
        #expect(summary.contains("<a href=\"../progress-against-our-outcomes/index.html\">our progress against each outcome</a>"))
    }

    @Test func theThreeNationalDutyMeasuresAreAlwaysShown() throws {
        let html = try built().read(Self.page)
        #expect(html.contains("<h2 id=\"the-national-serious-violence-duty-measures\">"))
        let rowHeader = #"<th scope="row" role="rowheader" data-label="Measure">"#
        #expect(html.contains(rowHeader + "Hospital admissions for assault with a sharp object</th>"))
        #expect(html.contains(rowHeader + "Knife crime offences</th>"))
        #expect(html.contains(rowHeader + "Homicides</th>"), "a duty measure the partnership does not report is still listed")
        #expect(html.contains("Not reported by this partnership"))
    }

    @Test func smallNumbersCarryACaveat() throws {
        let project = try TestProject(
            TestProject.minimalPartnership()
                + Self.review.replacingOccurrences(of: "admissions,2023/24,,112,", with: "admissions,2023/24,,7,"))
        #expect(project.build().errors.isEmpty)
        let html = try project.read(Self.page)
        #expect(html.contains("<li>Hospital admissions for assault with a sharp object: 7 in 2023/24. With numbers this small"))
        #expect(!html.contains("<li>Knife crime offences: 1,234"), "1,234 is not a small number")
    }

    @Test func dutyMeasureMistakesAreErrors() throws {
        let project = try TestProject(
            TestProject.minimalPartnership()
                + Self.review.replacingOccurrences(of: ",,2,\n", with: ",,2,knife-crime\n").replacingOccurrences(
                    of: ",,,hospital-admissions", with: ",,,hospital-admission"))
        let report = project.build()
        report.expectError(
            in: "Content/alpha/data/measures.csv", line: 3,
            "duty_measure 'hospital-admission' is not known (did you mean 'hospital-admissions'?)")
        report.expectError(
            in: "Content/alpha/data/measures.csv", line: 4, "duty_measure 'knife-crime' is already given to the measure on line 2")
    }

    @Test func aReviewWithoutAPeriodIsWarnedAndGetsNoProgressChapter() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + Self.review.replacingOccurrences(of: "period: 2023/24\n", with: ""))
        let report = project.build()
        report.expectWarning(in: "Content/alpha/annual-review-2023-24/publication.yaml", line: 1, "an annual review needs a period")
        #expect(!project.exists("Output/alpha/annual-review-2023-24/progress-against-our-outcomes/index.html"))
    }
}
