import Foundation
import Testing

@testable import Pressroom

/// Measures on built pages: the four components, figures in sentences, formatting by unit,
/// change and direction of travel, and the open data files.
@Suite struct MeasureTests {
    static let data = """
        -- Content/alpha/data/measures.csv --
        id,title,unit,desired_direction,source
        knife-crime,Knife crime offences,count,reduce,Alphashire Police
        admissions,Hospital admissions for assault with a sharp object,count,reduce,NHS Hospital Episode Statistics
        repeat-victims,Repeat victims of domestic abuse,percentage,reduce,Alphashire Police
        stalking,Stalking offences,"rate per 1,000",reduce,Alphashire Police
        homicides,Homicides,"rate per 100,000",none,Office for National Statistics
        spend,Spending on prevention,pounds,increase,Alphashire County Council
        rank,Rank among similar areas,rank,reduce,Home Office
        mentors,Young people with a mentor,count,increase,Youth Justice Service
        steady,Violent incidents at school,count,reduce,Schools

        -- Content/alpha/data/values.csv --
        measure,period,area,value,national
        knife-crime,2021/22,,1400,1500
        knife-crime,2022/23,,1234,1300
        knife-crime,2021/22,North,800,
        knife-crime,2022/23,North,720,
        knife-crime,2022/23,South,514,
        admissions,2022/23,,98,
        admissions,2023/24,,112,
        repeat-victims,2022/23,,37,
        repeat-victims,2023/24,,34,
        stalking,2023/24,,4.5,
        homicides,2022/23,,1.2,
        homicides,2023/24,,1.5,
        spend,2022/23,,1500,
        spend,2023/24,,1200,
        rank,2022/23,,5,
        rank,2023/24,,3,
        mentors,2022/23,,250,
        mentors,2023/24,,200,
        steady,2022/23,,40,
        steady,2023/24,,40,

        """

    /// Builds with the measures above and `body` as the first chapter; returns the project.
    private func build(_ body: String) throws -> TestProject {
        let project = try TestProject(TestProject.minimalPartnership() + Self.data + TestProject.chapter(body))
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        return project
    }

    @Test func calloutShowsFormattedFigureAndTrendInWordsAndSymbol() throws {
        let project = try build(
            """

            ```measure-callout
            measure: knife-crime
            ```

            ```measure-callout
            measure: knife-crime
            area: North
            label: Knife crime in the north
            ```
            """)
        project.expect(
            TestProject.introduction,
            [
                #"<p class="callout__figure">1,234</p>"#,
                #"<p class="callout__label">Knife crime offences</p>"#,
                #"<p class="callout__change"><span class="trend trend--better"><span class="trend__symbol" aria-hidden="true">▼</span> down 166 (−12%) on 2021/22 <strong>(better)</strong></span></p>"#,
                #"<p class="callout__source">Source: Alphashire Police, 2022/23.</p>"#,
                #"<p class="callout__figure">720</p>"#,
                #"<p class="callout__label">Knife crime in the north</p>"#,
                "down 80 (−10%) on 2021/22",
                #"<p class="callout__source">Source: Alphashire Police, 2022/23, North.</p>"#,
            ])
    }

    @Test func measureTableForAnOutcome() throws {
        let project = try build("\n```measure-table\noutcome: fewer-knife-crimes\n```")
        project.expect(
            TestProject.introduction,
            [
                #"<caption id="table-1">Fewer knife crimes</caption>"#,
                #"<th scope="col" role="columnheader">Measure</th><th scope="col" role="columnheader" class="num">Earlier figure</th><th scope="col" role="columnheader" class="num">Latest figure</th><th scope="col" role="columnheader">Change</th><th scope="col" role="columnheader">Direction of travel</th>"#,
                #"<tr role="row"><th scope="row" role="rowheader" data-label="Measure">Knife crime offences</th><td role="cell" class="num" data-label="Earlier figure">1,400 <span class="period">(2021/22)</span></td><td role="cell" class="num" data-label="Latest figure">1,234 <span class="period">(2022/23)</span></td><td role="cell" data-label="Change"><span aria-hidden="true">▼</span> down 166 (−12%) on 2021/22</td><td role="cell" data-label="Direction of travel"><span class="trend trend--better"><strong>Better</strong></span></td></tr>"#,
                #"<td role="cell" data-label="Change"><span aria-hidden="true">▲</span> up 14 (+14%) on 2022/23</td><td role="cell" data-label="Direction of travel"><span class="trend trend--worse"><strong>Worse</strong></span></td>"#,
            ])
    }

