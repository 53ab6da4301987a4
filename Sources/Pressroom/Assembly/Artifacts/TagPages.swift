/// The pages of a publication's tags: one listing every tag, and one per tag listing the
/// commitments it marks, each linked to where it appears.
enum TagPages {
    /// Every tag page of `publication`, none when it declares no tags.
    static func artifacts(partnership: Partnership, publication: Publication) -> [any Artifact] {
        guard let tags = PublicationTags(publication, of: partnership.slug) else { return [] }
        return [TagIndexPage(partnership: partnership, publication: publication, tags: tags)]
            + tags.tags.map { TagPage(partnership: partnership, publication: publication, tags: tags, tag: $0) }
    }
}

/// The page of every tag a publication declares: what each means and how much it marks.
struct TagIndexPage: Artifact {
    let partnership: Partnership
    let publication: Publication
    let tags: PublicationTags

    var route: Route { tags.indexRoute }
    var source: String { publication.source }

    func inputs(in context: BuildContext) -> Int? {
        context.tagPageInputs(route, publication, of: partnership)
    }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        let listing = TagListing(publication: publication, tags: tags, bodies: context.bodies)
        let fields = TagIndexFields(
            publication: context.publicationView(publication, of: partnership, on: route),
            tags: tags.tags.map { listing.view(of: $0, from: route) })
        return context.pageOfPublication(
            route, "tags", title: tags.title, summary: listing.strings.indexSummary(publication.title), of: publication, partnership,
            fields: fields)
    }
}

/// A tag's page: every commitment marked with it, chapter by chapter, each linked to where it
/// appears, and the other tags.
struct TagPage: Artifact {
    let partnership: Partnership
    let publication: Publication
    let tags: PublicationTags
    let tag: Tag

    var route: Route { tags.route(of: tag) }
    var source: String { publication.source }

    func inputs(in context: BuildContext) -> Int? {
        context.tagPageInputs(route, publication, of: partnership)
    }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        let listing = TagListing(publication: publication, tags: tags, bodies: context.bodies)
        let strings = listing.strings
        let chapters = listing.chapters(marked: tag).map { chapter, items in
            TaggedChapterView(
                title: chapter.title, url: route.link(to: chapter.route), draft: chapter.draft,
                items: items.map { item in
                    let others = item.tags.filter { $0 != tag.id }.compactMap { tags.tag($0)?.label }
                    return TaggedItemView(
                        text: item.text, url: route.link(to: chapter.route, fragment: item.anchor),
                        also: others.isEmpty ? nil : "\(strings.alsoMarked): \(others.joined(separator: ", "))")
                })
        }
        let fields = TagFields(
            publication: context.publicationView(publication, of: partnership, on: route),
            count: chapters.isEmpty ? strings.noItems : listing.count(of: tag), chapters: chapters,
            tags: tags.tags.map { listing.view(of: $0, from: route, current: $0 == tag) }, tagsTitle: tags.title,
            indexURL: route.link(to: tags.indexRoute), allItems: strings.allItems)
        return context.pageOfPublication(
            route, "tag", title: strings.tagTitle(tags.title, tag.label), summary: tag.description, of: publication, partnership,
            under: (tags.title, tags.indexRoute), fields: fields)
    }
}

extension BuildContext {
    /// A page made by Pressroom below a publication's contents page (and `under`, when given),
    /// using template `kind`.
    fileprivate func pageOfPublication(
        _ route: Route, _ kind: String, title: String, summary: String, of publication: Publication, _ partnership: Partnership,
        under parent: (String, Route)? = nil, fields: some PageFields
    ) -> PreparedArtifact {
        let trail = [(publication.shortTitle, Route.publication(partnership.slug, publication.slug))] + (parent.map { [$0] } ?? [])
        return page(
            route, template: kind, page: generatedView(title, summary, kind, partnership), partnership: partnership,
            breadcrumbs: breadcrumbs(from: route, partnership) + trail.map { LinkView(title: $0.0, url: route.link(to: $0.1)) },
            fields: fields)
    }

    /// What a tag page is made from: the publication's tags, outline and short title, the
    /// tagged commitments of each chapter, the partnership's frame, the site and the templates.
    fileprivate func tagPageInputs(_ route: Route, _ publication: Publication, of partnership: Partnership) -> Int? {
        guard let outline = outlines[publication.source], let frame = frames[partnership.slug] else { return nil }
        var inputs = Fingerprint()
        inputs.add(route)
        inputs.add(publication.tags)
        inputs.add(publication.tagsTitle)
        inputs.add(publication.shortTitle)
        inputs.add(outline)
        for chapter in publication.chapters {
            guard let body = bodies[chapter.source] else { return nil }
            inputs.add(body.tagged)
        }
        addFrame(of: partnership, frame, to: &inputs)
        return inputs.value
    }
}
