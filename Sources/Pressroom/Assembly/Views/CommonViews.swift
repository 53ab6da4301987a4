/// The portal's settings, for every page.
struct SiteView: TemplateView, Hashable {
    var title: String
    var description: String

    static let fields: [String: TemplateField<SiteView>] = [
        "title": .value { $0.title }, "description": .value { $0.description }, "language": .value { _ in "en-GB" },
    ]
}

/// A titled link: a breadcrumb, a neighbouring chapter.
struct LinkView: TemplateView, Hashable {
    var title: String
    var url: String

    var itemKey: Int? { hashValue }

    static let fields: [String: TemplateField<LinkView>] = ["title": .value { $0.title }, "url": .value { $0.url }]
}

/// One heading in a page's "On this page" list.
struct ContentsEntryView: TemplateView, Hashable {
    var id: String
    var text: String
    var level: Int

    static let fields: [String: TemplateField<ContentsEntryView>] = [
        "id": .value { $0.id }, "text": .value { $0.text }, "level": .value { $0.level },
    ]
}

/// What the page itself says: title, summary and the Markdown body. A class, so that the
/// template engine's casts copy a reference; it is filled in once, before any page is made.
final class PageView: TemplateView, Hashable, @unchecked Sendable {
    var title: String
    var summary: String?
    /// The page kind, which is also its template's name: `chapter`, `news-item`, …
    var kind: String
    var draft = false
    var leaveSite = false
    var leaveSiteURL = Partnership.defaultLeaveSiteURL
    /// Headings shown as "On this page": only when there are at least two sections.
    var contents: [ContentsEntryView]?
    var body = ""
    /// A fingerprint of `body`, so that comparing pages does not compare whole bodies.
    var bodyFingerprint = 0
    var date: String?

    init(title: String, summary: String?, kind: String) {
        self.title = title
        self.summary = summary
        self.kind = kind
    }

    static let fields: [String: TemplateField<PageView>] = [
        "title": .value { $0.title }, "summary": .optional { $0.summary }, "kind": .value { $0.kind }, "draft": .value { $0.draft },
        "leave_site": .value { $0.leaveSite }, "leave_site_url": .value { $0.leaveSiteURL },
        "toc": .list { $0.contents },
        "body": .value { $0.body }, "date": .optional { $0.date.map(LongDate.text) }, "date_iso": .optional { $0.date },
    ]

    static func == (a: PageView, b: PageView) -> Bool {
        a.identity == b.identity && a.bodyFingerprint == b.bodyFingerprint && a.contents == b.contents
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(identity)
        hasher.combine(bodyFingerprint)
        hasher.combine(contents)
    }

    private var identity: [String?] {
        [title, summary, kind, String(draft), String(leaveSite), leaveSiteURL, date]
    }

    /// The headings of a page body as its "On this page" list.
    static func contents(_ headings: [MarkdownDocument.Heading]) -> [ContentsEntryView]? {
        guard headings.filter({ $0.level == 2 }).count >= 2 else { return nil }
        return headings.filter { $0.level <= 3 }.map { ContentsEntryView(id: $0.id, text: $0.text, level: $0.level) }
    }
}

/// `2024-03-14` → `14 March 2024`.
enum LongDate {
    static func text(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}
