import Foundation
import Testing

@testable import Pressroom

/// Inputs that used to crash the build or publish something unsafe: each now gives an error at
/// its file and line (or builds correctly), and a failed build leaves `Output/` as it was.
@Suite struct UnsafeInputTests {
    static let partnership = "Content/alpha/partnership.yaml"
    static let chapter = "Content/alpha/strategy/01-introduction.md"
    static let values = "Content/alpha/data/values.csv"

    private func project(_ extra: String = "") throws -> TestProject {
        try TestProject(TestProject.minimalPartnership() + extra)
    }

    // MARK: CSV headers from spreadsheets

    @Test func trailingEmptyColumnsFromASpreadsheetAreIgnored() throws {
        let project = try project(
            """
            -- \(Self.values) --
            measure,period,area,value,national,,
            knife-crime,2021/22,,1400,,,
            knife-crime,2022/23,,1234,,,
            admissions,2022/23,,98,,,
            admissions,2023/24,,112,,,

            """)
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        #expect(try project.read("Output/alpha/data/measures.csv").contains("knife-crime"))
    }

    @Test func aValueInAColumnWithoutANameIsAWarning() throws {
        let project = try project(
            """
            -- \(Self.values) --
            measure,period,area,value,national,
            knife-crime,2021/22,,1400,,
            knife-crime,2022/23,,1234,,oops
            admissions,2022/23,,98,,
            admissions,2023/24,,112,,

            """)
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        report.expectWarning(in: Self.values, line: 3, "value 'oops' is in column 6, which has no name")
    }

    @Test func aColumnNamedTwiceIsAnError() throws {
        let project = try project()
        let report = try project.buildFailsAfter(
            """
            -- \(Self.values) --
            measure,period,value,area,value
            knife-crime,2021/22,1400,,1400

            """)
        report.expectError(in: Self.values, line: 1, "column 'value' is named twice in the header (columns 3 and 5)")
    }

    // MARK: Deep nesting

    static func deeplyNested(_ kind: String) -> String {
        let levels = 20_000
        switch kind {
        case "block quotes": return String(repeating: ">", count: levels) + " deep"
        case "lists": return String(repeating: "- ", count: levels) + "deep"
        case "emphasis": return String(repeating: "*", count: levels) + "deep" + String(repeating: "*", count: levels)
        default: return String(repeating: "![", count: levels) + "deep" + String(repeating: "](a.png)", count: levels)
        }
    }

    @Test(arguments: ["block quotes", "lists", "emphasis", "images"])
    func nestingBeyondTheLimitIsAnErrorNotACrash(kind: String) throws {
        let body = Self.deeplyNested(kind)
        let project = try project()
        let report = try project.buildFailsAfter(TestProject.chapter("\nText.\n\n" + body))
        report.expectError(in: Self.chapter, line: 8, "nests more than \(CmarkParser.maximumDepth) levels deep")
    }

    @Test func nestingWithinTheLimitBuilds() throws {
        let quotes = String(repeating: ">", count: 20)
        let project = try project(TestProject.chapter("\n\(quotes) Twenty levels down.\n\n- - - - - - - - - - Ten lists down."))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        let html = try project.read(TestProject.introduction)
        #expect(html.contains("Twenty levels down."))
        #expect(html.contains("Ten lists down."))
    }

    @Test func aHeadingInsideAListItemOrQuoteGetsAnID() throws {
        let project = try project(TestProject.chapter("\n## Steps\n\n- ### First step\n\n  Do this.\n\n> ### Said by a parent\n"))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        let html = try project.read(TestProject.introduction)
        #expect(html.contains("<h3 id=\"first-step\">First step</h3>"))
        #expect(html.contains("<h3 id=\"said-by-a-parent\">Said by a parent</h3>"))
    }

    // MARK: Huge numbers

    @Test(arguments: ["1e300", "-1e300", "99999999999999999999", "1000000000000000"])
    func aFigureTooLargeIsAnError(value: String) throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.edit(Self.values) { $0.replacingOccurrences(of: "2022/23,,1234,", with: "2022/23,,\(value),") }
        }
        report.expectError(in: Self.values, line: 3, "value '\(value)' is too large to be a figure")
    }

    @Test func aRankMustBeAWholeNumberFromOne() throws {
        let project = try project(
            """
            -- Content/alpha/data/measures.csv --
            id,title,unit,desired_direction,source
            knife-crime,Knife crime offences,count,reduce,Alphashire Police
            admissions,Hospital admissions for assault with a sharp object,count,reduce,NHS Hospital Episode Statistics
            ranking,Rank among 43 forces,rank,none,Home Office

            """)
        let report = try project.buildFailsAfter(
            """
            -- \(Self.values) --
            measure,period,area,value,national
            ranking,2021/22,,-3,
            ranking,2022/23,,2.5,
            ranking,2023/24,,0,

            """)
        for line in 2...4 {
            report.expectError(in: Self.values, line: line, "is not a rank")
        }
    }

    @Test func ranksAtTheEdgeOfTheRangeAreWrittenAsOrdinals() {
        #expect(FigureFormat.ordinal(1e300) == FigureFormat.grouped(1e300, decimals: 0))
        #expect(FigureFormat.ordinal(Double.nan) == "nan")
        #expect(FigureFormat.ordinal(43.0) == "43rd")
    }
}
