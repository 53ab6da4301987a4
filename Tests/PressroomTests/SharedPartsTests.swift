import Foundation
import Testing

@testable import Pressroom

/// Partials that many pages share, such as the header and footer, are rendered once for each
/// partnership and way back to the top, and never where a page of their own shows through.
@Suite struct SharedPartsTests {
    static let chapter = TestProject.introduction
    static let home = "Output/alpha/index.html"

    private func parts(_ templates: [String: String]) -> SharedParts {
        SharedParts(
            tags: templates.mapValues(TemplateTags.init), roots: ["layout", "chapter"], page: PageScope.layout,
            kinds: ["chapter": PageKinds.schemas["chapter"]!])
    }

    private func realTemplates(_ names: [String]) throws -> [String: String] {
        let folder = TestProject.repositoryRoot.appendingPathComponent("Templates")
        var templates: [String: String] = [:]
        for name in names {
            templates[name] = try String(contentsOf: folder.appendingPathComponent(name + ".mustache"), encoding: .utf8)
        }
        return templates
    }

    @Test func theHeaderAndFooterReadOnlyThePartnershipTheSiteAndTheWayToTheTop() throws {
        let shared = try parts(
            realTemplates([
                "layout", "chapter", "partials/header", "partials/footer", "partials/breadcrumbs", "partials/on-this-page",
                "partials/nav-item",
            ]))
        let header = try #require(shared.parts["partials/header"]?.reads)
        let footer = try #require(shared.parts["partials/footer"]?.reads)
        #expect(header.keys.sorted() == ["partnership", "root", "site"])
        #expect(footer.keys.sorted() == ["partnership", "root", "site"])
        // The footer does not show which page is current, so it is shared more widely than the header.
        #expect(header["partnership"]?.contains("nav") == true)
        #expect(footer["partnership"]?.contains("nav") == false)
        #expect(footer["partnership"]?.isSuperset(of: ["name", "contact", "contact_url", "help_url", "news_url"]) == true)
        #expect(shared.parts["partials/breadcrumbs"]?.reads["page"] == ["title"])
        #expect(shared.parts["partials/on-this-page"]?.reads == ["page": ["toc"]])
    }

    @Test func aPartialInASectionOrIndentedIsRenderedInPlace() {
        let shared = parts([
            "layout": "{{#page}}\n{{> inside}}\n{{/page}}\n  {{> indented}}\n{{> outer}}\n",
            "inside": "{{root}}", "indented": "{{root}}", "outer": "{{> nested}}", "nested": "{{root}}",
        ])
        #expect(shared.parts["inside"] == nil)
        #expect(shared.parts["indented"] == nil)
        #expect(shared.parts["outer"]?.reads == ["root": ["*"]])
        #expect(shared.parts["nested"]?.reads == ["root": ["*"]])
    }

    @Test func aNameInsideASectionBelongsToTheFieldThatOpenedIt() {
        let shared = parts([
            "layout": "{{> a}}{{> b}}{{> c}}",
            "a": "{{#partnership}}{{name}} {{root}}{{#nav}}{{title}}{{/nav}}{{/partnership}}",
            "b": "{{#partnership}}{{page.title}}{{/partnership}}",
            "c": "{{#partnership}}{{#members}}{{.}}{{/members}}{{/partnership}}{{.}}",
        ])
        #expect(shared.parts["a"]?.reads == ["partnership": ["name", "nav"], "root": ["*"]])
        #expect(shared.parts["b"]?.reads == ["partnership": [], "page": ["title"]])
        #expect(shared.parts["c"]?.reads == [".": ["*"], "partnership": ["members"]])
    }

    @Test func menuAndContentsEntriesAreSharedByWhatTheirItemReads() throws {
        let shared = try parts(
            realTemplates([
                "layout", "chapter", "partials/header", "partials/footer", "partials/breadcrumbs", "partials/on-this-page",
                "partials/nav-item", "partials/contents-item",
            ]))
        #expect(shared.items["partials/nav-item"] == ["current", "title", "url"])
        #expect(shared.items["partials/contents-item"] == ["current", "draft", "number", "title", "url"])
        #expect(shared.items["partials/header"] == nil)
        #expect(shared.parts["partials/nav-item"] == nil)
    }

