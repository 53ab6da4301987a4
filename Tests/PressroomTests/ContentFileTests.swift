import Foundation
import Testing

@testable import Pressroom

/// Files Pressroom does not read are named in a warning saying what to do, and never copied to
/// `Output/`; chapters need numbers of their own; text files hold no control characters.
@Suite struct ContentFileTests {
    static let strategy = "Content/alpha/strategy"

    private func project(_ extra: String = "") throws -> TestProject {
        try TestProject(TestProject.minimalPartnership() + extra)
    }

    // MARK: Files that are not published

    @Test(arguments: [
        ("strategy/05-extra.MD", "rename it to 05-extra.md"),
        ("strategy/05-extra.markdown", "rename it to 05-extra.md"),
        ("strategy/05-extra.md.txt", "rename it to 05-extra.md"),
        ("strategy/notes.txt", "if it is a page, write it as notes.md"),
        ("pages/visit.docx", "link to it from a page to offer it as a download, or move it out of Content/"),
        ("partnership.yml", "rename it to partnership.yaml"),
        ("data/values.xlsx", "in data/, measures.csv, values.csv and outcomes.yaml"),
        ("annual-review/01-introduction.md", "add a publication.yaml to this folder"),
        ("strategy/drafts/06-later.md", "move the file there, or out of Content/"),
    ])
    func aFileThatIsNotPublishedIsAWarning(file: String, advice: String) throws {
        let project = try project()
        try project.write("Content/alpha/\(file)", "---\ntitle: Extra\n---\n\nText.\n")
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        report.expectWarning(in: "Content/alpha/\(file)", line: 1, column: 1, "this file is not published: ")
        report.expectWarning(in: "Content/alpha/\(file)", line: 1, advice)
        #expect(report.warnings.count == 1, "\(report.listing)")
        let name = (file as NSString).lastPathComponent
        #expect(try project.outputSnapshot().keys.allSatisfy { !$0.hasSuffix(name) })
    }

    @Test func filesAPageLinksToAndReadMesAreNotReported() throws {
        let project = try project(
            """
            -- Content/README.md --
            How to edit these files.

            -- \(Self.strategy)/minutes.txt --
            Minutes of the meeting.

            -- Content/alpha/images/unused.png --
            not linked from any page

            """ + TestProject.chapter("\nRead [the minutes](minutes.txt)."))
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        #expect(try project.read("Output/alpha/strategy/minutes.txt") == "Minutes of the meeting.\n")
    }

    @Test func aLinkToMarkdownWithTheWrongEndingIsAnErrorAndNothingIsCopied() throws {
        let project = try project()
        let report = try project.buildFailsAfter(
            "-- \(Self.strategy)/05-extra.MD --\n---\ntitle: Extra\n---\n\nText.\n"
                + TestProject.chapter("\nSee [the extra chapter](05-extra.MD)."))
        report.expectError(in: "\(Self.strategy)/01-introduction.md", line: 6, column: 5, "rename the file to 05-extra.md")
        report.expectWarning(in: "\(Self.strategy)/05-extra.MD", line: 1, "rename it to 05-extra.md")
    }

    // MARK: Chapter numbers

    @Test func twoChaptersWithTheSameNumberNameEachOther() throws {
        let project = try project()
        let report = try project.buildFailsAfter(
            TestProject.chapter("\nMore.", file: "\(Self.strategy)/02-actions.md", title: "Actions"))
        report.expectError(
            in: "\(Self.strategy)/02-priorities.md", line: 1, column: 1,
            "this chapter and 02-actions.md both have the number 2, so their order is not clear")
    }

    @Test func aChapterWhoseOrderRepeatsAnotherChaptersNumber() throws {
        let project = try project()
        let report = try project.buildFailsAfter(
            "-- \(Self.strategy)/actions.md --\n---\ntitle: Actions\norder: 1\n---\n\nMore.")
        report.expectError(in: "\(Self.strategy)/actions.md", line: 1, "this chapter and 01-introduction.md both have the number 1")
    }

    @Test func aDraftChapterCountsToo() throws {
        let project = try project()
        let report = try project.buildFailsAfter(
            "-- \(Self.strategy)/01-welcome.md --\n---\ntitle: Welcome\ndraft: true\n---\n\nSoon.")
        report.expectError(in: "\(Self.strategy)/01-welcome.md", line: 1, "both have the number 1")
    }

    // MARK: Control characters

    @Test(arguments: [
        (
            "Content/alpha/strategy/01-introduction.md", "---\ntitle: Introduction\n---\n\nPartners \0work together.\n", 5, 10,
            "U+0000, a zero byte (NUL)"
        ),
        ("Content/alpha/partnership.yaml", "name: Alpha\u{1B} Partnership\n", 1, 12, "U+001B, an escape"),
        (
            "Content/alpha/data/values.csv",
            "measure,period,area,value,national\nknife-crime,2021/22,,1400,\nknife-crime,2022/23,\u{0C},1234,\n", 3, 21,
            "U+000C, a form feed"
        ),
        (
            "Content/alpha/pages/help.md", "---\ntitle: Help\n---\n\nCall \u{85}999 and \u{85}101.\n", 5, 6,
            "U+0085 (and 1 more in this file)"
        ),
        ("Content/alpha/pages/help.md", "---\ntitle: Help\n---\n\nCosts 40\u{7F} a year.\n", 5, 9, "U+007F, a delete"),
        ("Content/alpha/pages/help.md", "---\ntitle: Help\n---\n\nIt costs £40\u{A0}a year \u{85}now.\n", 5, 21, "U+0085"),
    ])
    func aControlCharacterIsAnErrorAtItsLineAndColumn(path: String, text: String, line: Int, column: Int, name: String) throws {
        let project = try project()
        let report = try project.buildFailsAfter { try $0.write(path, text) }
        report.expectError(in: path, line: line, column: column, "this file has an invisible control character here, \(name)")
    }

    @Test func tabsAndWindowsLineEndingsAreFine() throws {
        let project = try project()
        try project.write("\(Self.strategy)/01-introduction.md", "---\r\ntitle: Introduction\r\n---\r\n\r\nPartners\twork together.\r\n")
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }

    @Test(arguments: [
        ("north-yorkshire", true), ("2024-25-review", true), ("-", true), ("", false), ("North", false), ("north_yorkshire", false),
        ("north yorkshire", false), ("café", false), ("ｎｏｒｔｈ", false), ("１２", false), ("a/b", false),
    ])
    func aWebAddressNameIsLowerCaseLettersDigitsAndHyphens(name: String, allowed: Bool) {
        #expect(ContentLoader.isSlug(name) == allowed)
    }

    @Test func poundSignsAndNonBreakingSpacesAreFine() throws {
        let project = try project()
        try project.write("\(Self.strategy)/01-introduction.md", "---\ntitle: Introduction\n---\n\nIt costs £40\u{A0}a year – © 2024.\n")
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }
}
