import Foundation
import Testing

@testable import Pressroom

/// Mistakes in templates, and a project with many mistakes at once.
@Suite struct TemplateErrorTests {
    static let page = "Templates/page.mustache"

    @Test func templateSyntaxError() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = try project.buildFailsAfter(
            """
            -- Templates/page.mustache --
            <h1>{{page.title}}</h1>
            {{#page.summary}}
            <p class="lead">{{page.summary}}</p>
            {{/page.sumary}}
            {{{page.body}}}
            """)
        report.expectError(in: Self.page, line: 4, "template syntax error")
    }

    @Test func aTagLeftOpenInASharedPartialIsReportedInThePartial() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = try project.buildFailsAfter(
            """
            -- Templates/partials/footer.mustache --
            <footer>
            {{#partnership}}
            <p>{{partnership.name}</p>
            {{/partnership}}
            </footer>
            """)
        report.expectError(in: "Templates/partials/footer.mustache", line: 3, "a tag is not closed with }}")
    }

    @Test func sectionThatIsNeverClosedIsReportedWhereItOpens() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = try project.buildFailsAfter(
            """
            -- Templates/page.mustache --
            <h1>{{page.title}}</h1>
            {{#page.summary}}
            <p class="lead">{{page.summary}}</p>
            {{{page.body}}}
            """)
        report.expectError(in: Self.page, line: 2, column: 1, "a section is never closed")
    }

    @Test func templateUsingAVariablePressroomDoesNotProvide() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = try project.buildFailsAfter(
            """
            -- Templates/page.mustache --
            <h1>{{page.title}}</h1>
            <p>By {{author_name}}</p>
            {{{page.body}}}
            """)
        report.expectError(in: Self.page, line: 2, column: 7, "the template uses 'author_name', which Pressroom does not provide")
    }

    @Test func templateUsingAFieldPressroomDoesNotProvide() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = try project.buildFailsAfter(
            """
            -- Templates/page.mustache --
            <h1>{{page.title}}</h1>
            <p>By {{page.author}}</p>
            {{{page.body}}}
            """)
        report.expectError(in: Self.page, line: 2, column: 7, "page.author")
    }

    @Test func templateIncludingAMissingPartial() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = try project.buildFailsAfter(
            """
            -- Templates/page.mustache --
            <h1>{{page.title}}</h1>
            {{> partials/sidebar}}
            {{{page.body}}}
            """)
        report.expectError(in: Self.page, line: 2, column: 1, "partial 'partials/sidebar' does not exist")
    }

    @Test func missingTemplatesAreErrors() throws {
        let project = try TestProject(TestProject.minimalPartnership(), templates: false)
        let report = project.build()
        report.expectError(in: "Templates", line: 1, "template 'layout.mustache' does not exist")
        report.expectError(in: "Templates", line: 1, "template 'chapter.mustache' does not exist")
        #expect(!report.wroteOutput)
        #expect(!project.exists("Output"))
    }

    @Test func everyProblemOfARunIsReported() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let report = try project.buildFailsAfter { project in
            for (path, text) in TestProject.files(in: Self.manyMistakes) {
                try project.write(path, text)
            }
            try project.edit("Content/alpha/partnership.yaml") { $0.replacingOccurrences(of: "#1d4f91", with: "#ffcc00") }
        }
        report.expectError(in: "Content/alpha/partnership.yaml", line: 9, "brand_colour '#ffcc00' has a contrast of 1.51:1")
        report.expectError(in: "Content/alpha/strategy/01-introduction.md", line: 3, "malformed YAML")
        report.expectError(in: "Content/alpha/strategy/02-priorities.md", line: 5, column: 5, "link to '03-plan.md', which does not exist")
        report.expectError(in: "Content/alpha/strategy/02-priorities.md", line: 5, "has no alt text")
        report.expectError(in: "Content/alpha/strategy/02-priorities.md", line: 5, "image '../images/none.png' does not exist")
        report.expectError(in: "Content/alpha/strategy/02-priorities.md", line: 7, "heading level 4 follows")
        report.expectError(in: "Content/alpha/data/values.csv", line: 2, "value 'lots' is not a number")
        report.expectError(in: "Content/alpha/data/values.csv", line: 3, "unknown measure 'knife-crme'")
        report.expectError(in: "Templates/news-item.mustache", line: 2, "the template uses 'byline'")
        let files = Set(report.errors.map(\.location.path))
        #expect(
            files.isSuperset(of: [
                "Content/alpha/partnership.yaml", "Content/alpha/strategy/01-introduction.md", "Content/alpha/strategy/02-priorities.md",
                "Content/alpha/data/values.csv", "Templates/news-item.mustache",
            ]))
    }

    static let manyMistakes = """
        -- Content/alpha/strategy/01-introduction.md --
        ---
        title: Introduction
        summary: Why: this matters
        ---

        Text.

        -- Content/alpha/strategy/02-priorities.md --
        ---
        title: Our priorities
        ---

        See [the plan](03-plan.md) and ![](../images/none.png).

        #### Too deep

        -- Content/alpha/data/values.csv --
        measure,period,area,value,national
        knife-crime,2022/23,,lots,
        knife-crme,2022/23,,1,

        -- Templates/news-item.mustache --
        <h1>{{page.title}}</h1>
        {{{page.body}}} {{byline}}
        """
}
