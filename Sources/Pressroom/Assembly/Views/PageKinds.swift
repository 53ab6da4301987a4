/// Every kind of page, by the name of its template, and the fields its templates can use.
enum PageKinds {
    static let schemas: [String: TemplateSchema] = [
        "portal": PortalFields.schema, "not-found": NotFoundFields.schema, "home": HomeFields.schema,
        "contents": ContentsFields.schema, "chapter": ChapterFields.schema, "news-list": NewsListFields.schema,
        "news-item": NoFields.schema, "page": NoFields.schema, "contact": NoFields.schema,
        "accessibility": AccessibilityFields.schema, "data": DataFields.schema, "print": PrintFields.schema,
        "tags": TagIndexFields.schema, "tag": TagFields.schema,
    ].mapValues { PageScope.common.adding($0) }
}
