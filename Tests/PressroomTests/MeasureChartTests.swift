import Foundation
import Testing

@testable import Pressroom

/// `measure-chart` draws a measure as an SVG image with an accessible name and a description
/// that states the trend, a visible caption with the source, its figures as a table, and links
/// to the open data.
@Suite struct MeasureChartTests {
    private func page(_ body: String) throws -> String {
        let project = try TestProject(TestProject.minimalPartnership() + MeasureTests.data + TestProject.chapter(body))
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        return try project.read("Output/alpha/strategy/introduction/index.html")
    }

    /// The text between `start` and `end` in `html`.
    private func between(_ start: String, _ end: String, in html: String) -> String {
        guard let from = html.range(of: start), let to = html.range(of: end, range: from.upperBound..<html.endIndex) else { return "" }
        return String(html[from.upperBound..<to.lowerBound])
    }

    @Test func aLineChartIsAnImageWhoseDescriptionStatesTheTrend() throws {
        let html = try page(
            """
            ```measure-chart
            measure: knife-crime
            ```
            """)
        #expect(html.contains("<svg class=\"chart__image\" role=\"img\" aria-labelledby=\"table-1-title table-1-description\""))
        #expect(between("<title id=\"table-1-title\">", "</title>", in: html) == "Knife crime offences")
        let description = between("<desc id=\"table-1-description\">", "</desc>", in: html)
        #expect(
            description.contains("Alphashire: 1,400 in 2021/22, 1,234 in 2022/23; down 166 (−12%) on 2021/22 (better)."), "\(description)")
        #expect(description.contains("England and Wales: 1,500 in 2021/22, 1,300 in 2022/23."), "\(description)")
        #expect(description.contains("North: 800 in 2021/22, 720 in 2022/23"), "\(description)")
        #expect(
            html.contains(
                "<figcaption class=\"chart__caption\"><strong>Knife crime offences</strong> <span class=\"chart__source\">Source: Alphashire Police.</span></figcaption>"
            ))
        #expect(!html.contains("<script"), "charts need no script")
    }

    @Test func everyLabelIsDarkTextAndAnAreaNameIsEscaped() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + MeasureTests.data + """

                -- Content/alpha/data/values.csv --
                measure,period,area,value,national
                knife-crime,2022/23,,1234,1300
                knife-crime,2022/23,"North ""Quarter"" <b>",720,

                """ + TestProject.chapter("```measure-chart\nmeasure: knife-crime\ntype: bar\n```"))
        #expect(project.build().errors.isEmpty)
        let html = try project.read("Output/alpha/strategy/introduction/index.html")
        let svg = between("<svg class=\"chart__image\"", "</svg>", in: html)
        let texts = svg.components(separatedBy: "<text ").dropFirst()
        #expect(!texts.isEmpty)
        #expect(texts.allSatisfy { $0.contains("fill=\"\(ChartDrawing.text)\"") }, "labels are drawn in the text colour")
        #expect(svg.contains(">North &quot;Quarter&quot; &lt;b&gt;</text>"))
        #expect(!html.contains("<b>"), "an area name is text, never markup")
    }

    @Test func linesAreToldApartByStyleAndMarkerAndNamedInAKey() throws {
        let html = try page("```measure-chart\nmeasure: knife-crime\n```")
        let svg = between("<svg class=\"chart__image\"", "</svg>", in: html)
        #expect(svg.contains("stroke-dasharray=\"6 4\""), "the national line is dashed")
        #expect(svg.contains("<circle"), "the area's points are circles")
        #expect(svg.contains("<rect x="), "the national points are squares")
        let key = between("<ul class=\"chart__key\">", "</ul>", in: html)
        #expect(key.contains("</svg> Alphashire</li>"))
        #expect(key.contains("</svg> England and Wales</li>"))
        #expect(key.contains("</svg> North</li>"))
    }

    @Test func theFiguresAreOnThePageAsATableWithLinksToTheOpenData() throws {
        let html = try page("```measure-chart\nmeasure: knife-crime\n```")
        let details = between("<details class=\"chart__figures\">", "</details>", in: html)
        #expect(details.contains("<summary>Show the figures in this chart as a table</summary>"))
        #expect(details.contains("<table"))
        #expect(details.contains("1,234"))
        #expect(
            html.contains(
                "Download the figures: <a href=\"../../data/measures.csv\">CSV</a>, <a href=\"../../data/measures.json\">JSON</a>"))
    }

    @Test func aBarChartComparesTheAreasInOnePeriod() throws {
        let html = try page(
            """
            ```measure-chart
            measure: knife-crime
            type: bar
            period: 2022/23
            caption: Knife crime by area
            ```
            """)
        let description = between("<desc id=\"table-1-description\">", "</desc>", in: html)
        #expect(description == "2022/23: highest Alphashire, 1,234; lowest South, 514. England and Wales: 1,300.", "\(description)")
        let svg = between("<svg class=\"chart__image\"", "</svg>", in: html)
        #expect(svg.contains(">England and Wales: 1,300</text>"), "the national figure is labelled")
        #expect(svg.contains(">North</text>") && svg.contains(">720</text>"))
        #expect(
            between("<details class=\"chart__figures\">", "</details>", in: html).contains(
                #"<th scope="row" role="rowheader" data-label="Area">South</th>"#))
    }

    @Test func mistakesInAChartAreErrorsWithTheirLine() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + MeasureTests.data
                + TestProject.chapter(
                    """
                    ```measure-chart
                    measure: knife-crime
                    type: pie
                    ```

                    ```measure-chart
                    measure: knife-crime
                    type: bar
                    period: 2019/20
                    ```
                    """))
        let report = project.build()
        report.expectError(in: "Content/alpha/strategy/01-introduction.md", line: 7, "chart type 'pie' is not known")
        report.expectError(in: "Content/alpha/strategy/01-introduction.md", line: 13, "has no figures for 2019/20")
    }
}
