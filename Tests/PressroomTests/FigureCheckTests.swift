import Foundation
import Testing

@testable import Pressroom

/// Figures that are numbers but cannot be right: a negative count or rate is an error; a
/// percentage written as a fraction (`0.12` for 12%) is a warning suggesting the percentage.
@Suite struct FigureCheckTests {
    static let values = "Content/alpha/data/values.csv"

    static let measures = """
        -- Content/alpha/data/measures.csv --
        id,title,unit,desired_direction,source
        knife-crime,Knife crime offences,count,reduce,Alphashire Police
        admissions,Hospital admissions for assault with a sharp object,count,reduce,NHS Hospital Episode Statistics
        violence-rate,Violence against the person per 1000,"rate per 1,000",reduce,Alphashire Police
        repeat,Repeat victims of domestic abuse,percentage,reduce,Alphashire Police
        exclusions,Pupils permanently excluded,percentage,reduce,Alphashire County Council

        """

    private func project() throws -> TestProject {
        try TestProject(TestProject.minimalPartnership() + Self.measures)
    }

    /// values.csv with a first row for knife crime, then `rows` (from line 3).
    private func values(_ rows: String) -> String {
        "measure,period,area,value,national,note\nknife-crime,2021/22,,1400,,\n\(rows)\n"
    }

    @Test func aNegativeCountOrRateIsAnError() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.write(Self.values, values("knife-crime,2022/23,,-12,,\nviolence-rate,2022/23,,4.1,-5.2,\nadmissions,2022/23,,<-3,,"))
        }
        report.expectError(in: Self.values, line: 3, "value '-12' is below zero, but a count cannot be")
        report.expectError(in: Self.values, line: 4, "national '-5.2' is below zero, but a rate cannot be")
        report.expectError(in: Self.values, line: 5, "value '-3' is below zero, but a count cannot be")
    }

    @Test func aFractionAmongPercentagesIsAWarningSuggestingThePercentage() throws {
        let project = try project()
        try project.write(Self.values, values("repeat,2021/22,,31,,\nrepeat,2022/23,,0.34,28,\nrepeat,2023/24,,40,,"))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        report.expectWarning(
            in: Self.values, line: 4,
            "value 0.34 looks like a fraction: 'repeat' is a percentage and its other figures are 28 to 40, so write 34 for 34%")
        #expect(report.warnings.count == 1, "\(report.listing)")
    }

    @Test func percentagesThatAreAllFractionsAreAWarningUnlessANoteSaysSo() throws {
        let project = try project()
        let rows = "exclusions,2022/23,,0.08,0.1,\nexclusions,2023/24,,0.12,0.11,"
        try project.write(Self.values, values(rows))
        let report = project.build()
        report.expectWarning(
            in: Self.values, line: 3,
            "'exclusions' is a percentage and every figure of it is below 1 (0.08 to 0.12); if they are fractions, write them in per cent (8 for 0.08)"
        )
        let noted = rows.replacingOccurrences(of: "0.12,0.11,", with: "0.12,0.11,Below 1% of pupils.")
        try project.write(Self.values, values(noted))
        let quiet = project.build()
        #expect(quiet.diagnostics.isEmpty, "\(quiet.listing)")
    }

    @Test func aSmallPercentageBesideAFigureOfTheSameSizeIsFine() throws {
        let project = try project()
        try project.write(Self.values, values("exclusions,2023/24,,0.8,1.2,"))
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }
}
