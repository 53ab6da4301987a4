import Foundation
import Testing

@testable import Pressroom

/// A list section holding nothing but a shared item partial is made in one step from the items'
/// shared texts (`SharedLists`), with the same bytes as the template engine going through them.
@Suite struct SharedListsTests {
    private func rewrite(_ source: String) -> (text: String, sections: [SharedLists.Section])? {
        SharedLists.rewrite(source, items: ["item"]) { "(list)/\($0.list)" }
    }

    @Test func onlyASectionOfThreeLinesAroundAnItemPartialIsRewritten() {
        let found = rewrite(
            "<ul>\n{{#nav}}\n{{> item}}\n{{/nav}}\n</ul>\n{{# publication.chapters }}\n{{>item}}\n{{/publication.chapters}}")
        #expect(found?.text == "<ul>\n{{> (list)/nav}}\n</ul>\n{{> (list)/publication.chapters}}")
        #expect(found?.sections == [.init(list: "nav", partial: "item"), .init(list: "publication.chapters", partial: "item")])
        for source in [
            "{{#nav}}\n {{> item}}\n{{/nav}}\n",  // indented
            "{{#nav}}\n{{> other}}\n{{/nav}}\n",  // not an item partial
            "{{^nav}}\n{{> item}}\n{{/nav}}\n",  // shown when the list is empty
            "{{#nav}}\n{{> item}}\n{{/menu}}\n",  // closes another section
            "{{#nav}}\n{{> item}}\n<hr>\n{{/nav}}\n",  // more in the section
            "{{#nav}} \n{{> item}}\n{{/nav}}\n",  // a space after the tag
            "{{#.}}\n{{> item}}\n{{/.}}\n",  // the current value
            "{{#nav}}\r\n{{> item}}\r\n{{/nav}}\r\n",  // Windows line endings
        ] {
            #expect(rewrite(source) == nil, "\(source)")
        }
    }

    /// Written out in place, item by item, every file must come out byte for byte the same,
    /// including where the list is found below another section's view (the menu, here) and
    /// where it is absent (the breadcrumbs of a home page).
    @Test func listsOfSharedItemsMakeTheSameBytesAsItemsWrittenInPlace() throws {
        let tree = TestProject.minimalPartnership() + TestProject.minimalPartnership(slug: "beta", name: "Beta Partnership")
        let shared = try TestProject(tree)
        let inPlace = try TestProject(tree)
        for project in [shared, inPlace] {
            try project.edit("Templates/partials/header.mustache") {
                $0.replacingOccurrences(
                    of: "{{#nav}}\n{{> partials/nav-item}}\n{{/nav}}\n",
                    with: "{{#site}}\n{{#nav}}\n{{> partials/nav-item}}\n{{/nav}}\n{{/site}}\n")
            }
        }
        #expect(try shared.read("Templates/partials/breadcrumbs.mustache").contains("{{#breadcrumbs}}\n{{> partials/breadcrumb-item}}"))
        #expect(try shared.read("Templates/partials/header.mustache").contains("{{#site}}\n{{#nav}}"))
        for (template, partial) in [("partials/breadcrumbs", "partials/breadcrumb-item"), ("partials/header", "partials/nav-item")] {
            let entry = try inPlace.read("Templates/\(partial).mustache")
            try inPlace.edit("Templates/\(template).mustache") { $0.replacingOccurrences(of: "{{> \(partial)}}\n", with: entry) }
        }
        #expect(shared.build().errors.isEmpty)
        #expect(inPlace.build().errors.isEmpty)
        try shared.expectSameOutput(as: inPlace, "list entries are written in place")
        shared.expect(TestProject.introduction, ["<li><a href=\"../index.html\">", "<li><a href=\"../../index.html\">Home</a></li>"])
    }
}