    @Test func aListItemPartialThatReadsBeyondItsItemIsRenderedInPlace() {
        let entry = "<li>{{title}}</li>\n"
        let shared = parts([
            "layout": """
            {{#breadcrumbs}}
            {{> item}}
            {{> outside}}
            {{> unknown}}
            {{> dot}}
              {{> indented}}
            {{> includes}}
            {{> twice}}
            {{#title}}
            {{> valueSection}}
            {{/title}}
            {{/breadcrumbs}}
            {{#page}}
            {{> view}}
            {{/page}}
            {{> twice}}

            """,
            "item": entry, "outside": "<li>{{title}} {{root}}</li>", "unknown": "{{colour}}", "dot": "{{.}}", "indented": entry,
            "includes": "{{> item}}", "twice": entry, "valueSection": entry, "view": entry,
        ])
        #expect(shared.items == ["item": ["title"]])
    }

    /// The menu and the chapter contents written out in place, entry by entry, must give every
    /// file byte for byte as with their entries shared.
    @Test func sharedEntriesMakeTheSameBytesAsEntriesWrittenInPlace() throws {
        let tree =
            TestProject.minimalPartnership() + TestProject.minimalPartnership(slug: "beta", name: "Beta Partnership")
                + """

                -- Content/beta/strategy/03-draft-plans.md --
                ---
                title: Draft plans
                draft: true
                ---
                Plans still being agreed.

                """
        let shared = try TestProject(tree)
        let inPlace = try TestProject(tree)
        for (template, partial) in [("partials/header", "partials/nav-item"), ("chapter", "partials/contents-item")] {
            let entry = try inPlace.read("Templates/\(partial).mustache")
            try inPlace.edit("Templates/\(template).mustache") { $0.replacingOccurrences(of: "{{> \(partial)}}\n", with: entry) }
        }
        #expect(try !inPlace.read("Templates/chapter.mustache").contains("{{> partials/contents-item}}"))
        #expect(shared.build(drafts: true).errors.isEmpty)
        #expect(inPlace.build(drafts: true).errors.isEmpty)
        try shared.expectSameOutput(as: inPlace, "menu and contents entries are written in place")
        shared.expect(
            "Output/beta/strategy/draft-plans/index.html",
            ["<span class=\"publication-contents__number\">3</span> Draft plans</a> <strong class=\"draft-tag\">Draft</strong>"])
    }

    @Test func eachPageGetsItsOwnPartnershipsFooterWithLinksFromWhereItIs() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + TestProject.minimalPartnership(slug: "beta", name: "Beta Partnership"))
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        project.expect(
            Self.home,
            [
                "Alpha Community Safety Partnership: serving", "<a href=\"contact/index.html\">Contact us</a>",
                "<li><a href=\"index.html\" aria-current=\"page\">Home</a></li>", "! Beta Partnership",
            ])
        project.expect(
            Self.chapter,
            [
                "<a href=\"../../contact/index.html\">Contact us</a>", "<li><a href=\"../../index.html\">Home</a></li>",
                "<li><a href=\"../index.html\" aria-current=\"page\">",
            ])
        project.expect(
            "Output/beta/strategy/introduction/index.html",
            ["Beta Partnership: serving", "<a href=\"../../contact/index.html\">Contact us</a>", "! Alpha Community Safety Partnership:"])
    }

    @Test func aFooterThatShowsThePageTitleShowsEachPagesOwn() throws {
        let project = try TestProject(
            TestProject.minimalPartnership()
                + """
                -- Templates/partials/footer.mustache --
                <footer><p>You are reading: {{page.title}}</p></footer>
                """)
        let report = project.build()
        #expect(report.errors.isEmpty, "\(report.listing)")
        project.expect(Self.chapter, ["You are reading: Introduction"])
        project.expect(
            "Output/alpha/strategy/priorities/index.html", ["You are reading: Our priorities", "! You are reading: Introduction"])
    }

    /// The same header and footer included inside a section are rendered in place for every
    /// page; every file must come out byte for byte as with the shared texts.
    @Test func sharedTextsMakeTheSameBytesAsRenderingInPlace() throws {
        let tree = TestProject.minimalPartnership() + TestProject.minimalPartnership(slug: "beta", name: "Beta Partnership")
        let shared = try TestProject(tree)
        let inPlace = try TestProject(tree)
        try inPlace.edit("Templates/layout.mustache") { layout in
            layout.replacingOccurrences(of: "{{> partials/header}}\n", with: "{{#site}}\n{{> partials/header}}\n{{/site}}\n")
                .replacingOccurrences(of: "{{> partials/footer}}\n", with: "{{#site}}\n{{> partials/footer}}\n{{/site}}\n")
        }
        #expect(shared.build().errors.isEmpty)
        #expect(inPlace.build().errors.isEmpty)
        try shared.expectSameOutput(as: inPlace, "the header and footer are rendered in place")
    }
}
