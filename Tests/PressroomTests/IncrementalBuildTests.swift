import Foundation
import Testing

@testable import Pressroom

/// A workspace that is built again after a change makes again only what the change touched,
/// and the result is byte for byte what a clean build of the changed project makes, with the
/// same messages.
@Suite struct IncrementalBuildTests {
    static let plan = "Content/alpha/strategy/03-plan.md"

    /// The minimal partnership with a third chapter that shows figures, an image and a link to
    /// a heading of another chapter.
    private func project() throws -> TestProject {
        try TestProject(
            TestProject.minimalPartnership() + """

                -- \(Self.plan) --
                ---
                title: Our plan
                summary: What happens next.
                ---

                ## Figures

                Police recorded {{value knife-crime}} knife crimes in {{period knife-crime}}.

                ```measure-callout
                measure: admissions
                ```

                ## Pictures

                ![A map of Alphashire](map.svg)

                Read about [enforcement](02-priorities.md#enforcement).

                -- Content/alpha/strategy/map.svg --
                <svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>

                """)
    }

    /// Builds in a workspace that keeps its outputs, makes `change`, builds again in the same
    /// workspace, and checks the result against a clean build of the changed project.
    @discardableResult
    private func rebuild(
        _ project: TestProject, sourceLocation: Testing.SourceLocation = #_sourceLocation, _ change: (TestProject) throws -> Void
    ) throws -> BuildReport {
        let workspace = Workspace(project: project.folder, keepsOutput: true)
        let first = workspace.build(into: MemorySink())
        #expect(first.errors.isEmpty, "\(first.listing)", sourceLocation: sourceLocation)
        try change(project)
        let incremental = MemorySink()
        let report = workspace.build(into: incremental)
        let clean = MemorySink()
        let cleanReport = Workspace(project: project.folder).build(into: clean)
        #expect(
            report.diagnostics == cleanReport.diagnostics, "\(report.listing)\n---\n\(cleanReport.listing)", sourceLocation: sourceLocation)
        #expect(report.wroteOutput == cleanReport.wroteOutput, sourceLocation: sourceLocation)
        let differing = Set(incremental.files.keys).union(clean.files.keys).filter { incremental.files[$0] != clean.files[$0] }
        #expect(differing.isEmpty, "differs from a clean build: \(differing.sorted())", sourceLocation: sourceLocation)
        return report
    }

    @Test func chapterBody() throws {
        let project = try project()
        let report = try rebuild(project) {
            try $0.edit(Self.plan) { $0.replacingOccurrences(of: "## Pictures", with: "A new paragraph.\n\n## Pictures") }
        }
        #expect(report.madeCount == 2, "only the chapter itself and its publication's print document are made again")
        #expect(Set(report.changed) == [.chapter("alpha", "strategy", "plan"), .printDocument("alpha", "strategy")])
    }

    @Test func chapterTitleChangesItsPublicationsPages() throws {
        let project = try project()
        let report = try rebuild(project) {
            try $0.edit(Self.plan) { $0.replacingOccurrences(of: "title: Our plan", with: "title: Our delivery plan") }
        }
        let publication = Set([
            Route.publication("alpha", "strategy"), .chapter("alpha", "strategy", "introduction"),
            .chapter("alpha", "strategy", "priorities"), .chapter("alpha", "strategy", "plan"), .printDocument("alpha", "strategy"),
        ])
        #expect(Set(report.changed) == publication)
        #expect(report.madeCount == publication.count)
    }

    /// A site address gives every page its full address and the feed link; a new one changes them.
    @Test func siteAddressChangesEveryPagesFullAddress() throws {
        let project = try project()
        try project.write("Content/site.yaml", "title: Partnerships\nbase_url: https://example.org/csp/\n")
        let report = try rebuild(project) {
            try $0.write("Content/site.yaml", "title: Partnerships\nbase_url: https://safer.example.org/\n")
        }
        #expect(report.changed.contains(.chapter("alpha", "strategy", "plan")))
        #expect(report.changed.contains(.data("alpha")))
    }

    /// The first news item with a site address gives the partnership a feed, which every page offers.
    @Test func firstNewsItemGivesEveryPageTheFeed() throws {
        let project = try project()
        try project.write("Content/site.yaml", "title: Partnerships\nbase_url: https://example.org/csp/\n")
        try project.remove("Content/alpha/news/2024-03-14-strategy-published.md")
        let report = try rebuild(project) {
            try $0.write(
                "Content/alpha/news/2024-05-01-plan-published.md", "---\ntitle: Plan published\ndate: 2024-05-01\n---\n\nOur plan is out.\n"
            )
        }
        #expect(report.changed.contains(.chapter("alpha", "strategy", "plan")))
    }

    @Test func headingThatAnotherChapterLinksToIsRemoved() throws {
        let project = try project()
        let report = try rebuild(project) {
            try $0.edit("Content/alpha/strategy/02-priorities.md") { $0.replacingOccurrences(of: "## Enforcement", with: "## Policing") }
        }
        report.expectError(in: Self.plan, line: 18, "'#enforcement' is not a heading in Content/alpha/strategy/02-priorities.md")
    }

    @Test func publicationKindNumbersTheParagraphsOfAReport() throws {
        let project = try project()
        try project.edit(Self.plan) { $0.replacingOccurrences(of: "## Pictures", with: "2.1 The council will act.\n\n## Pictures") }
        let report = try rebuild(project) {
            try $0.edit("Content/alpha/strategy/publication.yaml") { $0.replacingOccurrences(of: "kind: strategy", with: "kind: report") }
        }
        #expect(report.changed.contains(.chapter("alpha", "strategy", "plan")))
        #expect(report.changed.contains(.home("alpha")), "the card says Report")
    }

    @Test func shortTitleChangesTheBreadcrumbsOfItsChapters() throws {
        let project = try project()
        let report = try rebuild(project) {
            try $0.edit("Content/alpha/strategy/publication.yaml") {
                $0.replacingOccurrences(of: "kind: strategy", with: "short_title: Strategy\nkind: strategy")
            }
        }
        #expect(report.changed.contains(.chapter("alpha", "strategy", "introduction")))
    }

    @Test func partnershipSettings() throws {
        let project = try project()
        try rebuild(project) {
            try $0.edit("Content/alpha/partnership.yaml") {
                $0.replacingOccurrences(of: "area: Alphashire", with: "area: Alphashire and Betaton")
                    .replacingOccurrences(of: "phone: 01234 567890", with: "phone: 01234 000000")
            }
        }
    }

    @Test func figures() throws {
        let project = try project()
        let report = try rebuild(project) {
            try $0.edit("Content/alpha/data/values.csv") { $0.replacingOccurrences(of: "2022/23,,1234,", with: "2022/23,,1111,") }
        }
        #expect(report.changed.contains(.chapter("alpha", "strategy", "plan")))
        #expect(!report.changed.contains(.chapter("alpha", "strategy", "introduction")))
    }

    @Test func outcomes() throws {
        let project = try project()
        try rebuild(project) {
            try $0.edit("Content/alpha/data/outcomes.yaml") { $0.replacingOccurrences(of: "Fewer knife crimes", with: "Less knife crime") }
        }
    }

    @Test func template() throws {
        let project = try project()
        let report = try rebuild(project) {
            try $0.edit("Templates/partials/footer.mustache") { $0 + "<!-- changed -->\n" }
        }
        #expect(report.changed.contains(.portal))
    }

    @Test func newFile() throws {
        let project = try project()
        try rebuild(project) {
            try $0.write("Content/alpha/strategy/04-review.md", "---\ntitle: How we will review it\n---\n\nEvery year.\n")
            try $0.write("Content/alpha/news/2024-05-01-grants.md", "---\ntitle: Grants open\ndate: 2024-05-01\n---\n\nApply now.\n")
        }
    }

    @Test func deletedFileThatIsLinkedTo() throws {
        let project = try project()
        let report = try rebuild(project) { try $0.remove("Content/alpha/strategy/02-priorities.md") }
        report.expectError(in: Self.plan, line: 18, "link to '02-priorities.md', which does not exist")
    }

    @Test func deletedImage() throws {
        let project = try project()
        let report = try rebuild(project) { try $0.remove("Content/alpha/strategy/map.svg") }
        report.expectError(in: Self.plan, line: 16, "image 'map.svg' does not exist")
    }

    @Test func renamedFile() throws {
        let project = try project()
        try rebuild(project) {
            try FileManager.default.moveItem(
                at: $0.root.appendingPathComponent("Content/alpha/pages/help.md"),
                to: $0.root.appendingPathComponent("Content/alpha/pages/support.md"))
        }
    }

    @Test func aFailedRebuildThenAFixedOneMatchesACleanBuild() throws {
        let project = try project()
        let workspace = Workspace(project: project.folder, keepsOutput: true)
        workspace.build(into: MemorySink())
        try project.edit(Self.plan) { $0.replacingOccurrences(of: "knife-crime}}", with: "knife-crim}}") }
        #expect(!workspace.build(into: MemorySink()).errors.isEmpty)
        try project.edit(Self.plan) { $0.replacingOccurrences(of: "knife-crim}}", with: "knife-crime}}") }
        let fixed = MemorySink()
        let report = workspace.build(into: fixed)
        #expect(report.errors.isEmpty)
        #expect(report.madeCount == 0, "the project is as the first build saw it, so every output is kept from it")
        let clean = MemorySink()
        Workspace(project: project.folder).build(into: clean)
        #expect(fixed.files == clean.files)
    }

    // MARK: Tags

    @Test func taggedCommitment() throws {
        let project = try TestProject(TagTests.tagged)
        let report = try rebuild(project) {
            try $0.edit(TagTests.priorities) {
                $0.replacingOccurrences(of: "Keep the strategy under review", with: "Review the strategy every year\n  tags: data")
            }
        }
        let tags = [Route.tags("alpha", "strategy"), .tag("alpha", "strategy", "data")]
        #expect(Set(tags + [.chapter("alpha", "strategy", "priorities")]).isSubset(of: report.changed), "\(report.changed)")
    }

    @Test func tagDeclaration() throws {
        let project = try TestProject(TagTests.tagged)
        let report = try rebuild(project) {
            try $0.edit("Content/alpha/strategy/publication.yaml") {
                $0.replacingOccurrences(of: "label: Partners", with: "label: Partner agencies")
            }
        }
        #expect(report.changed.contains(.chapter("alpha", "strategy", "priorities")), "the labels on the chapter change")
        #expect(report.changed.contains(.printDocument("alpha", "strategy")))
    }

    @Test func chapterTitleOnTagPages() throws {
        let project = try TestProject(TagTests.tagged)
        let report = try rebuild(project) {
            try $0.edit(TagTests.priorities) { $0.replacingOccurrences(of: "title: Our priorities", with: "title: What we will do") }
        }
        #expect(report.changed.contains(.tag("alpha", "strategy", "partners")))
    }
}
