import Foundation
import Testing

@testable import Pressroom

/// Every problem once, in order, quickly: an error in one file never hides errors in others, a
/// file that cannot be read gives one message and no follow-on errors, messages are sorted by
/// file, line and column and are one line each, and thousands of them come quickly.
@Suite struct ProblemReportingTests {
    static let partnership = "Content/alpha/partnership.yaml"
    static let chapter = "Content/alpha/strategy/01-introduction.md"
    static let measures = "Content/alpha/data/measures.csv"
    static let values = "Content/alpha/data/values.csv"
    static let outcomes = "Content/alpha/data/outcomes.yaml"

    private func project(_ changes: String = "") throws -> TestProject {
        try TestProject(TestProject.minimalPartnership() + changes)
    }

    private static let badChapter = """

        -- Content/alpha/strategy/01-introduction.md --
        ---
        title: Introduction
        order: first
        draft: maybe
        leave_site: perhaps
        ---

        Text.
        """

    // MARK: An error in one file never hides errors in other files

    @Test func badKeysInPartnershipYAMLStillLetItsDocumentsAndDataBeChecked() throws {
        let project = try project(Self.badChapter)
        try project.edit(Self.partnership) { $0 + "suppress_below: 0\nleave_site_url: not an address\n" }
        try project.edit(Self.values) { $0.replacingOccurrences(of: "2022/23,,1234,", with: "2022/23,,lots,") }
        let report = project.build()
        report.expectError(in: Self.partnership, line: 26, "suppress_below must be 1 or more")
        report.expectError(in: Self.partnership, line: 27, "leave_site_url")
        report.expectError(in: Self.chapter, line: 3, "'order' should be a whole number")
        report.expectError(in: Self.values, line: 3, "value 'lots' is not a number")
    }

    @Test func everyBadContactDetailHelpLineAndSiteSettingIsReported() throws {
        let project = try project(
            """

            -- Content/site.yaml --
            title: [Portal]
            base_url: not an address
            """)
        try project.edit(Self.partnership) {
            $0.replacingOccurrences(of: "  email: safety@alpha.example.org", with: "  email: not-an-email\n  website: nowhere")
                .replacingOccurrences(of: "  - name: Emergency\n    phone: \"999\"", with: "  - name: Emergency\n  - phone: \"999\"")
        }
        let report = project.build()
        report.expectError(in: "Content/site.yaml", line: 1, "'title' should be a single value")
        report.expectError(in: "Content/site.yaml", line: 2, "base_url 'not an address'")
        report.expectError(in: Self.partnership, line: 17, "email 'not-an-email'")
        report.expectError(in: Self.partnership, line: 18, "website 'nowhere'")
        report.expectError(in: Self.partnership, line: 20, "missing required key 'phone'")
        report.expectError(in: Self.partnership, line: 21, "missing required key 'name'")
    }

    @Test func malformedPartnershipYAMLIsOneErrorAndItsFilesAreStillChecked() throws {
        let project = try project(Self.badChapter)
        try project.edit(Self.partnership) { $0.replacingOccurrences(of: "area: Alphashire", with: " area: Alphashire") }
        let report = project.build()
        let inPartnership = report.errors.filter { $0.location.path == Self.partnership }
        #expect(inPartnership.count == 1, "\(report.listing)")
        #expect(inPartnership.first?.message.contains("malformed YAML") == true, "\(report.listing)")
        report.expectError(in: Self.chapter, line: 3, "'order' should be a whole number")
        #expect(!report.listing.contains("no partnership folders found"), "\(report.listing)")
    }

    @Test func everyProblemOfPublicationYAMLIsReportedAndItsChaptersAreStillChecked() throws {
        let project = try project(Self.badChapter)
        try project.write("Content/alpha/strategy/publication.yaml", "summary: [a, list]\nkind: strategie\npublished: 2024-02-30\n")
        let report = project.build()
        let publication = "Content/alpha/strategy/publication.yaml"
        report.expectError(in: publication, line: 1, "'summary' should be a single value")
        report.expectError(in: publication, line: 2, "kind 'strategie' is not known (did you mean 'strategy'?)")
        report.expectError(in: publication, line: 3, "2024-02-30")
        report.expectError(in: publication, line: 1, "missing required key 'title'")
        report.expectError(in: Self.chapter, line: 3, "'order' should be a whole number")
    }

    @Test func malformedPublicationYAMLIsOneErrorAndItsChaptersAreStillChecked() throws {
        let project = try project(Self.badChapter)
        try project.write("Content/alpha/strategy/publication.yaml", "title: Strategy\n kind: strategy\n")
        let report = project.build()
        let inPublication = report.errors.filter { $0.location.path == "Content/alpha/strategy/publication.yaml" }
        #expect(inPublication.count == 1, "\(report.listing)")
        report.expectError(in: Self.chapter, line: 3, "'order' should be a whole number")
        #expect(report.errors.count == 4, "\(report.listing)")
    }

