import Foundation
import Testing

@testable import Pressroom

/// The Markdown renderer serves a web page and a document holding several chapters in one
/// HTML: each chapter gets its own id prefix, and the resolver decides what a link becomes.
@Suite struct RendererScopeTests {
    /// A resolver for one document holding every chapter: a link to another chapter becomes a
    /// fragment inside the document.
    struct OneDocument: MarkdownResolver {
        let prefixes: [String: String]

        func link(_ url: String, at location: Pressroom.SourceLocation) throws(ContentError) -> String {
            let (path, fragment) = PageLinks.split(url)
            guard let prefix = prefixes[path] else { throw ContentError(location, "no chapter '\(path)'") }
            return "#" + prefix + (fragment ?? "top")
        }
        func image(_ url: String, at location: Pressroom.SourceLocation) throws(ContentError) -> String { url }
        func component(_ name: String, _ body: String, at location: Pressroom.SourceLocation, tableID: String) throws(ContentError)
            -> String?
        {
            nil
        }
        func figure(_ name: String, _ arguments: String, at location: Pressroom.SourceLocation) throws(ContentError) -> String { "" }
    }

    private func render(_ text: String, prefix: String, log: DiagnosticLog) -> RenderedMarkdown {
        let document = MarkdownDocument(parsing: text, path: "Content/a/\(prefix).md", firstLine: 1)
        let resolver = OneDocument(prefixes: ["one.md": "one-", "two.md": "two-"])
        return HTMLRenderer(
            document: document, resolver: resolver, scope: IDScope(prefix: prefix.isEmpty ? "" : prefix + "-", reserved: ["main"]), log: log
        )
        .render()
    }

    @Test func chaptersInOneDocumentHaveDistinctIdsAndLinkByFragment() {
        let log = DiagnosticLog()
        let text =
            "## Summary\n\nSee [the other](two.md#summary) and [here](#summary).[^1]\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n[^1]: A note.\n"
        let one = render(text, prefix: "one", log: log)
        let two = render(text.replacingOccurrences(of: "two.md", with: "one.md"), prefix: "two", log: log)
        #expect(log.all.filter { $0.severity == .error }.isEmpty, "\(log.all)")
        #expect(one.html.contains("<h2 id=\"one-summary\">"))
        #expect(two.html.contains("<h2 id=\"two-summary\">"))
        #expect(one.html.contains("href=\"#two-summary\""), "a link to another chapter becomes a fragment")
        #expect(one.html.contains("href=\"#one-summary\""), "a link inside the chapter keeps to the chapter")
        #expect(one.html.contains("id=\"one-fn-1\"") && one.html.contains("href=\"#one-fn-1\""))
        #expect(one.html.contains("id=\"one-table-1\""))
        let ids = (one.html + two.html).matches(of: /id="([^"]+)"/).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count, "ids repeat: \(ids)")
        #expect(one.anchors.isDisjoint(with: two.anchors))
    }

    @Test func headingIdsAvoidTheTemplatesIds() {
        let log = DiagnosticLog()
        let page = render("## Main\n\nText.\n\n## Main\n", prefix: "", log: log)
        #expect(page.headings.map(\.id) == ["main-2", "main-3"])
    }
}
