import Foundation
import Testing

@testable import Pressroom

/// YAML that reads differently from how it looks: an unquoted `#` starts a comment (leaving the
/// key empty), and typographic quotes stay part of the value.
@Suite struct YAMLWritingTests {
    static let partnership = "Content/alpha/partnership.yaml"
    static let chapter = "Content/alpha/strategy/01-introduction.md"

    private func project() throws -> TestProject {
        try TestProject(TestProject.minimalPartnership())
    }

    /// Builds with the first chapter's front matter replaced by `frontMatter`; the build must succeed.
    private func build(chapterWith frontMatter: String) throws -> BuildReport {
        let project = try project()
        try project.write(Self.chapter, "---\n\(frontMatter)\n---\n\nText.\n")
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        return report
    }

    @Test func anUnquotedColourIsAnErrorSayingToQuoteIt() throws {
        let project = try project()
        let report = try project.buildFailsAfter {
            try $0.edit(Self.partnership) { $0.replacingOccurrences(of: "brand_colour: \"#1d4f91\"", with: "brand_colour: #1D4F91") }
        }
        let line = try project.line(of: "brand_colour:", in: Self.partnership)
        report.expectError(
            in: Self.partnership, line: line, column: 15,
            "'brand_colour' has no value: YAML reads '#' and what follows as a comment; put the colour in quotes: brand_colour: \"#1D4F91\""
        )
        #expect(report.errors.count == 1, "\(report.listing)")
    }

    @Test func aValueStartingWithAHashIsAWarningAtTheHash() throws {
        let report = try build(chapterWith: "title: Introduction\nsummary:   #1 priority for partners")
        report.expectWarning(
            in: Self.chapter, line: 3, column: 12, "put it in quotes (summary: \"#1 priority for partners\"), or delete the comment")
    }

    @Test func aCommentAfterAKeyThatHoldsAListIsFine() throws {
        let project = try project()
        try project.edit(Self.partnership) { $0.replacingOccurrences(of: "members:\n", with: "members: # in alphabetical order\n") }
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }

    @Test func typographicQuotesAroundATitleAreAWarning() throws {
        let report = try build(chapterWith: "title: “Our strategy”")
        report.expectWarning(
            in: Self.chapter, line: 2, column: 8,
            "'title' is written between typographic quotes (“…”), which YAML keeps as part of the text; use straight quotes or none: title: \"Our strategy\""
        )
    }

    @Test func singleTypographicQuotesInAListAndInAComponent() throws {
        let project = try project()
        try project.edit(Self.partnership) { $0.replacingOccurrences(of: "  - Alphashire Police\n", with: "  - ‘Alphashire Police’\n") }
        try project.write(
            Self.chapter, "---\ntitle: Introduction\n---\n\n```measure-table\nmeasures: [knife-crime]\ncaption: “Knife crime”\n```\n")
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        let line = try project.line(of: "‘Alphashire Police’", in: Self.partnership)
        report.expectWarning(in: Self.partnership, line: line, column: 5, "'members' is written between typographic quotes (‘…’)")
        report.expectWarning(in: Self.chapter, line: 7, column: 10, "'caption' is written between typographic quotes (“…”)")
    }

    @Test func quotesInsideAValueAreFine() throws {
        let report = try build(chapterWith: "title: The “Knife Angel” visits Alphaton\nsummary: \"“Quoted” on purpose”\"")
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
    }
}
