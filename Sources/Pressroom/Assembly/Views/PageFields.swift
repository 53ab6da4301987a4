/// Pages with no fields of their own.
struct NoFields: PageFields {
    static let fields: [String: TemplateField<NoFields>] = [:]
}

struct ChapterFields: PageFields {
    var publication: PublicationView
    var previous: LinkView?
    var next: LinkView?

    static let fields: [String: TemplateField<ChapterFields>] = [
        "publication": .view(\.publication), "previous": .view(\.previous), "next": .view(\.next),
    ]
}

struct ContentsFields: PageFields {
    var publication: PublicationView

    static let fields: [String: TemplateField<ContentsFields>] = ["publication": .view(\.publication)]
}

struct HomeFields: PageFields {
    var publications: [CardView]
    var news: [CardView]
    var pages: [CardView]

    static let fields: [String: TemplateField<HomeFields>] = [
        "publications": .list(\.publications), "news": .list(\.news), "pages": .list(\.pages),
    ]
}

struct NewsListFields: PageFields {
    var news: [CardView]

    static let fields: [String: TemplateField<NewsListFields>] = ["news": .list(\.news)]
}

struct PortalFields: PageFields {
    var partnerships: [PortalCardView]

    static let fields: [String: TemplateField<PortalFields>] = ["partnerships": .list(\.partnerships)]
}

struct AccessibilityFields: PageFields {
    var statement: StatementView

    static let fields: [String: TemplateField<AccessibilityFields>] = ["statement": .view(\.statement)]
}

struct DataFields: PageFields {
    var measures: [MeasureRowView]
    var csvURL: String
    var jsonURL: String

    static let fields: [String: TemplateField<DataFields>] = [
        "measures": .list(\.measures), "csv_url": .value(\.csvURL), "json_url": .value(\.jsonURL),
    ]
}
