/// A tag's page: every commitment of a publication marked with the tag, chapter by chapter.
struct TagFields: PageFields {
    var publication: PublicationView
    /// "12 commitments, in 4 chapters", or that there are none yet.
    var count: String
    var chapters: [TaggedChapterView]
    /// Every tag of the publication, this one marked as current.
    var tags: [TagView]
    /// What the tags say about a commitment, e.g. "Who asked for it".
    var tagsTitle: String
    /// The page of every tag.
    var indexURL: String
    var allItems: String

    static let fields: [String: TemplateField<TagFields>] = [
        "publication": .view { $0.publication }, "count": .value { $0.count }, "chapters": .list { $0.chapters },
        "tags": .list { $0.tags }, "tags_title": .value { $0.tagsTitle }, "index_url": .value { $0.indexURL },
        "all_items": .value { $0.allItems },
    ]
}

/// The page of every tag a publication declares.
struct TagIndexFields: PageFields {
    var publication: PublicationView
    var tags: [TagView]

    static let fields: [String: TemplateField<TagIndexFields>] = [
        "publication": .view { $0.publication }, "tags": .list { $0.tags },
    ]
}

/// A tag as a link to its page, with what it means and how much it marks.
struct TagView: TemplateView, Hashable {
    var label: String
    var description: String
    var url: String
    /// "12 commitments, in 4 chapters"
    var count: String
    /// Whether this is the tag of the page showing it.
    var current = false

    static let fields: [String: TemplateField<TagView>] = [
        "label": .value { $0.label }, "description": .value { $0.description }, "url": .value { $0.url },
        "count": .value { $0.count }, "current": .value { $0.current },
    ]
}

/// A chapter on a tag's page, with its commitments marked with the tag.
struct TaggedChapterView: TemplateView, Hashable {
    var title: String
    var url: String
    var draft: Bool
    var items: [TaggedItemView]

    static let fields: [String: TemplateField<TaggedChapterView>] = [
        "title": .value { $0.title }, "url": .value { $0.url }, "draft": .value { $0.draft }, "items": .list { $0.items },
    ]
}

/// A commitment on a tag's page: its words, linked to where it appears, and its other tags.
struct TaggedItemView: TemplateView, Hashable {
    /// The words, as HTML text without elements: use `{{{text}}}`.
    var text: String
    var url: String
    /// "Also marked: Data, Partners", or nothing.
    var also: String?

    static let fields: [String: TemplateField<TaggedItemView>] = [
        "text": .value { $0.text }, "url": .value { $0.url }, "also": .optional { $0.also },
    ]
}
