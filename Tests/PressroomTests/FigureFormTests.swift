import Foundation
import Testing

@testable import Pressroom

/// Figures as partnerships publish them: limits ("fewer than 5"), changes without their figures
/// ("up 8.4%"), counts too small to publish, notes and provenance, and tables of areas.
@Suite struct FigureFormTests {
    static let data = """
        -- Content/alpha/data/measures.csv --
        id,title,unit,desired_direction,source
        homicides,Homicides,count,reduce,Home Office Homicide Index
        weapons,Possession of weapons offences,count,reduce,Alpha Police
        robbery,Robbery offences,count,reduce,Alpha Police
        repeat,Repeat victims of domestic abuse,percentage,reduce,Alpha Police
        admissions,Hospital admissions for assault with a sharp object,count,reduce,NHS Hospital Episode Statistics
        risk,Risk factor score,score,reduce,Alphashire County Council

        -- Content/alpha/data/values.csv --
        measure,period,area,value,national,change,compared_with,note,source,extracted
        homicides,2022/23,,7,,,,,,
        homicides,2023/24,,3,,,,,,
        weapons,2023/24,,,,+8.4%,2022/23,,,
        robbery,2023/24,,,,-6%,,,,
        repeat,2021/22,,>90,,,,,,
        repeat,2022/23,,<2.5,,,,,,
        repeat,2023/24,,3.1,,,,Provisional,Alpha Police performance report,2024-05-01
        admissions,2022/23,,12,,,,,,
        admissions,2023/24,,15,,,,,,
        risk,2017/18,North,1,,,,,,
        risk,2018/19,North,3,,,,,,
        risk,2019/20,North,6,,,,,,
        risk,2017/18,South,10.00,,,,,,
        risk,2018/19,South,9.00,,,,,,
        risk,2019/20,South,10.00,,,,,,

        -- Content/alpha/data/outcomes.yaml --
        priorities:
          - id: prevention
            title: Prevention and early intervention
            outcomes:
              - id: fewer-harmed
                title: Fewer people are harmed
                measures: [homicides, weapons, robbery, repeat, admissions]

        """

    /// The test partnership publishes no count below 5.
    static var partnership: String {
        TestProject.minimalPartnership().replacingOccurrences(of: "short_name: Alpha\n", with: "short_name: Alpha\nsuppress_below: 5\n")
    }

    private func build(_ body: String) throws -> (TestProject, String) {
        let project = try TestProject(Self.partnership + Self.data + TestProject.chapter(body))
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        return (project, try project.read("Output/alpha/strategy/introduction/index.html"))
    }

    private func rows(_ html: String) -> (String) -> String {
        let rows = html.components(separatedBy: "<tr").filter { $0.contains("scope=\"row\"") }
        return { title in rows.first { $0.contains(title) } ?? "" }
    }

    @Test func everyVerdictOfAMeasureTable() throws {
        let (_, html) = try build(
            """
            ```measure-table
            outcome: fewer-harmed
            ```
            """)
        let row = rows(html)
        #expect(row("Robbery offences").contains("▼</span> down 6% on the period before"), "\(row("Robbery offences"))")
        #expect(row("Robbery offences").contains("Better"))
        #expect(row("Possession of weapons").contains("▲</span> up 8.4% on 2022/23"))
        #expect(row("Possession of weapons").contains("Worse"))
        #expect(row("Possession of weapons").contains("Not published"), "the figures behind a published change are not known")
        #expect(!html.contains("percentage point"), "a published change is a percentage, never points")
        #expect(row("Hospital admissions").contains("up 3 (+25%) on 2022/23"))
        #expect(row("Homicides").contains("No comparison"), "a limit cannot be compared")
        #expect(row("Homicides").contains("Cannot compare: a figure is given only as a limit"))
        #expect(row("Repeat victims").contains("No comparison"))
    }

    @Test func boundsAreShownInWords() throws {
        let (_, html) = try build(
            """
            Repeat victims were {{value repeat period=2022/23}} in 2022/23.

            ```measure-series
            measure: repeat
            ```
            """)
        #expect(html.contains("Repeat victims were less than 2.5% in 2022/23."))
        #expect(html.contains(">less than 2.5%<"))
        #expect(html.contains(">more than 90%<"))
    }

