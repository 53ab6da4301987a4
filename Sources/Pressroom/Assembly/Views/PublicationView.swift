/// A publication as its contents page and its chapters show it.
final class PublicationView: TemplateView, Hashable {
    let publication: Publication
    let partnership: String
    let page: Route
    /// The chapter being shown, if any, marked as current in the list of chapters.
    let current: Int?
    /// A fingerprint of what the view shows of the publication, made once per publication.
    let outline: Int

    init(publication: Publication, partnership: String, page: Route, current: Int? = nil, outline: Int) {
        self.publication = publication
        self.partnership = partnership
        self.page = page
        self.current = current
        self.outline = outline
    }

    /// The fingerprint of the publication's details and its list of chapters: the text of the
    /// chapters does not matter.
    static func outline(of publication: Publication) -> Int {
        var hasher = Hasher()
        hasher.combine([
            publication.slug, publication.title, publication.shortTitle, publication.period, publication.summary, publication.published,
        ])
        hasher.combine(publication.kind)
        for chapter in publication.chapters {
            hasher.combine(chapter.title)
            hasher.combine(chapter.summary)
            hasher.combine(chapter.route)
            hasher.combine(chapter.draft)
        }
        return hasher.finalize()
    }

    static let fields: [String: TemplateField<PublicationView>] = [
        "title": .value { $0.publication.title }, "short_title": .value { $0.publication.shortTitle },
        "period": .optional { $0.publication.period },
        "url": .value { $0.page.link(to: .publication($0.partnership, $0.publication.slug)) },
        "summary": .optional { $0.publication.summary },
        "published": .optional { $0.publication.published.map(LongDate.text) },
        "kind_label": .value { $0.publication.kind.label() },
        "chapters": .list { $0.chapters },
    ]

    static func == (a: PublicationView, b: PublicationView) -> Bool {
        (a.partnership, a.page, a.current) == (b.partnership, b.page, b.current) && a.outline == b.outline
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(partnership)
        hasher.combine(page)
        hasher.combine(current)
        hasher.combine(outline)
    }

    private var chapters: [ChapterEntryView] {
        publication.chapters.enumerated().map { index, chapter in
            ChapterEntryView(
                number: index + 1, title: chapter.title, url: page.link(to: chapter.route), summary: chapter.summary,
                current: index == current, draft: chapter.draft)
        }
    }
}

struct ChapterEntryView: TemplateView, Hashable {
    var number: Int
    var title: String
    var url: String
    var summary: String?
    var current: Bool
    /// Shown only in previews and builds with drafts.
    var draft = false

    var itemKey: Int? { hashValue }

    static let fields: [String: TemplateField<ChapterEntryView>] = [
        "number": .value { $0.number }, "title": .value { $0.title }, "url": .value { $0.url }, "summary": .optional { $0.summary },
        "current": .value { $0.current }, "draft": .value { $0.draft },
    ]
}

/// A publication, news item or page as a card on a home or list page.
struct CardView: TemplateView, Hashable {
    var title: String
    var url: String
    var summary: String?
    var period: String?
    /// What a publication is: "Strategy", "Report"; `nil` for news and pages.
    var kind: String?
    var date: String?
    var draft = false

    static let fields: [String: TemplateField<CardView>] = [
        "title": .value { $0.title }, "url": .value { $0.url }, "summary": .optional { $0.summary }, "period": .optional { $0.period },
        "kind": .optional { $0.kind },
        "date": .optional { $0.date.map(LongDate.text) }, "date_iso": .optional { $0.date }, "draft": .value { $0.draft },
    ]

    static func publication(_ publication: Publication, partnership: String, from page: Route) -> CardView {
        CardView(
            title: publication.title, url: page.link(to: .publication(partnership, publication.slug)), summary: publication.summary,
            period: publication.period, kind: publication.kind.label())
    }

    static func document(_ document: Document, from page: Route) -> CardView {
        CardView(
            title: document.title, url: page.link(to: document.route), summary: document.summary, date: document.date,
            draft: document.draft)
    }
}

/// A partnership as a card on the portal.
struct PortalCardView: TemplateView, Hashable {
    var partnership: Partnership

    init(_ partnership: Partnership) {
        self.partnership = partnership.settings
    }

    static let fields: [String: TemplateField<PortalCardView>] = [
        "name": .value { $0.partnership.name }, "area": .value { $0.partnership.area }, "summary": .value { $0.partnership.summary },
        "url": .value { Route.portal.link(to: .home($0.partnership.slug)) }, "brand_colour": .value { $0.partnership.brandColour },
    ]
}

/// The accessibility statement's facts, from `partnership.yaml`.
struct StatementView: TemplateView, Hashable {
    var partnership: Partnership

    init(_ partnership: Partnership) {
        self.partnership = partnership.settings
    }

    static let fields: [String: TemplateField<StatementView>] = [
        "reviewed": .value { LongDate.text($0.partnership.accessibilityReviewed) },
        "known_issues": .valuesOrFalse { $0.partnership.knownAccessibilityIssues },
        "email": .optional { $0.partnership.contact.email }, "phone": .optional { $0.partnership.contact.phone },
    ]
}

/// One measure on the open data page.
struct MeasureRowView: TemplateView, Hashable {
    var id: String
    var title: String
    var unit: String
    var desiredDirection: String
    var source: String
    var latestPeriod: String
    var latestValue: String
    var description: String?
    /// "2017/18 to 2019/20", or "None yet".
    var periods: String

    static let fields: [String: TemplateField<MeasureRowView>] = [
        "id": .value { $0.id }, "title": .value { $0.title }, "unit": .value { $0.unit },
        "description": .optional { $0.description }, "periods": .value { $0.periods },
        "desired_direction": .value { $0.desiredDirection },
        "source": .value { $0.source }, "latest_period": .value { $0.latestPeriod }, "latest_value": .value { $0.latestValue },
    ]
}
