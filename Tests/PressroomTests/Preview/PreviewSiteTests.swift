import Foundation
import Testing

@testable import Pressroom

/// A preview builds again after a change, tells open pages which files changed, and shows the
/// build's errors until they are fixed, while serving the last good pages.
@Suite(.timeLimit(.minutes(1))) struct PreviewSiteTests {
    static let introduction = "Content/alpha/strategy/01-introduction.md"

    @Test func aChangedChapterReloadsThePagesThatShowIt() async throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let site = PreviewSite(project: project.folder)
        site.rebuild()
        var events = site.events.listen().makeAsyncIterator()
        try project.edit(Self.introduction) { $0 + "\nA new paragraph about youth diversion.\n" }
        let update = site.rebuild()
        let changed = ["alpha/strategy/introduction/index.html", "alpha/strategy/print/index.html"]
        #expect(update.changedPaths == changed, "the chapter and the print document of its publication")
        #expect(await events.next() == .reload(paths: changed))
        let page = String(decoding: site.file("alpha/strategy/introduction/index.html") ?? Data(), as: UTF8.self)
        #expect(page.contains("A new paragraph about youth diversion."))
    }

    @Test func aNewTitleReloadsEveryPageThatListsIt() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let site = PreviewSite(project: project.folder)
        site.rebuild()
        try project.edit(Self.introduction) { $0.replacingOccurrences(of: "title: Introduction", with: "title: About this strategy") }
        let changed = site.rebuild().changedPaths
        #expect(changed.contains("alpha/strategy/introduction/index.html"))
        #expect(changed.contains("alpha/strategy/index.html"))
        #expect(changed.contains("alpha/strategy/priorities/index.html"), "its contents list names the chapter")
    }

    @Test func aDeletedChapterIsGoneFromThePreview() throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let site = PreviewSite(project: project.folder)
        site.rebuild()
        try project.edit("Content/alpha/strategy/01-introduction.md") { $0.replacingOccurrences(of: "(02-priorities.md)", with: "") }
        try project.remove("Content/alpha/strategy/02-priorities.md")
        let update = site.rebuild()
        #expect(update.report.errors.isEmpty, "\(update.report.listing)")
        #expect(update.changedPaths.contains("alpha/strategy/priorities/index.html"))
        #expect(site.file("alpha/strategy/priorities/index.html") == nil)
    }

    @Test func errorsAreShownUntilFixedAndTheLastGoodPagesStay() async throws {
        let project = try TestProject(TestProject.minimalPartnership())
        let site = PreviewSite(project: project.folder)
        site.rebuild()
        let good = site.file("alpha/strategy/introduction/index.html")
        var events = site.events.listen().makeAsyncIterator()
        try project.edit(Self.introduction) { $0 + "\nSee [the plan](no-such-chapter.md).\n" }
        let line = try project.line(of: "See [the plan]", in: Self.introduction)
        site.rebuild()
        guard case .problems(let messages)? = await events.next() else {
            Issue.record("no problems event")
            return
        }
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(Self.introduction):\(line):") == true, "\(messages)")
        #expect(messages.first?.contains(": error: ") == true)
        #expect(site.file("alpha/strategy/introduction/index.html") == good, "the last good page is still served")
        #expect(site.currentProblems.count == 1)

        // A page opened now is told at once.
        var late = site.events.listen().makeAsyncIterator()
        #expect(await late.next() == .problems(messages))

        try project.edit(Self.introduction) { $0.replacingOccurrences(of: "See [the plan](no-such-chapter.md).", with: "") }
        site.rebuild()
        #expect(await events.next() == .fixed)
        #expect(site.currentProblems.isEmpty)
    }

    @Test func eventsAreWrittenAsServerSentEvents() {
        #expect(PreviewEvent.reload(paths: ["a/index.html"]).serverSentEvent == "event: reload\ndata: {\"paths\":[\"a/index.html\"]}\n\n")
        #expect(PreviewEvent.fixed.serverSentEvent == "event: fixed\ndata: {}\n\n")
        #expect(
            PreviewEvent.problems(["x.md:1:2: error: \"bad\"\nline"]).serverSentEvent
                == "event: problems\ndata: {\"messages\":[\"x.md:1:2: error: \\\"bad\\\"\\nline\"]}\n\n")
    }
}
