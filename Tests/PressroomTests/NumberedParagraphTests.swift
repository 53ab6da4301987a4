import Foundation
import Testing

@testable import Pressroom

/// A report's paragraphs that start with their number (`2.18 The council…`) get an id, and the
/// number links to its paragraph, so that people can cite it and other chapters link to it,
/// on the web and in the print document.
@Suite struct NumberedParagraphTests {
    static let introductionSource = "Content/alpha/strategy/01-introduction.md"
    static let printPage = "Output/alpha/strategy/print/index.html"

    /// The minimal partnership as a report, with the given chapter bodies.
    private func report(_ introduction: String, priorities: String? = nil, kind: String = "report") -> String {
        TestProject.minimalPartnership() + """

            -- Content/alpha/strategy/publication.yaml --
            title: Report to the Executive Board
            period: 2023–2025
            kind: \(kind)

            """
            + TestProject.chapter(introduction)
            + (priorities.map { TestProject.chapter($0, file: "Content/alpha/strategy/02-priorities.md", title: "Our priorities") } ?? "")
    }

    @Test func aReportsNumberedParagraphHasAnIdAndLinksToItself() throws {
        let project = try TestProject(
            report(
                """

                2.17 The Home Office has asked Crest Advisory to help.

                2.18 [The Home Office](https://www.gov.uk/) has set a series of requirements.

                Prose after it is not numbered.
                """))
        let build = project.build()
        #expect(build.diagnostics.isEmpty, "\(build.listing)")
        project.expect(
            TestProject.introduction,
            [
                ##"<p class="numbered-paragraph" id="para-2-17"><a class="numbered-paragraph__number" href="#para-2-17"><span class="visually-hidden">Paragraph </span>2.17</a> The Home Office has asked Crest Advisory to help.</p>"##,
                ##"<p class="numbered-paragraph" id="para-2-18"><a class="numbered-paragraph__number" href="#para-2-18"><span class="visually-hidden">Paragraph </span>2.18</a> <a href="https://www.gov.uk/">The Home Office</a> has set"##,
                "<p>Prose after it is not numbered.</p>",
            ])
    }

    @Test func aNumberedParagraphMayRunIntoAList() throws {
        let project = try TestProject(report("\n2.1 The council must:\n(1) assess the needs;\n(2) write a strategy.\n"))
        let build = project.build()
        #expect(build.diagnostics.isEmpty, "\(build.listing)")
        project.expect(
            TestProject.introduction,
            [
                ##"<span class="visually-hidden">Paragraph </span>2.1</a> The council must:</p>"## + "\n"
                    + #"<ol class="written-list" role="list">"#,
                #"<li><span class="written-list__marker">(2)</span> write a strategy.</li>"#,
            ])
    }

    @Test func numbersThatStartASentenceStayProse() throws {
        let project = try TestProject(
            report(
                """

                2.5 million people live in the county.

                2.5% of incidents were recorded twice.

                1.5.2023 was a bank holiday.

                > 3.1 Quoted from another report.

                - 3.2 In a list.
                """))
        let build = project.build()
        #expect(build.diagnostics.isEmpty, "\(build.listing)")
        project.expect(
            TestProject.introduction,
            [
                "<p>2.5 million people live in the county.</p>", "<p>2.5% of incidents were recorded twice.</p>",
                "<p>3.1 Quoted from another report.</p>", "3.2 In a list.", "! numbered-paragraph",
            ])
    }

    @Test func onlyAReportNumbersItsParagraphs() throws {
        let project = try TestProject(report("\n2.18 The council will act.\n", kind: "strategy"))
        let build = project.build()
        #expect(build.diagnostics.isEmpty, "\(build.listing)")
        project.expect(TestProject.introduction, ["<p>2.18 The council will act.</p>", "! para-2-18"])
    }

    @Test func anotherChapterLinksToANumberedParagraphOnTheWebAndInPrint() throws {
        let project = try TestProject(
            report(
                "\n## Background\n\n2.18 The council will act.\n\nSee [paragraph 2.18](#para-2-18).\n",
                priorities: "\nAs [paragraph 2.18](01-introduction.md#para-2-18) says.\n"))
        let build = project.build()
        #expect(build.diagnostics.isEmpty, "\(build.listing)")
        project.expect(
            "Output/alpha/strategy/priorities/index.html", [#"<a href="../introduction/index.html#para-2-18">paragraph 2.18</a>"#])
        project.expect(TestProject.introduction, [##"<a href="#para-2-18">paragraph 2.18</a>"##])
        let html = try project.read(Self.printPage)
        #expect(html.contains(#"<p class="numbered-paragraph" id="chapter-introduction--para-2-18">"#))
        #expect(html.contains(##"<a class="numbered-paragraph__number" href="#chapter-introduction--para-2-18">"##))
        #expect(html.contains(##"<a href="#chapter-introduction--para-2-18">paragraph 2.18</a> says."##))
        let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.1) }
        #expect(Set(ids).count == ids.count, "ids repeat: \(ids)")
        let css = try project.read("Output/assets/print-document.css")
        #expect(css.contains(".chapter__body p > a.numbered-paragraph__number::after { content: none; }"), "no page number after it")
    }

    @Test func aParagraphNumberUsedTwiceIsAnErrorWhereItIsUsedAgain() throws {
        let project = try TestProject(report("\n2.1 The first.\n"))
        let build = try project.buildFailsAfter(
            TestProject.chapter("\n2.1 The first.\n\n2.2 The second.\n\n  2.1 The first again.\n"))
        let error = build.expectError(in: Self.introductionSource, line: 10, column: 3, "paragraph 2.1 is numbered twice in this chapter")
        #expect(error?.message.contains("(first on line 6)") == true, "\(build.listing)")
    }

    @Test func aLinkToAParagraphThatIsNotThereSaysWhichAre() throws {
        let project = try TestProject(
            report("\n2.1 The first.\n\n2.2 The second.\n", priorities: "\nSee [it](01-introduction.md#para-2.2).\n"))
        let build = project.build()
        let error = build.expectError(
            in: "Content/alpha/strategy/02-priorities.md", line: 6, "'#para-2.2' is not a numbered paragraph in \(Self.introductionSource)")
        #expect(error?.message.contains("(did you mean 'para-2-2'?)") == true, "\(build.listing)")
        #expect(error?.message.contains("#para-2-1 to #para-2-2") == true, "\(build.listing)")
    }

    @Test func aHeadingNeverTakesAParagraphsId() throws {
        let project = try TestProject(report("\n## Para 2.1\n\n2.1 The first.\n\n[Up](#para-2-1-heading)\n"))
        let build = project.build()
        #expect(build.diagnostics.isEmpty, "\(build.listing)")
        project.expect(TestProject.introduction, [#"<h2 id="para-2-1-heading">"#, #"<p class="numbered-paragraph" id="para-2-1">"#])
    }
}
