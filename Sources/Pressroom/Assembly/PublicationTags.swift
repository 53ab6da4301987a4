/// The tags a publication declares, as its chapters need them: each tag, and the address of
/// the page that lists what it marks.
struct PublicationTags: Sendable, Hashable {
    let partnership: String
    let publication: String
    /// What the tags say about a commitment: `tags_title`, or "Tags".
    let title: String
    let tags: [Tag]
    /// `publication.yaml`, where the tags are declared.
    let source: String

    /// The tags of `publication`, or `nil` when it declares none.
    init?(_ publication: Publication, of partnership: String, strings: TagStrings = Strings.english.tags) {
        guard !publication.tags.isEmpty else { return nil }
        self.partnership = partnership
        self.publication = publication.slug
        title = publication.tagsTitle ?? strings.defaultTitle
        tags = publication.tags
        source = publication.source
    }

    func tag(_ id: String) -> Tag? { tags.first { $0.id == id } }

    /// The page listing every commitment marked with `tag`.
    func route(of tag: Tag) -> Route { .tag(partnership, publication, tag.id) }

    /// The page listing every tag.
    var indexRoute: Route { .tags(partnership, publication) }
}

/// A commitment marked with tags, as its chapter's body records it for the tag pages.
struct TaggedItem: Sendable, Hashable {
    /// The id of the commitment on its page, for a link straight to it.
    var anchor: String
    /// Its words, as HTML text without elements.
    var text: String
    /// The ids of its tags, in the order they were written.
    var tags: [String]
}

extension SiteIndex {
    /// The tags each chapter can use, by the chapter's source: its publication's.
    static func tags(of site: Site) -> [String: PublicationTags] {
        var tags: [String: PublicationTags] = [:]
        for partnership in site.partnerships {
            for publication in partnership.publications {
                guard let declared = PublicationTags(publication, of: partnership.slug) else { continue }
                for chapter in publication.chapters { tags[chapter.source] = declared }
            }
        }
        return tags
    }
}