    @Test func aSmallCountIsSuppressedInEveryOutput() throws {
        let (project, html) = try build(
            """
            There were {{value homicides}} homicides.

            ```measure-callout
            measure: homicides
            ```

            ```measure-chart
            measure: homicides
            ```

            ```measure-chart
            measure: homicides
            type: bar
            ```
            """)
        #expect(html.contains("There were fewer than 5 homicides."))
        #expect(html.contains("<p class=\"callout__figure\">fewer than 5</p>"))
        // The chart's description, its table and its bar label: the limit, never the count.
        #expect(html.contains("fewer than 5 in 2023/24"))
        #expect(html.contains(">fewer than 5</td>"))
        #expect(html.contains(">fewer than 5</text>"))
        #expect(!html.contains(">3<"), "the suppressed count appears nowhere")
        let csv = try project.read("Output/alpha/data/measures.csv")
        #expect(csv.contains(",2023/24,,<5,,yes,"))
        #expect(!csv.contains(",2023/24,,3,"))
        let json = try project.read("Output/alpha/data/measures.json")
        let measures = (try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["measures"] as? [[String: Any]]
        let homicides = measures?.first { $0["id"] as? String == "homicides" }?["values"] as? [[String: Any]]
        let latest = homicides?.last
        #expect(latest?["value"] as? Double == 5)
        #expect(latest?["bound"] as? String == "below")
        #expect(latest?["suppressed"] as? Bool == true)
        let data = try project.read("Output/alpha/data/index.html")
        #expect(data.contains("fewer than 5"))
    }

    @Test func aFiguresNoteSourceAndDateAreShownAndExported() throws {
        let (project, html) = try build(
            """
            ```measure-table
            measures: [repeat]
            ```
            """)
        #expect(html.contains("href=\"#"), "the figure links to its note")
        #expect(
            html.contains(
                "Repeat victims of domestic abuse, 2023/24: Provisional. Source: Alpha Police performance report. Extracted 1 May 2024."))
        let csv = try project.read("Output/alpha/data/measures.csv")
        #expect(csv.contains(",reduce,Alpha Police performance report,2023/24,,3.1,,,,,Provisional,2024-05-01\r\n"), "\(csv)")
    }

    @Test func areasAsRowsWithAverageAndChangeSortedByAColumn() throws {
        let (_, html) = try build(
            """
            ```measure-series
            measure: risk
            rows: areas
            add: [average, change]
            sort: change
            ```
            """)
        #expect(html.contains(">Change 2017/18 to 2019/20<"))
        let north = try #require(html.range(of: ">North<")), south = try #require(html.range(of: ">South<"))
        #expect(north.lowerBound < south.lowerBound, "sorted by change, largest first")
        let row = rows(html)
        #expect(row("South").contains(">9.67<"), "the average keeps the published decimals")
        #expect(row("South").contains(">10.00<"))
        #expect(row("North").contains(">+5<"))
    }

    @Test func badFiguresAreErrorsWithTheirLine() throws {
        let project = try TestProject(
            Self.partnership + Self.data + """

                -- Content/alpha/data/values.csv --
                measure,period,area,value,national,change,compared_with,note,source,extracted
                robbery,2022/23,,200,,+5%,,,,
                robbery,2023/24,,,,lots,,,,
                robbery,2021/22,,190,,,2020/21,,,
                robbery,2020/21,,185,,,,,,May 2024
                robbery,2019/20,,,,,,,,

                """)
        let report = project.build()
        report.expectError(in: "Content/alpha/data/values.csv", line: 2, "this row has both a value and a change")
        report.expectError(in: "Content/alpha/data/values.csv", line: 3, "change 'lots' is not a percentage change")
        report.expectError(in: "Content/alpha/data/values.csv", line: 4, "compared_with goes with a change")
        report.expectError(in: "Content/alpha/data/values.csv", line: 5, "extracted 'May 2024' is not a date")
        report.expectError(in: "Content/alpha/data/values.csv", line: 6, "this row has no value")
    }

    @Test func aThresholdBelowOneIsAnError() throws {
        let project = try TestProject(
            TestProject.minimalPartnership().replacingOccurrences(of: "short_name: Alpha\n", with: "short_name: Alpha\nsuppress_below: 0\n")
        )
        let report = project.build()
        report.expectError(in: "Content/alpha/partnership.yaml", line: 3, "suppress_below must be 1 or more")
    }
}
