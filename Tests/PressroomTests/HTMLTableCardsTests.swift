import Foundation
import Testing

@testable import Pressroom

/// On narrow screens a table's rows become cards: every cell carries the plain text of its
/// column's heading as `data-label`, the table is marked `data-table--cards`, and its parts state
/// their ARIA roles so that laying them out as blocks keeps the table's semantics.
@Suite struct HTMLTableCardsTests {
    private let columns = [
        HTMLTable.Cell(html: "Measure"),
        HTMLTable.Cell(html: "<strong>Crime</strong> &amp; <em>disorder</em>", numeric: true),
        HTMLTable.Cell(html: "Say &quot;when&quot; <span aria-hidden=\"true\">▲</span>"),
        HTMLTable.Cell(
            html: "Latest<br>figure<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" aria-label=\"Note 1\">[1]</a></sup>"),
    ]

    private func table(_ bodies: [[[HTMLTable.Cell]]], cards: Bool = true) -> String {
        HTMLTable(id: "table-1", captionHTML: "Less <em>violence</em>", columns: columns, bodies: bodies, cardsOnNarrowScreens: cards)
            .render()
    }

    private let row: [HTMLTable.Cell] = [
        .init(html: "Homicides", role: .rowHeader), .init(html: "5", numeric: true), .init(html: "Yes"), .init(html: "7"),
    ]

    @Test func everyCellIsLabelledWithThePlainTextOfItsHeading() {
        let html = table([[row]])
        #expect(html.contains(#"<th scope="row" role="rowheader" data-label="Measure">Homicides</th>"#), "\(html)")
        #expect(html.contains(#"<td role="cell" class="num" data-label="Crime &amp; disorder">5</td>"#), "\(html)")
        #expect(html.contains(#"<td role="cell" data-label="Say &quot;when&quot;">Yes</td>"#), "aria-hidden content is left out: \(html)")
        #expect(html.contains(#"<td role="cell" data-label="Latest figure">7</td>"#), "note markers are left out: \(html)")
    }

    @Test func theTableIsMarkedForCardsAndKeepsItsCaptionAndRoles() {
        let html = table([[row]])
        #expect(html.hasPrefix(#"<div class="table-scroll" role="region" aria-labelledby="table-1" tabindex="0">"#))
        #expect(html.contains(#"<table class="data-table data-table--cards" role="table">"#))
        #expect(html.contains(#"<caption id="table-1">Less <em>violence</em></caption>"#))
        #expect(html.contains(#"<thead role="rowgroup">"#) && html.contains(#"<tbody role="rowgroup">"#))
        #expect(html.contains(#"<tr role="row"><th scope="col" role="columnheader">Measure</th>"#))
        #expect(html.contains(#"<th scope="col" role="columnheader" class="num"><strong>Crime</strong> &amp; <em>disorder</em></th>"#))
        #expect(!html.contains("<thead data-label"), "headings need no label")
    }

    @Test func cellsBesideARowGroupHeaderAreLabelledByTheirOwnColumn() {
        let outcome = HTMLTable.Cell(html: "Fewer knife crimes", role: .rowGroupHeader, rowSpan: 2)
        let first = [outcome, .init(html: "Knife crime", role: .rowHeader), .init(html: "Reduce"), .init(html: "1,234")]
        let second = [HTMLTable.Cell(html: "Admissions", role: .rowHeader), .init(html: "Reduce"), .init(html: "112")]
        let html = table([[first, second], [[.init(html: "Safer streets", role: .rowGroupHeader), .init(html: "None yet")]]])
        #expect(html.contains(#"<th scope="rowgroup" role="rowheader" rowspan="2" data-label="Measure">Fewer knife crimes</th>"#))
        #expect(html.contains(#"<th scope="row" role="rowheader" data-label="Crime &amp; disorder">Knife crime</th>"#))
        #expect(html.contains(#"<tr role="row"><th scope="row" role="rowheader" data-label="Crime &amp; disorder">Admissions</th>"#))
        #expect(
            html.contains(
                #"<td role="cell" data-label="Say &quot;when&quot;">Reduce</td><td role="cell" data-label="Latest figure">112</td>"#))
        #expect(html.contains(#"<td role="cell" data-label="Crime &amp; disorder">None yet</td>"#), "a new row group starts afresh")
    }

    @Test func aTableCanKeepItsSidewaysScrollingOnNarrowScreens() {
        let html = table([[row]], cards: false)
        #expect(html.contains(#"<table class="data-table">"#))
        #expect(html.contains(#"<tr><th scope="row">Homicides</th><td class="num">5</td><td>Yes</td><td>7</td></tr>"#), "\(html)")
        #expect(!html.contains("data-label") && !html.contains("role=\"cell\""))
    }

    @Test func plainTextDecodesEntitiesAndCollapsesSpaces() {
        #expect(
            HTMLTable.plainText("  Rate&nbsp;per\n1,000 &#8211; &#x2014; &lt;5&gt; &unknown; & more ")
                == "Rate per 1,000 – — <5> &unknown; & more")
        #expect(HTMLTable.plainText("<a href=\"x\">Linked</a> <img src=\"a.png\" alt=\"\"> text") == "Linked text")
        #expect(HTMLTable.plainText("Broken <span") == "Broken <span")
    }

    @Test(arguments: [
        ("Rate per 1,000", "Rate per 1,000", true), ("", "", true), (" Rate", "Rate", false), ("Rate ", "Rate", false),
        ("Rate  per", "Rate per", false), ("Rate\tper", "Rate per", false), ("£5m", "£5m", false),
        ("Rate\u{A0}per", "Rate per", false), ("Rate\u{85}per", "Rate per", false), ("A &amp; B", "A & B", false),
    ])
    func textThatIsAlreadyPlainIsKeptAsItIs(html: String, text: String, plain: Bool) {
        #expect(HTMLTable.isPlain(html) == plain)
        #expect(HTMLTable.plainText(html) == text)
    }

    @Test func measureAndMarkdownTablesOnBuiltPagesBecomeCards() throws {
        let body = """

            ```measure-table
            outcome: fewer-knife-crimes
            ```

            Table: Crimes by type

            | Crime **type** | Crimes &amp; offences |
            |---|---:|
            | Robbery | 131 |
            """
        let project = try TestProject(TestProject.minimalPartnership() + MeasureTests.data + TestProject.chapter(body))
        let report = project.build()
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<table class="data-table data-table--cards" role="table">"#,
                #"<th scope="row" role="rowheader" data-label="Measure">Knife crime offences</th>"#,
                #"data-label="Latest figure">1,234 <span class="period">(2022/23)</span></td>"#,
                #"data-label="Direction of travel"><span class="trend trend--better"><strong>Better</strong></span></td>"#,
                #"<th scope="row" role="rowheader" data-label="Crime type">Robbery</th>"#,
                #"<td role="cell" class="num" data-label="Crimes &amp; offences">131</td>"#,
            ])
    }
}