    @Test func noPartnershipFoldersOnlyWhenThereAreNone() throws {
        let empty = try TestProject("")
        empty.build().expectError(in: "Content", line: 1, "no partnership folders found")
        let project = try project()
        try project.remove(Self.partnership)
        let report = project.build()
        report.expectError(in: "Content/alpha", line: 1, "partnership folder has no partnership.yaml")
        #expect(report.errors.count == 1, "\(report.listing)")
    }

    @Test func everyBadFrontMatterValueIsReported() throws {
        let report = try project(Self.badChapter).build()
        report.expectError(in: Self.chapter, line: 3, "'order' should be a whole number, not 'first'")
        report.expectError(in: Self.chapter, line: 4, "'draft' should be true or false, not 'maybe'")
        report.expectError(in: Self.chapter, line: 5, "'leave_site' should be true or false, not 'perhaps'")
        #expect(report.errors.count == 3, "\(report.listing)")
    }

    @Test func everyDuplicateIDInOutcomesYAMLIsReported() throws {
        let report = try project(
            """

            -- Content/alpha/data/outcomes.yaml --
            priorities:
              - id: prevention
                title: Prevention and early intervention
                outcomes:
                  - id: fewer-knife-crimes
                    title: Fewer knife crimes
                    measures: [knife-crime]
                  - id: fewer-knife-crimes
                    title: Fewer knife crimes again
                    measures: [admissions]
              - id: prevention
                title: Prevention again
                outcomes:
                  - id: prevention
                    title: An outcome named like its priority
            """
        ).build()
        report.expectError(in: Self.outcomes, line: 8, "id 'fewer-knife-crimes' is used twice (first on line 5)")
        report.expectError(in: Self.outcomes, line: 11, "id 'prevention' is used twice (first on line 2)")
        report.expectError(in: Self.outcomes, line: 14, "id 'prevention' is used twice (first on line 2)")
        #expect(report.errors.count == 3, "\(report.listing)")
    }

    // MARK: One cause, one message

    /// A byte that is not UTF-8 in measures.csv or values.csv: one error, and no errors for the
    /// rows, outcomes and chapters that use its measures or figures.
    @Test(arguments: [(measures, 40), (values, 45)])
    func invalidUTF8InADataFileIsOneError(file: String, offset: Int) throws {
        let project = try project(TestProject.chapter("Knife crime: {{value knife-crime}}, {{change admissions}}."))
        var data = try project.data(file)
        data.insert(0xFF, at: data.index(data.startIndex, offsetBy: offset))
        try project.write(file, data: data)
        let report = project.build()
        #expect(report.errors.count == 1, "\(report.listing)")
        report.expectError(in: file, line: 2, "not valid UTF-8")
    }

    @Test func missingMeasuresCSVIsOneError() throws {
        let project = try project(TestProject.chapter("Knife crime: {{value knife-crime}}, {{change admissions}}."))
        try project.remove(Self.measures)
        let report = project.build()
        #expect(report.errors.count == 1, "\(report.listing)")
        report.expectError(in: Self.values, line: 1, "there is no measures.csv beside it")
    }

    @Test func missingColumnInMeasuresCSVIsOneError() throws {
        let project = try project()
        try project.edit(Self.measures) { $0.replacingOccurrences(of: "id,title,", with: "name,title,") }
        let report = project.build()
        #expect(report.errors.count == 1, "\(report.listing)")
        report.expectError(in: Self.measures, line: 1, "missing column 'id'")
    }

    // MARK: Sorted, one line each

    @Test func problemsInSeveralFilesArePrintedSortedOneLineEach() throws {
        let project = try project(Self.badChapter.replacingOccurrences(of: Self.chapter, with: "Content/alpha/pages/help.md"))
        try project.edit(Self.values) { $0.replacingOccurrences(of: "2022/23,,1234,", with: "2022/23,,lots,") }
        try project.edit(Self.partnership) { $0 + "suppress_below: 0\n" }
        try project.write("Content/alpha/strategy/publication.yaml", "title: Strategy \u{FFFF}\nkind: strategy\n")
        let report = project.build()
        #expect(report.errors.count >= 5, "\(report.listing)")
        let locations = report.diagnostics.map(\.location)
        #expect(locations == locations.sorted(), "\(report.listing)")
        for diagnostic in report.diagnostics {
            let lines = diagnostic.description.split(whereSeparator: \.isNewline)
            #expect(lines.count == 1, "\(diagnostic)")
        }
        report.expectError(in: "Content/alpha/strategy/publication.yaml", line: 1, column: 17, "a character YAML does not allow")
    }

