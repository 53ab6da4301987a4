import Foundation
import Testing

@testable import Pressroom

/// Mistakes in Markdown bodies: components, links, images and headings. The chapter's front
/// matter is four lines and the body starts with a blank line, so body text starts on line 6.
@Suite struct MarkdownErrorTests {
    static let chapter = "Content/alpha/strategy/01-introduction.md"

    /// Builds the minimal partnership, then replaces the first chapter's body and builds again.
    private func failingBuild(
        _ body: String, extra: String = "", sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> BuildReport {
        let project = try TestProject(TestProject.minimalPartnership() + extra)
        return try project.buildFailsAfter(TestProject.chapter(body), sourceLocation: sourceLocation)
    }

    @Test func componentNamingAnUnknownMeasure() throws {
        let report = try failingBuild("\n```measure-callout\nmeasure: knife-crim\n```")
        report.expectError(in: Self.chapter, line: 7, "unknown measure 'knife-crim' (did you mean 'knife-crime'?)")
    }

    @Test func componentNamingAnUnknownOutcome() throws {
        let report = try failingBuild("\n```measure-table\noutcome: fewer-knife\n```")
        report.expectError(in: Self.chapter, line: 7, "unknown outcome 'fewer-knife'")
    }

    @Test func componentNamingAnUnknownPriority() throws {
        let report = try failingBuild("\n```outcome-framework\npriority: preventon\n```")
        report.expectError(in: Self.chapter, line: 7, "unknown priority 'preventon' (did you mean 'prevention'?)")
    }

    @Test func unknownComponent() throws {
        let report = try failingBuild("\n```measure-pie\nmeasure: knife-crime\n```")
        report.expectError(in: Self.chapter, line: 7, "unknown component 'measure-pie'")
    }

    @Test func unknownComponentOptionIsReportedOnItsLine() throws {
        let report = try failingBuild("\n```measure-callout\nmeasure: knife-crime\ncolour: red\n```")
        report.expectError(in: Self.chapter, line: 8, column: 1, "unknown option 'colour'")
    }

    @Test func malformedComponentOptionsAreReportedOnTheirLine() throws {
        let report = try failingBuild("\n```measure-callout\nmeasure: knife-crime\nlabel: Knives: in Alphashire\n```")
        report.expectError(in: Self.chapter, line: 8, column: 14, "malformed YAML")
    }

    @Test func unknownMeasureInASentenceIsReportedAtTheFigure() throws {
        let report = try failingBuild("\nWe recorded {{value knife-crim}} offences.")
        report.expectError(in: Self.chapter, line: 6, column: 13, "unknown measure 'knife-crim'")
    }

    @Test func linkWithAScriptScheme() throws {
        let report = try failingBuild("\nSee [our plan](javascript:alert(1)).")
        report.expectError(in: Self.chapter, line: 6, column: 5, "links starting 'javascript:' are not allowed")
    }

    @Test func linkToAMissingPage() throws {
        let report = try failingBuild("\n[Our plan](03-plan.md) is coming.")
        report.expectError(in: Self.chapter, line: 6, column: 1, "link to '03-plan.md', which does not exist")
    }

    @Test func linkOnTheSecondLineOfAParagraphIsReportedOnThatLine() throws {
        let report = try failingBuild("\nWe will publish more detail\nlater in [our plan](03-plan.md).")
        report.expectError(in: Self.chapter, line: 7, column: 10, "link to '03-plan.md', which does not exist")
    }

    @Test func linkToAMissingAnchor() throws {
        let report = try failingBuild("\nSee [enforcement](02-priorities.md#enforcment).")
        report.expectError(
            in: Self.chapter, line: 6, column: 5,
            "'#enforcment' is not a heading in Content/alpha/strategy/02-priorities.md (did you mean 'enforcement'?)")
    }

    @Test func linkToAMissingAnchorOnTheSamePage() throws {
        let report = try failingBuild("\n## Our aims\n\nSee [our aims](#our-aim).")
        report.expectError(in: Self.chapter, line: 8, column: 5, "'#our-aim' is not a heading")
    }

    @Test func imageThatDoesNotExist() throws {
        let report = try failingBuild("\n![Map of the districts](../images/map.png)")
        report.expectError(in: Self.chapter, line: 6, column: 1, "image '../images/map.png' does not exist")
    }

    @Test func imageWithoutAltText() throws {
        let report = try failingBuild("\n![](../images/map.png)", extra: "-- Content/alpha/images/map.png --\nPNG")
        report.expectError(in: Self.chapter, line: 6, column: 1, "image '../images/map.png' has no alt text")
    }

    @Test func linkThatLeavesTheProject() throws {
        let report = try failingBuild("\n[passwords](../../../etc/passwd)\n\n![Secrets](../../../../../../../../etc/passwd)")
        report.expectError(in: Self.chapter, line: 6, column: 1, "'../../../etc/passwd' points outside the Content folder")
        report.expectError(in: Self.chapter, line: 8, column: 1, "'../../../../../../../../etc/passwd' points outside the Content folder")
    }

    @Test func linkThatLeavesTheProjectAndComesBackIn() throws {
        let report = try failingBuild("\n[priorities](../../../../Content/alpha/strategy/02-priorities.md)")
        report.expectError(in: Self.chapter, line: 6, column: 1, "points outside the Content folder")
    }

    @Test func imageThatIsASymlinkOutOfTheProject() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = try project.buildFailsAfter {
            try FileManager.default.createDirectory(
                at: $0.root.appendingPathComponent("Content/alpha/images"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: $0.root.appendingPathComponent("Content/alpha/images/map.png").path, withDestinationPath: "/etc/passwd")
            try $0.write(Self.chapter, "---\ntitle: Introduction\n---\n\n![Map](../images/map.png)\n")
        }
        report.expectError(in: Self.chapter, line: 5, column: 1, "points outside the Content folder")
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent("alpha/images/map.png").path))
    }

    @Test func headingThatSkipsALevel() throws {
        let report = try failingBuild("\n## Our approach\n\n#### Detail")
        report.expectError(in: Self.chapter, line: 8, "heading level 4 follows level 2")
    }

    @Test func levelOneHeadingInABody() throws {
        let report = try failingBuild("\nText.\n\n# Introduction")
        report.expectError(in: Self.chapter, line: 8, "a level-1 heading (# …) inside a page")
    }

    @Test func vagueLinkTextIsAWarning() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + TestProject.chapter("\nTo read on, [click here](02-priorities.md)."))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        #expect(report.wroteOutput)
        report.expectWarning(in: Self.chapter, line: 6, column: 13, "link text 'click here' does not say where the link goes")
    }

    @Test(arguments: [
        ("click here", true), ("Find out more!", true), ("...here...", true), ("here" + String(repeating: "!", count: 80), true),
        ("“Read more”", true), ("", true), ("our priorities for 2024", false), ("find out more now", false),
    ])
    func onlyShortLinkTextIsLookedAtForVagueWords(text: String, looked: Bool) {
        #expect(HTMLRenderer.mayBeVague(text) == looked)
    }
}