    /// The same block on several pages is made once, yet each page links to the open data from
    /// where it is, and each reports the block's warnings at its own line.
    @Test func blockWrittenOnManyPagesKeepsEachPagesLinksAndWarnings() throws {
        let blocks = "\n```measure-table\nmeasures: [knife-crime]\n```\n\n```measure-callout\nmeasure: knife-crime\nlabel: “Knives”\n```"
        let priorities = "Content/alpha/strategy/02-priorities.md", help = "Content/alpha/pages/help.md"
        let project = try TestProject(
            TestProject.minimalPartnership() + Self.data + TestProject.chapter(blocks)
                + TestProject.chapter(blocks, file: priorities, title: "Priorities")
                + TestProject.chapter(blocks, file: help, title: "Help"))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        for file in [TestProject.introductionSource, priorities, help] {
            report.expectWarning(in: file, line: 12, "typographic quotes")
        }
        project.expect(TestProject.introduction, [#"<a href="../../data/measures.csv">CSV</a>"#, "Knives"])
        project.expect("Output/alpha/help/index.html", [#"<a href="../data/measures.csv">CSV</a>"#, "Knives"])
    }

    /// A figure written the same way in many sentences is made once, yet a wrong one is reported
    /// in every file it is written in.
    @Test func figureWrittenOnManyPagesIsReportedOnEach() throws {
        let body = "\nIn 2022/23 there were {{value knife-crime}} offences, {{change knife-crime}}; {{value knife-crimes}}."
        let priorities = "Content/alpha/strategy/02-priorities.md"
        let project = try TestProject(
            TestProject.minimalPartnership() + Self.data + TestProject.chapter(body)
                + TestProject.chapter(body, file: priorities, title: "Priorities"))
        let report = project.build()
        for file in [TestProject.introductionSource, priorities] {
            report.expectError(in: file, line: 6, "unknown measure 'knife-crimes'")
        }
        #expect(report.errors.count == 2, "\(report.listing)")
        for file in [TestProject.introductionSource, priorities] {
            try project.edit(file) { $0.replacingOccurrences(of: "; {{value knife-crimes}}", with: "") }
        }
        #expect(project.build().errors.isEmpty)
        project.expect(TestProject.introduction, ["there were 1,234 offences"])
        project.expect("Output/alpha/strategy/priorities/index.html", ["there were 1,234 offences"])
    }

    @Test func measureTableForListedMeasuresWithCaption() throws {
        let project = try build("\n```measure-table\nmeasures: [repeat-victims, spend]\ncaption: Money and victims\n```")
        project.expect(
            TestProject.introduction,
            [
                #"<caption id="table-1">Money and victims</caption>"#,
                #"<th scope="row" role="rowheader" data-label="Measure">Repeat victims of domestic abuse</th><td role="cell" class="num" data-label="Earlier figure">37% <span class="period">(2022/23)</span></td>"#,
                "down 3 percentage points on 2022/23",
                #"<th scope="row" role="rowheader" data-label="Measure">Spending on prevention</th><td role="cell" class="num" data-label="Earlier figure">£1,500 <span class="period">(2022/23)</span></td>"#,
                "down £300 (−20%) on 2022/23",
            ])
    }

    @Test func measureSeriesShowsEveryPeriodAndAreaWithNationalFigure() throws {
        let project = try build("\n```measure-series\nmeasure: knife-crime\n```")
        project.expect(
            TestProject.introduction,
            [
                #"<caption id="table-1">Knife crime offences (count), by period</caption>"#,
                #"<th scope="col" role="columnheader">Period</th><th scope="col" role="columnheader" class="num">Alphashire</th><th scope="col" role="columnheader" class="num">North</th><th scope="col" role="columnheader" class="num">South</th><th scope="col" role="columnheader" class="num">England and Wales</th>"#,
                #"<tr role="row"><th scope="row" role="rowheader" data-label="Period">2021/22</th><td role="cell" class="num" data-label="Alphashire">1,400</td><td role="cell" class="num" data-label="North">800</td><td role="cell" class="num" data-label="South">—</td><td role="cell" class="num" data-label="England and Wales">1,500</td></tr>"#,
                #"<tr role="row"><th scope="row" role="rowheader" data-label="Period">2022/23</th><td role="cell" class="num" data-label="Alphashire">1,234</td><td role="cell" class="num" data-label="North">720</td><td role="cell" class="num" data-label="South">514</td><td role="cell" class="num" data-label="England and Wales">1,300</td></tr>"#,
                #"<p class="table-source">Source: Alphashire Police.</p>"#,
            ])
    }

    @Test func outcomeFrameworkGroupsMeasuresByOutcome() throws {
        let project = try build("\n```outcome-framework\npriority: prevention\n```")
        project.expect(
            TestProject.introduction,
            [
                #"<caption id="table-1">Outcome framework: Prevention and early intervention</caption>"#,
                #"<tr role="row"><th scope="rowgroup" role="rowheader" rowspan="2" data-label="Outcome">Fewer knife crimes</th><th scope="row" role="rowheader" data-label="Measure">Knife crime offences</th><td role="cell" data-label="Desired direction">Reduce</td><td role="cell" data-label="Latest figure">1,234 <span class="period">(2022/23)</span></td>"#,
                #"<tr role="row"><th scope="row" role="rowheader" data-label="Measure">Hospital admissions for assault with a sharp object</th><td role="cell" data-label="Desired direction">Reduce</td><td role="cell" data-label="Latest figure">112 <span class="period">(2023/24)</span></td>"#,
                "up 14 (+14%) on 2022/23 <strong>(worse)</strong>",
            ])
    }

    @Test func figuresInSentences() throws {
        let project = try build(
            """

            Latest {{value knife-crime}} in {{period knife-crime}}, {{value knife-crime period=2021/22}} before.

            North: {{value knife-crime area="North"}}; earlier {{value knife-crime period=2021/22 area=North}}.

            Change: {{change knife-crime}}.
            """)
        project.expect(
            TestProject.introduction,
            [
                "<p>Latest 1,234 in 2022/23, 1,400 before.</p>",
                "<p>North: 720; earlier 800.</p>",
                #"<p>Change: <span class="trend trend--better"><span class="trend__symbol" aria-hidden="true">▼</span> down 166 (−12%) on 2021/22 <strong>(better)</strong></span>.</p>"#,
            ])
    }

    @Test func tableColumnOfFiguresIsNumeric() throws {
        let project = try build(
            """

            Table: Latest figures
            | Measure | Latest |
            |---|---|
            | Knife crime | {{value knife-crime}} |
            | Spending | {{value spend}} |
            """)
        project.expect(
            TestProject.introduction,
            [
                #"<tr role="row"><th scope="row" role="rowheader" data-label="Measure">Knife crime</th><td role="cell" class="num" data-label="Latest">1,234</td></tr>"#,
                #"<th scope="col" role="columnheader" class="num">Latest</th>"#,
            ])
    }

    @Test func figuresAreFormattedByUnit() throws {
        let project = try build(
            """

            - {{value knife-crime}}
            - {{value repeat-victims}}
            - {{value stalking}}
            - {{value homicides}}
            - {{value spend}}
            - {{value rank}}
            """)
        project.expect(
            TestProject.introduction,
            [
                "<li>1,234</li>", "<li>34%</li>", "<li>4.5 per 1,000</li>", "<li>1.5 per 100,000</li>",
                "<li>£1,200</li>", "<li>3rd</li>",
            ])
    }

    @Test func changeIsJudgedAgainstTheDesiredDirection() throws {
        let project = try build(
            """

            - {{change knife-crime}}
            - {{change mentors}}
            - {{change steady}}
            - {{change homicides}}
            - {{change rank}}
            """)
        project.expect(
            TestProject.introduction,
            [
                // reduce + fall = better
                #"<li><span class="trend trend--better"><span class="trend__symbol" aria-hidden="true">▼</span> down 166 (−12%) on 2021/22 <strong>(better)</strong></span></li>"#,
                // increase + fall = worse
                #"<li><span class="trend trend--worse"><span class="trend__symbol" aria-hidden="true">▼</span> down 50 (−20%) on 2022/23 <strong>(worse)</strong></span></li>"#,
                #"<li><span class="trend trend--same"><span class="trend__symbol" aria-hidden="true">►</span> no change on 2022/23 <strong>(no change)</strong></span></li>"#,
                "▲</span> up 0.3 per 100,000 (+25%) on 2022/23 <strong>(no desired direction)</strong>",
                "▼</span> from 5th to 3rd on 2022/23 <strong>(better)</strong>",
            ])
    }

    @Test func openDataHasEveryFigureAsCSVAndJSON() throws {
        let project = try build("\nNo figures here.")
        let csv = try project.read("Output/alpha/data/measures.csv")
        let lines = csv.components(separatedBy: "\r\n")
        #expect(
            lines.first
                == "measure,title,unit,desired_direction,source,period,area,value,national,suppressed,change_percent,compared_with,note,extracted"
        )
        #expect(lines.count == 22, "20 figures, a header and the final line break")
        #expect(lines.contains("knife-crime,Knife crime offences,count,reduce,Alphashire Police,2021/22,,1400,1500,,,,,"))
        #expect(lines.contains("knife-crime,Knife crime offences,count,reduce,Alphashire Police,2022/23,North,720,,,,,,"))
        #expect(lines.contains(#"stalking,Stalking offences,"rate per 1,000",reduce,Alphashire Police,2023/24,,4.5,,,,,,"#))

        let json = try JSONSerialization.jsonObject(with: project.data("Output/alpha/data/measures.json")) as? [String: Any]
        #expect(json?["partnership"] as? String == "Alpha Community Safety Partnership")
        let measures = try #require(json?["measures"] as? [[String: Any]])
        #expect(
            measures.map { $0["id"] as? String } == [
                "knife-crime", "admissions", "repeat-victims", "stalking", "homicides", "spend", "rank", "mentors", "steady",
            ])
        let knife = try #require(measures.first?["values"] as? [[String: Any]])
        #expect(knife.count == 5)
        #expect(knife.first?["period"] as? String == "2021/22")
        #expect(knife.first?["value"] as? Double == 1400)
        #expect(knife.first?["national"] as? Double == 1500)
        #expect(knife.first?["area"] is NSNull)
        #expect(knife.contains { $0["area"] as? String == "North" && $0["value"] as? Double == 720 })
    }
}

/// The formatting rules on their own, for the cases a whole build would make long.
@Suite struct FigureFormatTests {
    @Test(arguments: [
        (1234.0, Measure.Unit.count, "1,234"), (1_234_567, .count, "1,234,567"), (12.5, .count, "12.5"),
        (34, .percentage, "34%"), (34.5, .percentage, "34.5%"), (4.5, .ratePer1000, "4.5 per 1,000"),
        (4, .ratePer1000, "4.0 per 1,000"), (1200, .pounds, "£1,200"), (1200.5, .pounds, "£1,200.50"),
        (3, .rank, "3rd"), (-1234, .count, "−1,234"),
    ])
    func valueByUnit(number: Double, unit: Measure.Unit, expected: String) {
        #expect(FigureFormat.value(number, unit: unit) == expected)
    }

    @Test(arguments: [
        (1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"), (22, "22nd"),
        (101, "101st"), (111, "111th"),
    ])
    func ordinals(number: Int, expected: String) {
        #expect(FigureFormat.ordinal(number) == expected)
    }
}
