import Foundation
import Testing

@testable import Pressroom

/// Every publication is also one document made for print, from which its PDF is made: every
/// chapter in order, ids unique across the document, links between chapters inside it.
@Suite struct PrintDocumentTests {
    static let chapters =
        TestProject.minimalPartnership()
        + TestProject.chapter(
            """
            ## Our approach

            See [our priorities](02-priorities.md) and [what we will do first](02-priorities.md#first-steps).[^1]

            ## Summary

            Jump to [our approach](#our-approach).

            [^1]: A note.
            """)
        + TestProject.chapter(
            """
            ## Summary

            ### First steps

            Back to [the introduction](01-introduction.md#our-approach). Help is on [our help page](../pages/help.md).
            """, file: "Content/alpha/strategy/02-priorities.md", title: "Priorities")

    static let printPage = "Output/alpha/strategy/print/index.html"

    @Test func everyChapterIsInOneDocumentWithUniqueIds() throws {
        let project = try TestProject(Self.chapters)
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        let html = try project.read(Self.printPage)
        let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.1) }
        #expect(ids.count > 8)
        #expect(Set(ids).count == ids.count, "ids repeat: \(ids)")
        for fragment in html.matches(of: /href="#([^"]*)"/).map({ String($0.1) }) {
            #expect(ids.contains(fragment), "#\(fragment) points at nothing")
        }
        let introduction = try #require(html.range(of: "<section class=\"chapter\" id=\"chapter-introduction\""))
        let priorities = try #require(html.range(of: "<section class=\"chapter\" id=\"chapter-priorities\""))
        #expect(introduction.lowerBound < priorities.lowerBound, "chapters in order")
        #expect(html.contains("<a href=\"#chapter-priorities\">our priorities</a>"), "a link to a chapter stays inside the document")
        #expect(html.contains("<a href=\"#chapter-priorities--first-steps\">"))
        #expect(html.contains("<a href=\"#chapter-introduction--our-approach\">"))
        #expect(html.contains("<h3 id=\"chapter-introduction--our-approach\">"), "a chapter's ## is a level-3 heading under its title")
        #expect(html.contains("<h4 id=\"chapter-priorities--first-steps\">"))
        #expect(html.contains("href=\"../../help/index.html\""), "a link to another page of the site still works")
        #expect(html.contains("<li><a href=\"#chapter-introduction\">"), "the contents link to each chapter")
    }

    @Test func theDocumentHasACoverAndABackPageButNoSiteNavigation() throws {
        let project = try TestProject(Self.chapters)
        #expect(project.build().errors.isEmpty)
        let html = try project.read(Self.printPage)
        #expect(html.contains("<h1 class=\"cover__title\">Serious Violence Strategy</h1>"))
        #expect(html.contains("<p class=\"cover__period\">2024–2029</p>"))
        #expect(html.contains("Email us for large print, easy read or another language."))
        #expect(html.contains("assets/print-document.css"))
        #expect(!html.contains("site-nav"), "no site navigation in print")
        #expect(!html.contains("leave-site"), "no leave-this-site button in print")
        let contents = try project.read("Output/alpha/strategy/index.html")
        #expect(contents.contains("<a href=\"print/index.html\">The whole publication on one page, to print</a>"))
        #expect(!contents.contains("contents-tags"), "a publication without tags has no page of tags to offer")
        #expect(!contents.contains("Download the PDF"), "no PDF was made")
    }

    @Test func withoutThePDFEngineTheBuildSaysSoAndWritesNothing() throws {
        let project = try TestProject(Self.chapters)
        let options = BuildOptions(makePDFs: true, pdfEngine: URL(fileURLWithPath: "/nonexistent/weasyprint"))
        let report = Pipeline.build(project.folder, options: options)
        #expect(
            report.errors.contains {
                $0.location.path == "Output" && $0.message.contains("the PDF engine (WeasyPrint 70.0) is not installed")
            },
            "\(report.listing)")
        let output = project.root.appendingPathComponent("Output").path
        #expect(!FileManager.default.fileExists(atPath: output), "a failed build writes nothing")
    }

    @Test func aPDFIsMadeAndOfferedWithItsPagesAndSize() throws {
        let project = try TestProject(Self.chapters)
        let engine = try #require(PDFEngine.find(project: project.folder), "the PDF engine is installed by scripts/install-pdf-engine.sh")
        let report = Pipeline.build(project.folder, options: BuildOptions(makePDFs: true, pdfEngine: engine.executable))
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        let pdf = try project.data("Output/alpha/strategy/alpha-strategy.pdf")
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        let contents = try project.read("Output/alpha/strategy/index.html")
        let label = try #require(contents.firstMatch(of: /Download the PDF \((\d+) pages, (\d+) KB\)/))
        #expect(Int(label.1) ?? 0 >= 4, "cover, contents, two chapters and a back page")
        #expect(contents.contains("<a href=\"alpha-strategy.pdf\" type=\"application/pdf\">"))
    }

    /// A tagged PDF needs alt text on every image it shows; a decorative image (empty alt) stays
    /// on the web page and off paper, so that the PDF is made without an error.
    @Test func aDecorativeImageDoesNotStopThePDF() throws {
        let project = try TestProject(
            TestProject.minimalPartnership()
                + TestProject.chapter("\n![decorative](swirl.svg)\n\nOur plan.\n")
                + "-- Content/alpha/strategy/swirl.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"8\" height=\"8\"></svg>\n")
        let engine = try #require(PDFEngine.find(project: project.folder), "the PDF engine is installed by scripts/install-pdf-engine.sh")
        let report = Pipeline.build(project.folder, options: BuildOptions(makePDFs: true, pdfEngine: engine.executable))
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        #expect(try project.read(Self.printPage).contains("alt=\"\""), "the image is in the print document, for browsers")
        #expect(try project.data("Output/alpha/strategy/alpha-strategy.pdf").starts(with: Data("%PDF-".utf8)))
    }
}

extension PrintDocumentTests {
    @Test func aSiteCanBeBuiltWithoutPrintDocuments() throws {
        let project = try TestProject(Self.chapters)
        var options = BuildOptions()
        options.makePrintDocuments = false
        #expect(Pipeline.build(project.folder, options: options).errors.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent(Self.printPage).path))
        let contents = try project.read("Output/alpha/strategy/index.html")
        #expect(!contents.contains("Print or download"), "nothing to print is offered")
    }
}

extension PrintDocumentTests {
    @Test func withABaseURLLinksToOtherPagesAreWebAddresses() throws {
        let project = try TestProject(Self.chapters)
        try project.write("Content/site.yaml", "title: Partnerships\nbase_url: https://example.org/csp\n")
        #expect(project.build().errors.isEmpty)
        let html = try project.read(Self.printPage)
        #expect(html.contains("href=\"https://example.org/csp/alpha/help/\""), "a PDF read away from the site still reaches the page")
        #expect(html.contains("<a href=\"#chapter-priorities\">our priorities</a>"), "links between chapters stay inside")
        #expect(html.contains("Read it online: <a href=\"https://example.org/csp/alpha/strategy/\">"))
    }
}
