import Foundation
import Testing

@testable import Pressroom

/// A preview answers from memory, only to this machine's names, only to GET and HEAD, and
/// never outside the site, whatever the path says.
@Suite struct PreviewResponderTests {
    private func preview(drafts: Bool = true, _ extra: String = "") throws -> (TestProject, PreviewResponder) {
        let project = try TestProject(TestProject.minimalPartnership() + extra)
        let site = PreviewSite(project: project.folder, includeDrafts: drafts)
        let update = site.rebuild()
        #expect(update.report.errors.isEmpty, "\(update.report.listing)")
        return (project, PreviewResponder(site: site))
    }

    private func get(_ responder: PreviewResponder, _ target: String, host: String? = "127.0.0.1:8080", method: String = "GET")
        -> PreviewResponse
    {
        guard case .response(let response) = responder.answer(PreviewRequest(method: method, target: target, host: host)) else {
            Issue.record("\(target) answered with the event stream")
            return PreviewResponse(status: 0, headers: [], body: Data())
        }
        return response
    }

    private func header(_ name: String, _ response: PreviewResponse) -> String? {
        response.headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    @Test func aPageIsServedFromMemoryWithTheLiveReloadScript() throws {
        let (project, responder) = try preview()
        let response = get(responder, "/alpha/strategy/introduction/")
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(response.status == 200)
        #expect(header("Content-Type", response) == "text/html; charset=utf-8")
        #expect(header("Cache-Control", response) == "no-store")
        #expect(header("Access-Control-Allow-Origin", response) == nil)
        #expect(text.contains("<h1>Introduction</h1>"))
        #expect(text.contains(LiveReload.tag + "\n</body>"))
        #expect(!project.exists("Output"), "a preview never writes Output/")
    }

    @Test func filesGetTheirOwnTypes() throws {
        let (_, responder) = try preview()
        #expect(header("Content-Type", get(responder, "/assets/style.css")) == "text/css; charset=utf-8")
        #expect(header("Content-Type", get(responder, "/alpha/logo.svg")) == "image/svg+xml")
        #expect(header("Content-Type", get(responder, PreviewResponder.scriptPath)) == "text/javascript; charset=utf-8")
        let css = get(responder, "/assets/style.css")
        #expect(!String(decoding: css.body, as: UTF8.self).contains("<script"), "only pages get the script")
    }

    @Test func aFolderWithoutItsSlashIsRedirected() throws {
        let (_, responder) = try preview()
        let response = get(responder, "/alpha/strategy")
        #expect(response.status == 301)
        #expect(header("Location", response) == "/alpha/strategy/")
    }

    @Test func anUnknownPathGetsTheSitesNotFoundPage() throws {
        let (_, responder) = try preview()
        let response = get(responder, "/alpha/no-such-page/")
        #expect(response.status == 404)
        #expect(String(decoding: response.body, as: UTF8.self).contains("<title>Page not found"))
    }

    @Test(arguments: [
        "/../../etc/passwd", "/alpha/../../Content/alpha/partnership.yaml", "/%2e%2e/%2e%2e/etc/passwd", "/alpha/%2E%2E/%2e%2e/x",
        "/alpha%2fstrategy%2fintroduction/", "/alpha%5c..%5cpartnership.yaml", "/alpha/./strategy/", "/alpha//strategy/",
        "/alpha%00/", "/%zz/", "relative/path",
    ])
    func pathsThatTryToLeaveTheSiteAreNotFound(target: String) throws {
        let (_, responder) = try preview()
        let response = get(responder, target)
        #expect(response.status == 404, "\(target)")
        #expect(!String(decoding: response.body, as: UTF8.self).contains("Alphashire Police"))
    }

    @Test(arguments: ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "localhost.evil.example:80", "localhost:80x"])
    func aForeignHostIsRefused(host: String) throws {
        let (_, responder) = try preview()
        #expect(get(responder, "/alpha/", host: host).status == 403)
    }

    @Test func anyHostIsAcceptedWhenListeningBeyondThisMachine() throws {
        let (_, local) = try preview()
        let open = PreviewResponder(site: local.site, acceptsAnyHost: true)
        #expect(get(open, "/alpha/", host: "pressroom.council.internal:8080").status == 200)
    }