    @Test func checkPrintsProblemsOfSeveralFilesSortedOneLineEach() throws {
        let project = try project(Self.badChapter)
        try project.edit(Self.values) { $0.replacingOccurrences(of: "2022/23,,1234,", with: "2022/23,,lots,") }
        try project.edit(Self.partnership) { $0 + "suppress_below: 0\n" }
        try project.write("Content/alpha/pages/help.md", "---\ntitle: Help\nsummary: \u{FFFF}\n---\n\nText.\n")
        let result = try Executable.run(["check"], in: project.root)
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init).dropLast()
        #expect(lines.count == 6, "\(result.stderr)")
        let places = lines.compactMap { line in
            line.firstMatch(of: /^([^:]+):(\d+):(\d+): (error|warning): [^\n]+$/).map { ($0.1, Int($0.2) ?? 0, Int($0.3) ?? 0) }
        }
        #expect(places.count == lines.count, "every problem is one line path:line:col: severity: message\n\(result.stderr)")
        #expect(places.map { "\($0.0)" } == places.map { "\($0.0)" }.sorted(), "\(result.stderr)")
        #expect(places.map { "\($0.0)" }.first == "Content/alpha/data/values.csv", "\(result.stderr)")
    }

    @Test func diagnosticsAtTheSamePlaceKeepTheirOrderAndRepeatsGo() {
        let log = DiagnosticLog()
        let place = SourceLocation(path: "b.md", line: 2)
        log.error(place, "second")
        log.error(SourceLocation(path: "a.md", line: 9), "first")
        log.error(place, "third\n  on two lines")
        log.error(place, "second")
        #expect(log.all.map(\.description) == ["a.md:9:1: error: first", "b.md:2:1: error: second", "b.md:2:1: error: third on two lines"])
    }

    // MARK: Quickly, and within limits

    @Test func thousandsOfBadRowsAreReportedQuickly() throws {
        let project = try project()
        let rows = (1...5000).map { "knife-crime,\($0)/\($0 + 1),,not-a-number," }.joined(separator: "\n")
        try project.write(Self.values, "measure,period,area,value,national\n" + rows + "\n")
        let start = Date()
        let report = project.build()
        #expect(report.errors.count == 5000, "\(report.errors.prefix(3))")
        #expect(Date().timeIntervalSince(start) < 20, "5,000 errors took \(Date().timeIntervalSince(start)) s")

        let log = DiagnosticLog()
        let sortStart = Date()
        for index in 0..<100_000 { log.error(SourceLocation(path: "f\(index % 97).csv", line: index), "problem \(index % 13)") }
        #expect(log.all.count == 100_000)
        #expect(Date().timeIntervalSince(sortStart) < 5, "sorting 100,000 problems took \(Date().timeIntervalSince(sortStart)) s")
    }

    /// Every unknown measure gets its "did you mean", against every measure defined, without a
    /// step that grows with their product beyond a few edits per pair.
    @Test func thousandsOfUnknownMeasuresAmongManyAreReportedQuickly() throws {
        let project = try project()
        let measures = (1...300).map { "measure-of-violence-\($0),Measure \($0),count,reduce,Police" }
        try project.edit(Self.measures) { $0 + measures.joined(separator: "\n") + "\n" }
        let rows = (1...3000).map { "offences-with-a-knife-\($0),2023/24,,12," }.joined(separator: "\n")
        try project.edit(Self.values) { $0 + rows + "\n" }
        let start = Date()
        let report = project.build()
        #expect(report.errors.count == 3000, "\(report.errors.prefix(3))")
        #expect(Date().timeIntervalSince(start) < 20, "3,000 unknown measures took \(Date().timeIntervalSince(start)) s")
        #expect(Suggestion.hint(for: "knife-crme", in: ["admissions", "knife-crime", "knife-crimes"]) == " (did you mean 'knife-crime'?)")
        #expect(Suggestion.hint(for: "measure-of-violence-7x", in: ["measure-of-violence-7", "measure-of-violence-70"]).contains("-7'"))
    }

    @Test func markdownFileOverTheLimitIsRefusedWithOneClearError() throws {
        let project = try project()
        let paragraph = String(repeating: "Partners work together to prevent serious violence. ", count: 20) + "\n\n"
        let body = String(repeating: paragraph, count: 11_000_000 / paragraph.utf8.count + 1)
        try project.write(Self.chapter, "---\ntitle: Introduction\n---\n\n" + body)
        let report = project.build()
        report.expectError(
            in: Self.chapter, line: 1, column: 1,
            "this file is 11.0 MB; Pressroom reads Markdown files of up to 10 MB — split it into chapters")
        #expect(report.errors.count == 1, "\(report.listing)")
    }
}
