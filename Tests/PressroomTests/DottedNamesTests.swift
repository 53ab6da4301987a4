import Foundation
import Testing

@testable import Pressroom

/// A dotted name is looked up as one stand-in (`DottedNames`), with the same bytes as the
/// template engine finding each part in turn.
@Suite struct DottedNamesTests {
    @Test func dottedNamesInVariablesAndSectionsAreRewritten() {
        var paths: [[String]] = [["site", "title"]]
        let source = """
            <title>{{page.title}} {{ page.title }}</title>{{{page.body}}}{{& page.body}}
            {{#partnership.contact.phone}}{{.}}{{/partnership.contact.phone}}{{^page.summary}}none{{/page.summary}}
            {{title}} {{.}} {{.title}} {{! page.title }} {{> partials/page.head}} {{lower(page.title)}} {{site.title}}
            """
        let rewritten = DottedNames.rewrite(source, paths: &paths)
        #expect(
            rewritten == """
                <title>{{*p1}} {{ *p1 }}</title>{{{*p2}}}{{& *p2}}
                {{#*p3}}{{.}}{{/*p3}}{{^*p4}}none{{/*p4}}
                {{title}} {{.}} {{.title}} {{! page.title }} {{> partials/page.head}} {{lower(page.title)}} {{*p0}}
                """)
        #expect(
            paths == [
                ["site", "title"], ["page", "title"], ["page", "body"], ["partnership", "contact", "phone"], ["page", "summary"],
            ])
        #expect(DottedNames.number("*p12") == 12)
        #expect(DottedNames.number("*12") == nil)
        #expect(DottedNames.number("page") == nil)
    }

    @Test func aStandInStartsWithAStarAsSharedPartialsDo() {
        // A page's fields answer a stand-in only when the name starts with `*`.
        #expect(DottedNames.prefix.hasPrefix("*"))
        #expect(DottedNames.number("*p12") == 12)
        #expect(DottedNames.number("p12") == nil && DottedNames.number("*12") == nil)
    }

    @Test func templatesTheEngineReadsDifferentlyAreLeftAlone() {
        for source in [
            "{{page.title}}", "{{=<% %>=}}<%page.title%>", "{{<base}}{{$main}}{{page.title}}{{/main}}{{/base}}",
            "{{>*partial}}{{page.title}}", "{{title}} {{#nav}}{{url}}{{/nav}}",
        ].dropFirst() {
            var paths: [[String]] = []
            #expect(DottedNames.rewrite(source, paths: &paths) == nil, "\(source)")
            #expect(paths.isEmpty)
        }
    }

    /// The same templates with the stand-ins turned off (a template that mentions `{{<`, as one
    /// that inherits does, is left to the engine) must make every file byte for byte the same, including a dotted name
    /// found below a section's view, one whose last part is missing, and one inside a view that
    /// has its first part.
    @Test func dottedNamesMakeTheSameBytesAsTheEngineFindsThem() throws {
        let tree = TestProject.minimalPartnership() + TestProject.minimalPartnership(slug: "beta", name: "Beta Partnership")
        let standIns = try TestProject(tree)
        let engine = try TestProject(tree)
        let lines = """
            <p class="dotted">{{#previous}}{{page.title}}|{{publication.title}}{{/previous}}</p>
            <p class="dotted">{{#partnership.contact.website}}web{{/partnership.contact.website}}\
            {{^partnership.contact.website}}no web{{/partnership.contact.website}}</p>
            <p class="dotted">{{#partnership}}{{contact.phone}}{{/partnership}} {{ page.title }} {{& page.summary}}</p>

            """
        for project in [standIns, engine] {
            try project.edit("Templates/chapter.mustache") { lines + $0 }
            try project.edit("Content/beta/partnership.yaml") { $0.replacingOccurrences(of: "  phone: 01234 567890\n", with: "") }
        }
        for url in try FileManager.default.subpathsOfDirectory(atPath: engine.root.appendingPathComponent("Templates").path)
        where url.hasSuffix(".mustache") {
            try engine.edit("Templates/\(url)") { "{{! {{< }}\n" + $0 }
        }
        #expect(standIns.build().errors.isEmpty)
        #expect(engine.build().errors.isEmpty)
        try standIns.expectSameOutput(as: engine, "dotted names are found by the engine")
        standIns.expect(TestProject.introduction, ["<p class=\"dotted\">no web</p>", "<p class=\"dotted\">01234 567890 Introduction"])
    }
}