    @Test(arguments: ["localhost", "localhost:8080", "127.0.0.1", "127.0.0.1:1234", "[::1]", "[::1]:8080", "LOCALHOST:8080"])
    func loopbackNamesAreAccepted(host: String) throws {
        let (_, responder) = try preview()
        #expect(get(responder, "/alpha/", host: host).status == 200)
    }

    @Test func aMissingHostIsRefused() throws {
        let (_, responder) = try preview()
        #expect(get(responder, "/alpha/", host: nil).status == 403)
    }

    @Test func onlyGetAndHeadAreAllowed() throws {
        let (_, responder) = try preview()
        for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"] {
            let response = get(responder, "/alpha/", method: method)
            #expect(response.status == 405, "\(method)")
            #expect(header("Allow", response) == "GET, HEAD")
        }
        #expect(get(responder, "/alpha/", method: "HEAD").status == 200)
    }

    @Test func theEventStreamHasItsOwnPath() throws {
        let (_, responder) = try preview()
        let answer = responder.answer(PreviewRequest(method: "GET", target: PreviewResponder.eventsPath, host: "localhost:8080"))
        guard case .events = answer else {
            Issue.record("the event path did not answer with events")
            return
        }
    }

    @Test func draftsAreShownMarkedAndKeptOutOfSearchEngines() throws {
        let draft = """

            -- Content/alpha/strategy/03-next-steps.md --
            ---
            title: Next steps
            draft: true
            ---

            Not yet agreed by the board.

            """
        let (_, responder) = try preview(draft)
        let page = String(decoding: get(responder, "/alpha/strategy/next-steps/").body, as: UTF8.self)
        #expect(page.contains("class=\"draft-banner\""))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
        let contents = String(decoding: get(responder, "/alpha/strategy/").body, as: UTF8.self)
        #expect(contents.contains("Next steps</a> <strong class=\"draft-tag\">Draft</strong>"))
        let introduction = String(decoding: get(responder, "/alpha/strategy/introduction/").body, as: UTF8.self)
        #expect(introduction.contains("Next steps</a> <strong class=\"draft-tag\">Draft</strong>"))
        #expect(!introduction.contains("Introduction</a> <strong class=\"draft-tag\">"), "only drafts are marked")

        let (_, published) = try preview(drafts: false, draft)
        #expect(get(published, "/alpha/strategy/next-steps/").status == 404)
        #expect(!String(decoding: get(published, "/alpha/strategy/").body, as: UTF8.self).contains("Next steps"))
    }

    @Test func beforeTheFirstGoodBuildEveryPageShowsTheErrorsAndWaits() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + """

                -- Content/alpha/strategy/03-plan.md --
                ---
                title: [Our plan
                ---

                """)
        let site = PreviewSite(project: project.folder)
        #expect(!site.rebuild().report.errors.isEmpty)
        let response = get(PreviewResponder(site: site), "/alpha/strategy/")
        let text = String(decoding: response.body, as: UTF8.self)
        #expect(response.status == 503)
        #expect(text.contains("<h1>The project does not build yet</h1>"))
        #expect(text.contains(LiveReload.tag))
    }

    @Test func aFileLinkedFromOutsideTheProjectIsNeverServed() throws {
        let (project, _) = try preview()
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("secret-\(UUID().uuidString).svg")
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><title>private</title></svg>".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            at: project.root.appendingPathComponent("Content/alpha/strategy/map.svg"), withDestinationURL: outside)
        try project.edit("Content/alpha/strategy/01-introduction.md") { $0 + "\n![A map](map.svg)\n" }
        let site = PreviewSite(project: project.folder)
        site.rebuild()
        let responder = PreviewResponder(site: site)
        for path in ["/alpha/strategy/map.svg", "/alpha/strategy/introduction/map.svg"] {
            let response = get(responder, path)
            #expect(response.status != 200, "\(path)")
            #expect(!String(decoding: response.body, as: UTF8.self).contains("private"), "\(path)")
        }
    }
}
