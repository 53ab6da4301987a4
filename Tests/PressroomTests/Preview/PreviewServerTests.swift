import Foundation
import Testing

/// `pressroom serve` as a person runs it: the real program on a free port, spoken to over HTTP.
@Suite(.serialized, .timeLimit(.minutes(2))) struct PreviewServerTests {
    static let introduction = "Content/alpha/strategy/01-introduction.md"
    static let page = "/alpha/strategy/introduction/"

    private func started(_ extra: String = "", arguments: [String] = []) throws -> (TestProject, RunningPreview) {
        let project = try TestProject(TestProject.minimalPartnership() + extra)
        return (project, try RunningPreview(project: project.root, arguments: arguments))
    }

    @Test func servesPagesFromMemoryAndStopsCleanlyOnCtrlC() throws {
        let (project, preview) = try started()
        let reply = try preview.get(Self.page)
        #expect(reply.status == 200)
        #expect(reply.headers["content-type"] == "text/html; charset=utf-8")
        #expect(reply.headers["access-control-allow-origin"] == nil)
        #expect(reply.body.contains("<h1>Introduction</h1>"))
        #expect(reply.body.contains("<script src=\"/_pressroom/live.js\" defer></script>"))
        let head = try preview.get(Self.page, method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == reply.headers["content-length"])
        #expect(try preview.get("/_pressroom/live.js").body.contains("EventSource"))
        #expect(preview.stop() == 0, "\(preview.printed)")
        #expect(preview.printed.contains("Preview stopped."))
        #expect(!project.exists("Output"), "a preview never writes Output/")
    }

    @Test func aSavedChapterSendsAReloadAndTheNewTextIsServed() throws {
        let (project, preview) = try started()
        let events = try preview.events()
        try project.edit(Self.introduction) { $0 + "\nPartners met 14 times this year.\n" }
        let event = try events.wait(for: "\n\n")
        #expect(event.contains("event: reload"))
        #expect(event.contains("\"alpha/strategy/introduction/index.html\""))
        #expect(try preview.get(Self.page).body.contains("Partners met 14 times this year."))
        #expect(preview.printed.contains("Rebuilt in "))
        preview.stop()
    }

    @Test func aBrokenFileShowsItsErrorUntilFixedWhileTheLastGoodPageIsServed() throws {
        let (project, preview) = try started()
        let events = try preview.events()
        try project.edit(Self.introduction) { $0 + "\nSee [the plan](no-such-chapter.md).\n" }
        let line = try project.line(of: "See [the plan]", in: Self.introduction)
        let problems = try events.wait(for: "\n\n")
        #expect(problems.contains("event: problems"))
        #expect(problems.contains("\(Self.introduction):\(line):"), "\(problems)")
        #expect(preview.printed.contains("\(Self.introduction):\(line):"), "the same words as the command line")
        #expect(try preview.get(Self.page).body.contains("<h1>Introduction</h1>"))

        try project.edit(Self.introduction) { $0.replacingOccurrences(of: "See [the plan](no-such-chapter.md).", with: "") }
        #expect(try events.wait(for: "event: fixed").contains("event: fixed"))
        preview.stop()
    }

    @Test func pathsThatLeaveTheSiteAndForeignHostsAreRefused() throws {
        let (_, preview) = try started()
        for path in ["/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/alpha/..%2f..%2fContent/alpha/partnership.yaml", "/alpha%2f"] {
            let reply = try preview.get(path)
            #expect(reply.status == 404, "\(path)")
            #expect(!reply.body.contains("root:"), "\(path)")
        }
        #expect(try preview.get("/alpha/", host: "attacker.example").status == 403)
        #expect(try preview.get("/alpha/", host: "attacker.example:\(preview.port)").status == 403)
        #expect(try preview.get("/alpha/", method: "POST").status == 405)
        #expect(try preview.get("/alpha/", host: "localhost:\(preview.port)").status == 200)
        preview.stop()
    }

    @Test func draftsAreServedWithTheirBannerUnlessLeftOut() throws {
        let draft = """

            -- Content/alpha/strategy/03-next-steps.md --
            ---
            title: Next steps
            draft: true
            ---

            Not yet agreed by the board.

            """
        let (_, preview) = try started(draft)
        let reply = try preview.get("/alpha/strategy/next-steps/")
        #expect(reply.status == 200)
        #expect(reply.body.contains("class=\"draft-banner\""))
        #expect(preview.printed.contains("(drafts shown)"))
        preview.stop()

        let (_, published) = try started(draft, arguments: ["--no-drafts"])
        #expect(try published.get("/alpha/strategy/next-steps/").status == 404)
        published.stop()
    }

    @Test func aPortInUseIsReportedPlainly() throws {
        let (project, first) = try started()
        let second = try Executable.run(["serve", project.root.path, "--port", String(first.port)], in: project.root, timeout: 20)
        #expect(second.status == 1)
        #expect(second.stderr.contains("port \(first.port) is already in use"), "\(second.stderr)")
        first.stop()
    }
}
