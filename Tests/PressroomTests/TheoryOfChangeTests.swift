import Foundation
import Testing

@testable import Pressroom

/// A priority's theory of change written as a `theory-of-change` block: a table whose columns
/// keep the order the partnership publishes, cards with arrows on narrow screens and in print,
/// and every problem in the block reported where it was written.
@Suite struct TheoryOfChangeTests {
    static let theory = """

        ```theory-of-change
        caption: Theory of change for priority 1
        priority: "Priority 1: tackle alcohol and drugs"
        stages: [output-kpis, outcome-kpis, long-term, short-term]
        activities:
          - activity: 1CLIC programme
            description: Find and support people at risk of county lines exploitation.
            output-kpis:
              - More referrals to treatment
              - More victims of cuckooing identified
            outcome-kpis: Better intelligence on county lines
            long-term: People stop misusing drugs for good
            short-term: Fewer deaths from drugs
          - activity: Joint work on drugs
            short-term: Fewer drug-related deaths
            output-kpis: More joint messages
        ```
        """

    @Test func theColumnsKeepThePublishedOrder() throws {
        let (project, report) = try TestProject.buildingIntroduction(Self.theory)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        let headings = [
            "Priority", "Activities and interventions", "Output KPIs", "Outcome KPIs", "Long-term outcomes", "Short-term outcomes",
        ]
        project.expect(
            TestProject.introduction,
            [
                #"<table class="data-table data-table--cards data-table--theory" role="table">"#,
                #"<caption id="table-1">Theory of change for priority 1</caption>"#,
                #"<tr role="row">"# + headings.map { #"<th scope="col" role="columnheader">\#($0)</th>"# }.joined() + "</tr>",
            ])
    }

    @Test func eachActivityIsARowUnderItsPriority() throws {
        let (project, report) = try TestProject.buildingIntroduction(Self.theory)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<tr role="row"><th scope="rowgroup" role="rowheader" rowspan="2" data-label="Priority">Priority 1: tackle alcohol and drugs</th>"#
                    + #"<th scope="row" role="rowheader" data-label="Activities and interventions"><span class="theory__activity">1CLIC programme</span> "#
                    + #"<span class="theory__description">Find and support people at risk of county lines exploitation.</span></th>"#
                    + #"<td role="cell" class="theory__stage theory__stage--follows" data-label="Output KPIs"><ul class="plan-list">"#
                    + "\n<li>More referrals to treatment</li>\n<li>More victims of cuckooing identified</li>\n</ul>\n</td>"
                    + #"<td role="cell" class="theory__stage theory__stage--follows" data-label="Outcome KPIs">Better intelligence on county lines</td>"#
                    + #"<td role="cell" class="theory__stage theory__stage--follows" data-label="Long-term outcomes">People stop misusing drugs for good</td>"#
                    + #"<td role="cell" class="theory__stage" data-label="Short-term outcomes">Fewer deaths from drugs</td></tr>"#,
                // The second activity, in the same columns whatever the order of its keys; a stage it leaves out says so.
                #"<tr role="row"><th scope="row" role="rowheader" data-label="Activities and interventions"><span class="theory__activity">Joint work on drugs</span></th>"#
                    + #"<td role="cell" class="theory__stage theory__stage--follows" data-label="Output KPIs">More joint messages</td>"#
                    + #"<td role="cell" class="theory__stage theory__stage--follows" data-label="Outcome KPIs"><span class="plan-none">None</span></td>"#,
            ])
    }

    @Test func withoutStagesTheColumnsFollowTheChainAsFarAsItIsUsed() throws {
        let (project, report) = try TestProject.buildingIntroduction(
            """

            ```theory-of-change
            priority: Children and young people
            activities:
              - activity: Turnaround
                long-term: Fewer young people enter the justice system
                outputs: Children taking part
                short-term: Less reoffending
            ```
            """)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        let headings = ["Priority", "Activities and interventions", "Outputs", "Short-term outcomes", "Long-term outcomes"]
        project.expect(
            TestProject.introduction,
            [
                #"<caption id="table-1">Children and young people</caption>"#,
                #"<tr role="row">"# + headings.map { #"<th scope="col" role="columnheader">\#($0)</th>"# }.joined() + "</tr>",
                "! Output KPIs",
            ])
    }

    @Test func everyProblemInATheoryOfChangeIsReportedWhereItIsWritten() throws {
        let report = try TestProject.failingIntroduction(
            """

            ```theory-of-change
            stages: [output-kpis, outcome-kpi, long-term]
            activities:
              - activity: Turnaround
                short-term: Less reoffending
                outputs: More referrals
              - description: No name here
              - activity: turnaround
                measures: Something
            ```
            """)
        let file = TestProject.introductionSource
        report.expectError(in: file, line: 7, column: 1, "missing `priority:`")
        report.expectError(in: file, line: 7, column: 23, "unknown stage 'outcome-kpi' (did you mean 'outcome-kpis'?)")
        report.expectError(in: file, line: 10, column: 5, "'short-term' is not one of this block's `stages`")
        report.expectError(in: file, line: 11, column: 5, "'outputs' is not one of this block's `stages`")
        report.expectError(in: file, line: 12, column: 5, "an activity without its name; add `activity: …`")
        report.expectError(in: file, line: 13, column: 5, "the activity 'turnaround' is listed twice (first on line 9)")
        report.expectError(in: file, line: 14, column: 5, "unknown key 'measures' in an activity")
        #expect(report.errors.count == 7, "\(report.listing)")
    }

    @Test func theTheoryOfChangeIsPrintedAsCardsInThePublishedOrder() throws {
        let (project, report) = try TestProject.buildingIntroduction(Self.theory)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        let html = try project.read(TestProject.strategyPrint)
        #expect(html.contains(#"<table class="data-table data-table--cards data-table--theory" role="table">"#))
        let order = [
            "1CLIC programme", "More referrals to treatment", "Better intelligence", "People stop misusing", "Fewer deaths from drugs",
        ]
        let positions = order.compactMap { html.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted(), "stages out of order in print")
        let css = try project.read("Output/assets/print-document.css")
        #expect(css.contains(".data-table--theory tr { padding: 2.5mm 0 3mm;"))
        #expect(css.contains(".data-table--theory td.theory__stage--follows {"))
    }
}
