import Foundation
import Testing

@testable import Pressroom

/// Mistakes in YAML, CSV and file encodings: each is reported at its file, line and column,
/// fails the build, and leaves the previous `Output/` exactly as it was.
@Suite struct ContentErrorTests {
    static let partnership = "Content/alpha/partnership.yaml"
    static let chapter = "Content/alpha/strategy/01-introduction.md"
    static let values = "Content/alpha/data/values.csv"

    private func project() throws -> TestProject {
        try TestProject(TestProject.minimalPartnership())
    }

    @Test func malformedPartnershipYAML() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.edit(Self.partnership) { $0.replacingOccurrences(of: "summary: Partners in", with: "summary: Partners: in") }
        }
        report.expectError(in: Self.partnership, line: 4, column: 18, "malformed YAML")
    }

    @Test func malformedFrontMatterIsReportedAtItsLineInTheMarkdownFile() throws {
        let project = try project()
        let report = try project.buildFailsAfter(
            """
            -- Content/alpha/strategy/01-introduction.md --
            ---
            title: Introduction
            summary: Why: this matters
            ---

            Text.
            """)
        report.expectError(in: Self.chapter, line: 3, column: 13, "malformed YAML")
    }

    @Test func frontMatterThatNeverEnds() throws {
        let project = try project()
        let report = try project.buildFailsAfter("-- \(Self.chapter) --\n---\ntitle: Introduction\n\nText.")
        report.expectError(in: Self.chapter, line: 1, "front matter starts with '---' but never ends")
    }

    @Test func missingRequiredKeyInPartnershipYAML() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.edit(Self.partnership) { $0.replacingOccurrences(of: "area: Alphashire\n", with: "") }
        }
        report.expectError(in: Self.partnership, line: 1, column: 1, "missing required key 'area'")
    }

    @Test func missingTitleInFrontMatter() throws {
        let project = try project()
        let report = try project.buildFailsAfter("-- \(Self.chapter) --\n---\nsummary: No title.\n---\n\nText.")
        report.expectError(in: Self.chapter, line: 2, column: 1, "missing required key 'title'")
    }

    @Test func unknownKeyIsAWarningThatSuggestsTheKnownKey() throws {
        let project = try project()
        try project.edit(Self.partnership) { $0.replacingOccurrences(of: "convener:", with: "convenor:") }
        try project.write(Self.chapter, "---\ntitle: Introduction\nsumary: Why it matters.\n---\n\nText.\n")
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        #expect(report.wroteOutput)
        report.expectWarning(in: Self.partnership, line: 5, column: 1, "unknown key 'convenor' (did you mean 'convener'?)")
        report.expectWarning(in: Self.chapter, line: 3, column: 1, "unknown key 'sumary' (did you mean 'summary'?)")
    }

    @Test func raggedCSVRow() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.edit(Self.values) { $0.replacingOccurrences(of: "2022/23,,1234,", with: "2022/23,,1234,,extra") }
        }
        report.expectError(in: Self.values, line: 3, "this row has 6 values but the header has 5 columns")
    }

    /// A quoted value written over two lines moves every later row down a line.
    @Test func raggedCSVRowAfterAValueOverTwoLines() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.edit(Self.values) {
                $0.replacingOccurrences(of: "knife-crime,2021/22,,1400,", with: "knife-crime,2021/22,\"all\nareas\",1400,")
                    .replacingOccurrences(of: "2023/24,,112,", with: "2023/24,,112,,extra")
            }
        }
        report.expectError(in: Self.values, line: 6, "this row has 6 values but the header has 5 columns")
    }

    @Test func nonNumericCSVValue() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.edit(Self.values) { $0.replacingOccurrences(of: "2023/24,,112,", with: "2023/24,,112%,") }
        }
        report.expectError(in: Self.values, line: 5, "value '112%' is not a number")
    }

    @Test func duplicateMeasurePeriodAndAreaRow() throws {
        let project = try project()
        let report = try project.buildFailsAfter { try $0.edit(Self.values) { $0 + "knife-crime,2022/23,,1200,\n" } }
        report.expectError(in: Self.values, line: 6, "a second value for 'knife-crime' in 2022/23 (the first is on line 3)")
    }

    @Test func unknownMeasureInValuesCSV() throws {
        let project = try project()
        let report = try project.buildFailsAfter { try $0.edit(Self.values) { $0 + "knife-crme,2023/24,,1100,\n" } }
        report.expectError(in: Self.values, line: 6, "unknown measure 'knife-crme' (did you mean 'knife-crime'?)")
    }

    @Test func csvLinesAreCountedAcrossQuotedLineBreaks() throws {
        let project = try project()
        let path = "Content/alpha/data/measures.csv"
        let report = try project.buildFailsAfter {
            try $0.write(
                path,
                """
                id,title,unit,desired_direction,source,description
                knife-crime,Knife crime offences,count,reduce,Alphashire Police,"Offences with a knife.
                Counted as the Home Office counts them."
                admissions,Hospital admissions,number,reduce,NHS,
                """)
        }
        report.expectError(in: path, line: 4, "unit 'number' is not known")
    }

    @Test func unknownMeasureInOutcomesYAML() throws {
        let project = try project()
        let path = "Content/alpha/data/outcomes.yaml"
        let report = try project.buildFailsAfter {
            try $0.edit(path) { $0.replacingOccurrences(of: "[knife-crime, admissions]", with: "[knife-crime, admisions]") }
        }
        report.expectError(in: path, line: 7, column: 9, "unknown measure 'admisions' (did you mean 'admissions'?)")
    }

    @Test func brandColourWithTooLittleContrast() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.edit(Self.partnership) { $0.replacingOccurrences(of: "#1d4f91", with: "#777777") }
        }
        let line = try project.line(of: "brand_colour:", in: Self.partnership)
        report.expectError(in: Self.partnership, line: line, column: 1, "brand_colour '#777777' has a contrast of 4.48:1")
    }

    @Test func fileThatIsNotUTF8() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.write(Self.chapter, data: Data("---\ntitle: Introduction\n---\n\nCaf".utf8) + Data([0xE9]) + Data(" society\n".utf8))
        }
        report.expectError(in: Self.chapter, line: 5, column: 4, "this file is not valid UTF-8")
    }

    @Test func csvThatIsNotUTF8() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.write(
                Self.values,
                data: Data("measure,period,area,value,national\nknife-crime,2022/23,Ynys M".utf8) + Data([0xF4, 0x6E]) + Data(",3,\n".utf8))
        }
        report.expectError(in: Self.values, line: 2, column: 27, "this file is not valid UTF-8")
    }

    @Test func pageWrittenWhereTheNewsListGoes() throws {
        let project = try project()
        let report = try project.buildFailsAfter("-- Content/alpha/pages/news.md --\n---\ntitle: News\n---\n\nOur news.")
        report.expectError(in: "Content/alpha/pages/news.md", line: 1, "this page would be written to alpha/news/index.html")
    }

    @Test func twoChaptersWithTheSameAddress() throws {
        let project = try project()
        let report = try project.buildFailsAfter(TestProject.chapter("\nAgain.", file: "Content/alpha/strategy/03-introduction.md"))
        report.expectError(
            in: "Content/alpha/strategy/03-introduction.md", line: 1,
            "this page would be written to alpha/strategy/introduction/index.html, like Content/alpha/strategy/01-introduction.md")
    }

    @Test func pageWrittenWhereTheContactPageGoesIsReportedInThePage() throws {
        let project = try project()
        let report = try project.buildFailsAfter("-- Content/alpha/pages/contact.md --\n---\ntitle: Contact\n---\n\nCall us.")
        report.expectError(in: "Content/alpha/pages/contact.md", line: 1, "would be written to alpha/contact/index.html")
    }

    @Test func logoOutsideThePartnershipFolder() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.edit(Self.partnership) { $0.replacingOccurrences(of: "logo: logo.svg", with: "logo: ../../../etc/passwd") }
        }
        report.expectError(in: Self.partnership, line: 10, column: 1, "logo '../../../etc/passwd' is outside the partnership folder")
    }
}
