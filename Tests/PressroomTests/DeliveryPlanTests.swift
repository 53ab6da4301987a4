import Foundation
import Testing

@testable import Pressroom

/// A delivery plan written as a `delivery-plan` block: a table with a group of rows per
/// workstream, a row per status and a column per level of prevention, under a key; every
/// problem in the block reported where it was written; and the same table in print.
@Suite struct DeliveryPlanTests {
    static let plan = """

        ```delivery-plan
        caption: Our delivery plan
        programme: Serious Violence Prevention Programme
        workstreams:
          - workstream: "Workstream 1: Prevention"
            primary:
              established:
                - Health visiting
                - School nursing
              developing:
                - A & B "train the trainer" model
            tertiary:
              established:
                - Educational psychology
              aspirational:
                - activity: Support to prevent repeat child removals
                  programme: collaboration
          - workstream: "Workstream 2: Culture and workforce"
            established:
              - Training in trauma-informed practice
            developing or aspirational:
              - Public campaigns on trauma
        ```
        """

    @Test func aDeliveryPlanIsATableOfWorkstreamsStatusesAndLevels() throws {
        let (project, report) = try TestProject.buildingIntroduction(Self.plan)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<table class="data-table data-table--cards data-table--plan" role="table">"#,
                #"<caption id="table-1">Our delivery plan</caption>"#,
                #"<tr role="row"><th scope="col" role="columnheader">Workstream</th><th scope="col" role="columnheader">Status</th>"#
                    + #"<th scope="col" role="columnheader">Primary<span class="data-table__description">"#,
                #"<th scope="col" role="columnheader">Secondary<span class="data-table__description">"#,
                #"<th scope="col" role="columnheader">Tertiary<span class="data-table__description">"#,
                // A group of rows per workstream, headed by its name; a row per status, headed by it in words.
                #"<tr role="row"><th scope="rowgroup" role="rowheader" rowspan="3" data-label="Workstream">Workstream 1: Prevention</th>"#
                    + #"<th scope="row" role="rowheader" data-label="Status"><span class="plan-status plan-status--established">Established</span></th>"#
                    + #"<td role="cell" data-label="Primary"><ul class="plan-list">"#
                    + "\n<li>Health visiting</li>\n<li>School nursing</li>\n</ul>\n</td>"
                    + #"<td role="cell" data-label="Secondary"><span class="plan-none">None</span></td>"#
                    + #"<td role="cell" data-label="Tertiary"><ul class="plan-list">"# + "\n<li>Educational psychology</li>",
                #"<th scope="row" role="rowheader" data-label="Status"><span class="plan-status plan-status--developing">Developing</span></th>"#,
                "<li>A &amp; B &quot;train the trainer&quot; model</li>",
                #"<th scope="row" role="rowheader" data-label="Status"><span class="plan-status plan-status--aspirational">Aspirational</span></th>"#,
            ])
    }

    @Test func theKeyStatesWhatEachStatusMeans() throws {
        let (project, report) = try TestProject.buildingIntroduction(Self.plan)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        let html = try project.read(TestProject.introduction)
        project.expect(
            TestProject.introduction,
            [
                #"<div class="plan-key">"# + "\n" + #"<p class="plan-key__heading">Key</p>"#,
                #"<div><dt><span class="plan-status plan-status--established">Established</span></dt><dd>In place and being delivered.</dd></div>"#,
                #"<div><dt><span class="plan-status plan-status--developing">Developing</span></dt><dd>Being piloted, or about to start.</dd></div>"#,
                #"<div><dt><span class="plan-status plan-status--aspirational">Aspirational</span></dt><dd>Planned: "#,
            ])
        let key = try #require(html.range(of: "plan-key__heading"))
        let table = try #require(html.range(of: "data-table--plan"))
        #expect(key.lowerBound < table.lowerBound, "the key comes before the table it explains")
    }

    @Test func aWorkstreamNotSplitByLevelSpansTheLevelsAndSaysSo() throws {
        let (project, report) = try TestProject.buildingIntroduction(Self.plan)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<th scope="rowgroup" role="rowheader" rowspan="2" data-label="Workstream">Workstream 2: Culture and workforce</th>"#,
                #"<td role="cell" colspan="3" class="plan-all-levels" data-label="All levels of prevention"><ul class="plan-list">"#
                    + "\n<li>Training in trauma-informed practice</li>",
                #"<span class="plan-status plan-status--developing-or-aspirational">Developing or aspirational</span>"#,
            ])
    }

    @Test func theProgrammesOwnWorkIsMarkedInWordsAndExplainedInTheKey() throws {
        let (project, report) = try TestProject.buildingIntroduction(Self.plan)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.introduction,
            [
                #"<li class="plan-list__programme"><strong>Support to prevent repeat child removals</strong> "#
                    + #"<span class="plan-list__role">(programme collaboration)</span></li>"#,
                "<dt>Bold, marked “programme lead” or “programme collaboration”</dt>"
                    + "<dd>Work the Serious Violence Prevention Programme leads, or develops with partners.",
            ])
        let (unmarked, _) = try TestProject.buildingIntroduction(
            "\n```delivery-plan\nworkstreams:\n  - workstream: Prevention\n    established: [Health visiting]\n```")
        unmarked.expect(TestProject.introduction, ["<li>Health visiting</li>", "! programme collaboration", "! Bold, marked"])
    }

    @Test func everyProblemInADeliveryPlanIsReportedWhereItIsWritten() throws {
        let report = try TestProject.failingIntroduction(
            """

            ```delivery-plan
            workstreams:
              - workstream: Prevention
                primry:
                  established:
                    - Health visiting
                secondary:
                  establshed:
                    - Early Help
                tertiary:
                  developing:
                    - Navigator pilot
                    - navigator pilot
              - established:
                  - Training
              - workstream: prevention
                established:
                  - Campaigns
            ```
            """)
        let file = TestProject.introductionSource
        report.expectError(in: file, line: 9, column: 5, "'primry' (did you mean 'primary'?) is neither a level of prevention")
        report.expectError(in: file, line: 13, column: 7, "unknown status 'establshed' (did you mean 'established'?) under 'secondary'")
        report.expectError(in: file, line: 18, column: 11, "'navigator pilot' is listed twice under tertiary (first on line 17); keep one")
        report.expectError(in: file, line: 19, "a workstream without a name; add `workstream: …`")
        report.expectError(in: file, line: 21, column: 5, "the workstream 'prevention' is listed twice (first on line 8)")
        #expect(report.errors.count == 5, "\(report.listing)")
    }

    @Test func levelsAndStatusesDoNotMixInOneWorkstream() throws {
        let report = try TestProject.failingIntroduction(
            """

            ```delivery-plan
            workstreams:
              - workstream: Prevention
                primary:
                  established: [Health visiting]
                developing: [Hotspot policing]
            ```
            """)
        report.expectError(
            in: TestProject.introductionSource, line: 11, column: 5,
            "'developing' is listed directly, but this workstream also has levels of prevention ('primary')")
    }

    @Test func aMarkedItemNeedsTheProgrammesNameAndAKnownRole() throws {
        let report = try TestProject.failingIntroduction(
            """

            ```delivery-plan
            workstreams:
              - workstream: Prevention
                aspirational:
                  - activity: Support to prevent repeat child removals
                    programme: partner
            ```
            """)
        let file = TestProject.introductionSource
        report.expectError(in: file, line: 11, column: 9, "'programme' should be lead or collaboration, not 'partner'")
        report.expectError(in: file, line: 11, column: 9, "the plan does not name the programme; add `programme: ")
    }

    @Test func aPlanWithoutItsListSaysWhatToAdd() throws {
        let report = try TestProject.failingIntroduction(
            "\n```delivery-plan\ncaption: Our plan\n```\n\n```theory-of-change\npriority: Prevention\nactivities: []\n```")
        let file = TestProject.introductionSource
        report.expectError(in: file, line: 7, "the plan lists no workstreams; add `workstreams:` with each as `- workstream: name`")
        report.expectError(in: file, line: 12, "the theory of change lists no activities; add `activities:`")
        #expect(report.errors.count == 2, "\(report.listing)")
    }

    @Test func aWorkstreamThatListsNothingSaysSoOnceItsOtherProblemsAreFixed() throws {
        let report = try TestProject.failingIntroduction(
            """

            ```delivery-plan
            workstreams:
              - workstream: Prevention
                primry:
                  established: [Health visiting]
              - workstream: Workforce
            ```
            """)
        let file = TestProject.introductionSource
        report.expectError(in: file, line: 9, column: 5, "'primry' (did you mean 'primary'?)")
        report.expectError(in: file, line: 11, column: 5, "the workstream 'Workforce' lists no services or projects")
        #expect(report.errors.count == 2, "a misspelt level explains an empty workstream: \(report.listing)")
    }

    @Test func theDeliveryPlanIsPrintedWithItsKey() throws {
        let (project, report) = try TestProject.buildingIntroduction(Self.plan)
        #expect(report.diagnostics.isEmpty, "\(report.listing)")
        project.expect(
            TestProject.strategyPrint,
            [
                #"<p class="plan-key__heading">Key</p>"#,
                #"<table class="data-table data-table--cards data-table--plan" role="table">"#,
                #"<span class="plan-status plan-status--developing-or-aspirational">Developing or aspirational</span>"#,
            ])
        let css = try project.read("Output/assets/print-document.css")
        #expect(css.contains(".plan-key { margin: 0 0 4mm;"))
        #expect(css.contains(".data-table--plan tr { break-inside: auto; }"))
    }
}
