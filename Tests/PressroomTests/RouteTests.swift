import Testing

@testable import Pressroom

/// Relative links between places in the site, which work from disk and from any sub-folder.
@Suite struct RouteTests {
    static let chapter = Route(page: ["cheshire", "strategy", "foreword"])

    @Test(
        arguments: [
            (Route(page: ["cheshire", "strategy", "priorities"]), nil, "../priorities/index.html"),
            (Route(page: ["cheshire", "strategy", "foreword"]), "our-approach", "index.html#our-approach"),
            (Route(page: ["cheshire"]), nil, "../../index.html"),
            (Route(page: []), nil, "../../../index.html"),
            (Route(file: "measures.csv", in: ["cheshire", "data"]), nil, "../../data/measures.csv"),
            (Route(page: ["cheshire", "strategy", "foreword", "more"]), "a", "more/index.html#a"),
            (Route(page: ["warrington", "plan"]), "día-1", "../../../warrington/plan/index.html#día-1"),
            (Route(file: "annual report.pdf", in: ["cheshire", "files"]), nil, "../../files/annual%20report.pdf"),
            (Route(file: "map.png", in: ["cheshire", "café"]), "x", "../../caf%C3%A9/map.png#x"),
        ] as [(Route, String?, String)])
    func aLinkClimbsToTheFoldersBothShareAndGoesDownFromThere(target: Route, fragment: String?, link: String) {
        #expect(Self.chapter.link(to: target, fragment: fragment) == link)
    }

    @Test func theTopOfTheSiteLinksDownWithoutClimbing() {
        #expect(Route(page: []).link(to: Self.chapter) == "cheshire/strategy/foreword/index.html")
        #expect(Route(page: []).link(to: Route(page: [])) == "index.html")
    }
}
