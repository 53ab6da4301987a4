/// Pages with no fields of their own.
struct NoFields: PageFields {
    static let fields: [String: TemplateField<NoFields>] = [:]
}

/// The not-found page: every partnership, so that a reader who followed a broken link can still
/// find local help. Its addresses start from the site's root, as every link on that page does.
struct NotFoundFields: PageFields {
    var partnerships: [PartnershipHelpView]

    static let fields: [String: TemplateField<NotFoundFields>] = ["partnerships": .list { $0.partnerships }]
}

/// A partnership on the not-found page: its name, and its home and help pages from the site's root.
struct PartnershipHelpView: TemplateView, Hashable {
    var name: String
    var homeURL: String
    var helpURL: String?

    static let fields: [String: TemplateField<PartnershipHelpView>] = [
        "name": .value { $0.name }, "home_url": .value { $0.homeURL }, "help_url": .optional { $0.helpURL },
    ]
}

struct ChapterFields: PageFields {
    var publication: PublicationView
    var previous: LinkView?
    var next: LinkView?

    static let fields: [String: TemplateField<ChapterFields>] = [
        "publication": .view { $0.publication }, "previous": .view { $0.previous }, "next": .view { $0.next },
    ]
}

struct ContentsFields: PageFields {
    var publication: PublicationView
    /// The whole publication on one page, made for print.
    var printURL: String?
    var pdf: DownloadView?
    /// The page listing the publication's commitments by tag, when it declares tags.
    var tags: LinkView?

    static let fields: [String: TemplateField<ContentsFields>] = [
        "publication": .view { $0.publication }, "print_url": .optional { $0.printURL }, "pdf": .view { $0.pdf },
        "tags": .view { $0.tags },
    ]
}

/// A file to download, named with its size: "Download the PDF (24 pages, 310 KB)".
struct DownloadView: TemplateView, Hashable {
    var url: String
    var label: String

    static let fields: [String: TemplateField<DownloadView>] = ["url": .value { $0.url }, "label": .value { $0.label }]

    static func pdf(url: String, facts: PDFFacts) -> DownloadView {
        let size =
            facts.bytes >= 1_000_000
            ? String(format: "%.1f MB", Double(facts.bytes) / 1_000_000) : "\(max(1, (facts.bytes + 500) / 1000)) KB"
        let pages = facts.pages.map { "\($0) page\($0 == 1 ? "" : "s"), " } ?? ""
        return DownloadView(url: url, label: "Download the PDF (\(pages)\(size))")
    }
}

struct HomeFields: PageFields {
    var publications: [CardView]
    var news: [CardView]
    var pages: [CardView]

    static let fields: [String: TemplateField<HomeFields>] = [
        "publications": .list { $0.publications }, "news": .list { $0.news }, "pages": .list { $0.pages },
    ]
}

struct NewsListFields: PageFields {
    var news: [CardView]

    static let fields: [String: TemplateField<NewsListFields>] = ["news": .list { $0.news }]
}

struct PortalFields: PageFields {
    var partnerships: [PortalCardView]

    static let fields: [String: TemplateField<PortalFields>] = ["partnerships": .list { $0.partnerships }]
}

struct AccessibilityFields: PageFields {
    var statement: StatementView

    static let fields: [String: TemplateField<AccessibilityFields>] = ["statement": .view { $0.statement }]
}

struct DataFields: PageFields {
    var measures: [MeasureRowView]
    var priorities: [PriorityView]
    var csvURL: String
    var jsonURL: String

    static let fields: [String: TemplateField<DataFields>] = [
        "measures": .list { $0.measures }, "priorities": .list { $0.priorities },
        "has_framework": .value { !$0.priorities.isEmpty }, "csv_url": .value { $0.csvURL },
        "json_url": .value { $0.jsonURL },
    ]
}

/// A priority of the outcome framework on the open data page, with its outcomes.
struct PriorityView: TemplateView, Hashable {
    var title: String
    var outcomes: [OutcomeView]

    static let fields: [String: TemplateField<PriorityView>] = ["title": .value { $0.title }, "outcomes": .list { $0.outcomes }]
}

/// An outcome and the titles of the measures that judge it, as one line of text.
struct OutcomeView: TemplateView, Hashable {
    var title: String
    var measures: String

    static let fields: [String: TemplateField<OutcomeView>] = ["title": .value { $0.title }, "measures": .value { $0.measures }]
}

/// A publication as one print document: every chapter, with its own ids.
struct PrintFields: PageFields {
    var publication: PublicationView
    var chapters: [PrintChapterView]
    /// The publication's address on the web, when the site has a `base_url`.
    var webAddress: String?

    static let fields: [String: TemplateField<PrintFields>] = [
        "publication": .view { $0.publication }, "chapters": .list { $0.chapters }, "web_address": .optional { $0.webAddress },
    ]
}

/// A chapter of a print document: its number, title, the id of its section and its body.
struct PrintChapterView: TemplateView, Hashable {
    var number: Int
    var title: String
    var id: String
    var summary: String?
    var body: String

    static let fields: [String: TemplateField<PrintChapterView>] = [
        "number": .value { $0.number }, "title": .value { $0.title }, "id": .value { $0.id }, "summary": .optional { $0.summary },
        "body": .value { $0.body },
    ]
}
