import Foundation
import Testing

@testable import Pressroom

/// Phone numbers written in Markdown become tap-to-call links; figures, years and numbers in
/// tables of figures, headings, links and code never do.
@Suite struct PhoneLinkTests {
    /// Builds the minimal partnership with the first chapter's body replaced, and returns the
    /// chapter's body as rendered (between the page's contents list and its pagination).
    private func chapterBody(_ body: String, extra: String = "") throws -> (BuildReport, String) {
        let project = try TestProject(TestProject.minimalPartnership() + TestProject.chapter(body) + extra)
        let report = project.build()
        let page = (try? project.read(TestProject.introduction)) ?? ""
        guard let start = page.range(of: "<div class=\"prose\">"), let end = page.range(of: "<nav class=\"pagination\"") else {
            return (report, "")
        }
        return (report, String(page[start.upperBound..<end.lowerBound]))
    }

    @Test func numbersOnAHelpPageBecomeLinks() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + """

                -- Content/alpha/pages/help.md --
                ---
                title: Help and advice
                summary: Where to get help now.
                ---

                ## In an emergency

                If you or someone else is in danger, call 999. If you cannot speak, you can text 999
                once you have registered.

                ## Other help

                - **Call 101** to report a crime that is not an emergency.
                - Call Crimestoppers on 0800 555 111, or ring
                  101.
                - Phone: 01606 364000
                - Call [Childline](https://www.childline.org.uk) on 0800 1111 to talk to someone.
                - Samaritans are there day and night on 116 123, free from any phone.
                - Call NHS 111 if you need urgent help that is not an emergency.
                - From abroad, call +44 (0)20 7946 0000 or (01606) 364000.
                - Call **999** now, or call 999 or 101.
                """)
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            "Output/alpha/help/index.html",
            [
                #"If you or someone else is in danger, call <a href="tel:999">999</a>."#,
                #"you can text <a href="sms:999">999</a>"#,
                #"<li><strong>Call <a href="tel:101">101</a></strong> to report"#,
                #"Call Crimestoppers on <a href="tel:0800555111">0800 555 111</a>, or ring"#,
                "\n<a href=\"tel:101\">101</a>.</li>",
                #"Phone: <a href="tel:01606364000">01606 364000</a>"#,
                #"on <a href="tel:08001111">0800 1111</a> to talk"#,
                #"on <a href="tel:116123">116 123</a>, free"#,
                #"Call NHS <a href="tel:111">111</a> if"#,
                #"call <a href="tel:+442079460000">+44 (0)20 7946 0000</a> or <a href="tel:01606364000">(01606) 364000</a>."#,
                #"Call <strong><a href="tel:999">999</a></strong> now, or call <a href="tel:999">999</a> or <a href="tel:101">101</a>."#,
            ])
    }

    @Test func figuresYearsAndCountsAreNotPhoneNumbers() throws {
        let (report, body) = try chapterBody(
            """

            In 2023 the police took 999 calls about knives, up from 101 in 2019, and answered on
            101 occasions within 0.999 seconds. The 111 service cost £105 and 1,011 people used it.
            The ratio was 999/1000, 116 was the total, and we called 999 people by 2024. Version
            0800.1 and 01606364000123 are not numbers to call, nor is 2024-01-31 or ref 0800-555.
            """)
        #expect(report.errors.isEmpty, "\(report.listing)")
        #expect(body.contains("took 999 calls about knives"), "\(body)")
        #expect(!body.contains("tel:"), "\(body)")
        #expect(!body.contains("sms:"), "\(body)")
    }

    @Test func numbersInTablesOfFiguresAreNotPhoneNumbers() throws {
        let (report, body) = try chapterBody(
            """

            Table: Calls to the police

            | Year | Calls to 999 | Calls to 101 | Knife crime |
            |---|---:|---:|---:|
            | 2022 | 999 | 101 | {{value knife-crime period=2021/22}} |
            | 2023 | 1,011 | 111 | call 999 {{value knife-crime}} |

            Table: Help lines

            | Service | Phone |
            |---|---|
            | Crimestoppers | 0800 555 111 |
            """)
        #expect(report.errors.isEmpty, "\(report.listing)")
        #expect(body.contains(#"<a href="tel:0800555111">0800 555 111</a>"#), "\(body)")
        #expect(body.components(separatedBy: "tel:").count == 2, "only the help line is a link: \(body)")
        #expect(body.contains(">call 999 1,234<"), "a cell with a figure has no phone links: \(body)")
    }

    @Test func numbersInHeadingsLinksAndCodeAreLeftAlone() throws {
        let (report, body) = try chapterBody(
            """

            ## Call 999 or 0800 555 111

            [Call Crimestoppers on 0800 555 111](tel:0800555111) or see [call 999 advice](02-priorities.md).
            Dial `0800 555 111` from a mobile.

            ```
            call 999
            ```

            Table: Call 101 or 0800 555 111

            | Call 999 | 0800 555 111 |
            |---|---|
            | a | b |
            """)
        #expect(report.errors.isEmpty, "\(report.listing)")
        #expect(body.contains(#"<h2 id="call-999-or-0800-555-111">Call 999 or 0800 555 111</h2>"#), "\(body)")
        #expect(body.contains(#"<a href="tel:0800555111">Call Crimestoppers on 0800 555 111</a>"#), "\(body)")
        #expect(body.contains(#">call 999 advice</a>"#), "\(body)")
        #expect(body.contains("<code>0800 555 111</code>"), "\(body)")
        #expect(body.components(separatedBy: "tel:").count == 2, "only the written link: \(body)")
    }

    /// The finder alone, on the forms people write, and on the figures it must leave alone.
    @Test(arguments: [
        ("Call 0300 123 5101 today", #"Call <a href="tel:03001235101">0300 123 5101</a> today"#),
        ("020 7946 0000", #"<a href="tel:02079460000">020 7946 0000</a>"#),
        ("01823 334 244.", #"<a href="tel:01823334244">01823 334 244</a>."#),
        ("0808 2000 247 (free)", #"<a href="tel:08082000247">0808 2000 247</a> (free)"#),
        ("+44 1606 364000", #"<a href="tel:+441606364000">+44 1606 364000</a>"#),
        ("0800 555 111 24 hours a day", #"<a href="tel:0800555111">0800 555 111</a> 24 hours a day"#),
        ("Text: 07860 027573", #"Text: <a href="sms:07860027573">07860 027573</a>"#),
        ("call 105 in a power cut", #"call <a href="tel:105">105</a> in a power cut"#),
        ("call 999 & 101", #"call <a href="tel:999">999</a> &amp; 101"#),
        ("Ring 111", #"Ring <a href="tel:111">111</a>"#),
        ("We took 999 calls", "We took 999 calls"),
        ("on 101 occasions", "on 101 occasions"),
        ("the police on 101.", #"the police on <a href="tel:101">101</a>."#),
        ("call 9999", "call 9999"),
        ("call 999th", "call 999th"),
        ("1999 and 2101", "1999 and 2101"),
        ("0800 555", "0800 555"),
        ("00 44 20 7946 0000", "00 44 20 7946 0000"),
        ("4.0800 555 111", "4.0800 555 111"),
        ("call 0800 1111", #"call <a href="tel:08001111">0800 1111</a>"#),
        ("0800 1111", "0800 1111"),
        ("£0.999 <b>", "£0.999 &lt;b&gt;"),
    ])
    func finder(_ text: String, _ html: String) {
        #expect(PhoneLinks.html(text) == html)
    }
}
