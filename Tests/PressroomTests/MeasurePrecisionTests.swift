import Foundation
import Testing

@testable import Pressroom

/// Figures keep the decimals they were published with, changes carry no false precision, and a
/// change inside a measure's band is "broadly unchanged" with ►, never better or worse.
@Suite struct MeasurePrecisionTests {
    static let data = """
        -- Content/alpha/data/measures.csv --
        id,title,unit,desired_direction,source,decimals,broadly_unchanged_within
        violence-rate,"Violence against the person per 1,000 people","rate per 1,000",reduce,Alphashire Police,,
        repeat-victims,Repeat victims of domestic abuse,percentage,reduce,Alphashire Police,,
        risk-score,Risk score,count,reduce,Alphashire County Council,2,
        robbery,Robbery offences,count,reduce,Alphashire Police,,2%
        burglary,Burglary offences,count,reduce,Alphashire Police,,2
        arson,Deliberate fires,count,reduce,Fire and rescue service,,2

        -- Content/alpha/data/values.csv --
        measure,period,area,value,national
        violence-rate,2022/23,,13.1,15.20
        violence-rate,2023/24,,14.36,15.05
        repeat-victims,2022/23,,40,
        repeat-victims,2023/24,,34,
        risk-score,2022/23,,9.6,
        risk-score,2023/24,,9.67,
        robbery,2022/23,,200,
        robbery,2023/24,,203,
        burglary,2022/23,,500,
        burglary,2023/24,,490,
        arson,2022/23,,100,
        arson,2023/24,,97,

        -- Content/alpha/data/outcomes.yaml --
        priorities:
          - id: prevention
            title: Prevention and early intervention
            outcomes:
              - id: less-robbery
                title: Less robbery and burglary
                measures: [robbery, burglary]

        """

    private func page(_ body: String) throws -> String {
        let project = try TestProject(TestProject.minimalPartnership() + Self.data + TestProject.chapter(body))
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        return try project.read("Output/alpha/strategy/introduction/index.html")
    }

    @Test func aFigureKeepsThePublishedDecimals() throws {
        let html = try page("Rate: {{value violence-rate}}. Score: {{value risk-score period=2022/23}}. Share: {{value repeat-victims}}.")
        #expect(html.contains("Rate: 14.36 per 1,000."))
        #expect(html.contains("Score: 9.60."), "the measure sets 2 decimals for every figure")
        #expect(html.contains("Share: 34%."))
    }

    @Test func aChangeHasNoMoreDecimalsThanItsFigures() throws {
        let html = try page("Rate: {{change violence-rate}}. Share: {{change repeat-victims}}.")
        #expect(html.contains("up 1.26 per 1,000 (+9.6%) on 2022/23"), "\(html)")
        #expect(html.contains("down 6 percentage points on 2022/23"), "whole percent gives whole points")
        #expect(!html.contains("6.0 percentage"))
    }

    @Test func theNationalFigureKeepsItsOwnDecimals() throws {
        let html = try page(
            """
            ```measure-series
            measure: violence-rate
            ```
            """)
        #expect(html.contains("15.20 per 1,000"))
        #expect(html.contains("13.1 per 1,000"))
    }

    @Test func aChangeInsideTheBandIsBroadlyUnchangedNeverBetterOrWorse() throws {
        let html = try page(
            """
            ```measure-table
            measures: [robbery, burglary, arson]
            ```
            """)
        let rows = html.components(separatedBy: "<tr ").filter { $0.contains("<th scope=\"row\"") }
        let row = { (title: String) in rows.first { $0.contains(title) } ?? "" }
        // Robbery: up 1.5%, within 2%: broadly unchanged, not worse.
        #expect(row("Robbery offences").contains("►"))
        #expect(row("Robbery offences").contains("Broadly unchanged"))
        #expect(!row("Robbery offences").contains("Worse"))
        // Burglary: down 2.0%, on the edge of the band: still broadly unchanged, not better.
        #expect(row("Burglary offences").contains("Broadly unchanged"))
        #expect(!row("Burglary offences").contains("Better"))
        // Deliberate fires: down 3%, outside the band: better.
        #expect(row("Deliberate fires").contains("▼"))
        #expect(row("Deliberate fires").contains("Better"))
    }

    @Test func openDataKeepsThePublishedDecimalsAndTheBand() throws {
        let project = try TestProject(TestProject.minimalPartnership() + Self.data)
        #expect(project.build().errors.isEmpty)
        let csv = try project.read("Output/alpha/data/measures.csv")
        #expect(csv.contains(",2023/24,,14.36,15.05,,,,,\r\n"))
        #expect(csv.contains(",2022/23,,13.1,15.20,,,,,\r\n"))
        #expect(csv.contains(",2022/23,,9.60,,,,,,\r\n"), "the measure sets 2 decimals")
        let json = try JSONSerialization.jsonObject(with: Data(try project.read("Output/alpha/data/measures.json").utf8)) as? [String: Any]
        let measures = json?["measures"] as? [[String: Any]] ?? []
        let robbery = measures.first { $0["id"] as? String == "robbery" }
        #expect(robbery?["broadly_unchanged_within_percent"] as? Double == 2)
    }

    @Test func badPrecisionAndBandSettingsAreErrors() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + """

                -- Content/alpha/data/measures.csv --
                id,title,unit,desired_direction,source,decimals,broadly_unchanged_within
                robbery,Robbery offences,count,reduce,Alphashire Police,two,
                burglary,Burglary offences,count,reduce,Alphashire Police,,150%

                """)
        let report = project.build()
        report.expectError(in: "Content/alpha/data/measures.csv", line: 2, "decimals 'two' must be a whole number from 0 to 6")
        report.expectError(in: "Content/alpha/data/measures.csv", line: 3, "broadly_unchanged_within '150%' must be a percentage above 0")
    }
}
