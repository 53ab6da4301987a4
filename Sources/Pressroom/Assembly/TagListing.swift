/// A publication's tagged commitments, gathered from its chapters' rendered bodies, as the tag
/// pages list them.
struct TagListing {
    let publication: Publication
    let tags: PublicationTags
    let bodies: [String: PageBody]
    var strings = Strings.english.tags

    /// The chapters with at least one commitment marked `tag`, in reading order, each with
    /// those commitments.
    func chapters(marked tag: Tag) -> [(Document, [TaggedItem])] {
        publication.chapters.compactMap { chapter in
            let items = bodies[chapter.source]?.tagged.filter { $0.tags.contains(tag.id) } ?? []
            return items.isEmpty ? nil : (chapter, items)
        }
    }

    /// "12 commitments, in 4 chapters"
    func count(of tag: Tag) -> String {
        let chapters = chapters(marked: tag)
        return strings.count(chapters.reduce(0) { $0 + $1.1.count }, chapters.count)
    }

    /// `tag` as a link from the page at `route`, with what it means and how much it marks.
    func view(of tag: Tag, from route: Route, current: Bool = false) -> TagView {
        TagView(
            label: tag.label, description: tag.description, url: route.link(to: tags.route(of: tag)), count: count(of: tag),
            current: current)
    }
}
