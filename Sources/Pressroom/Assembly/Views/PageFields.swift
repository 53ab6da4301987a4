/// Pages with no fields of their own.
struct NoFields: PageFields {
    static let fields: [String: TemplateField<NoFields>] = [:]
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

    static let fields: [String: TemplateField<ContentsFields>] = ["publication": .view { $0.publication }]
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
