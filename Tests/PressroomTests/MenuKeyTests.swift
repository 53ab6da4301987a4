import Foundation
import Testing

@testable import Pressroom

/// Pages whose headers are shared must show the same menu: the menu's fingerprint is worked
/// out from where the page is, without making its links.
@Suite struct MenuKeyTests {
    @Test func pagesWithTheSameMenuKeyHaveTheSameMenu() throws {
        let project = try TestProject(
            TestProject.minimalPartnership() + TestProject.chapter("Plans.", file: "Content/alpha/strategy/03-plans.md", title: "Plans"))
        let site = ContentLoader(project: project.folder, log: DiagnosticLog(), includeDrafts: false, cache: ContentCache()).loadSite()
        let frame = PartnershipFrame(try #require(site.partnerships.first))
        let pages: [Route] =
            frame.nav.map(\.route) + [
                Route(page: ["alpha", "strategy", "introduction"]), Route(page: ["alpha", "strategy", "plans"]),
                Route(page: ["alpha", "strategy", "tags", "youth"]), Route(page: ["alpha", "news", "first-item"]),
                Route(page: ["alpha", "help", "deeper"]), Route(page: ["alpha"]), Route(file: "other.html", in: ["alpha"]),
                Route(file: "404.html", in: []),
                Route(file: "index.html", in: ["alpha", "strategy", "print"]), Route(page: ["beta", "strategy"]),
            ]
        func key(_ page: Route) -> Int {
            var hasher = Hasher()
            #expect(PartnershipView(frame: frame, page: page).addSharedKey(reading: ["nav"], to: &hasher))
            return hasher.finalize()
        }
        var shared = 0
        for a in pages {
            for b in pages where a != b && key(a) == key(b) {
                shared += 1
                #expect(
                    PartnershipView(frame: frame, page: a).navigation == PartnershipView(frame: frame, page: b).navigation,
                    "\(a) and \(b) have the same menu key but different menus")
            }
        }
        // The chapters of one publication share their menu.
        #expect(key(Route(page: ["alpha", "strategy", "introduction"])) == key(Route(page: ["alpha", "strategy", "plans"])))
        #expect(shared >= 2)
        #expect(key(Route(page: ["alpha", "strategy"])) != key(Route(page: ["alpha", "news"])))
    }
}
