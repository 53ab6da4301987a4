/// Commitments marked with the tags of their publication (`commitments` blocks).
extension PageLinks {
    /// HTML for a `commitments` block: the key to the tags it uses, then the list, each
    /// commitment followed by its tags as labels. Records every tagged commitment for the tag
    /// pages. A tag its publication does not declare is an error where it is written.
    func commitments(_ body: String, at location: SourceLocation, tableID: String) throws(ContentError) -> String {
        let list = try TaggedList(parsing: body, at: location)
        let declared = index.tags[source]
        var marked: [[Tag]] = []
        for item in list.items {
            var tags: [Tag] = []
            for (id, place) in item.tags {
                let tag = try Self.tag(id, at: place, in: declared, page: source)
                if !tags.contains(tag) { tags.append(tag) }
            }
            marked.append(tags)
        }
        let used = declared?.tags.filter { tag in marked.contains { $0.contains(tag) } } ?? []
        let labels = declared.map { TagLabels(tags: $0, page: page) }
        let log = DiagnosticLog()
        let renderer = HTMLRenderer(
            document: list.document, resolver: self, scope: IDScope(prefix: tableID + "-", reserved: []), log: log)
        let element = list.ordered ? "ol" : "ul"
        let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
        var html = "<div class=\"tagged\">\n" + (labels?.key(used) ?? "") + "<\(element) class=\"tagged__list\"\(start)>\n"
        for (number, (item, tags)) in zip(list.items, marked).enumerated() {
            let anchor = "\(tableID)-\(number + 1)"
            let words = renderer.blocks(item.blocks, tight: list.tight).trimmingNewlines
            // The words in a block of their own: beside the labels' paragraph, bare text is
            // wrapped after its first word in print.
            html +=
                "<li class=\"tagged__item\" id=\"\(anchor)\"><div class=\"tagged__words\">\(words)</div>\n\(labels?.labels(tags) ?? "")</li>\n"
            if !tags.isEmpty {
                tagged.append(TaggedItem(anchor: anchor, text: TagLabels.text(of: words), tags: tags.map(\.id)))
            }
        }
        taggedDiagnostics += log.recorded
        return html + "</\(element)>\n</div>\n"
    }

    /// The declared tag `id`, or an error saying which tags there are.
    private static func tag(_ id: String, at place: SourceLocation, in declared: PublicationTags?, page: String) throws(ContentError) -> Tag
    {
        guard let declared else {
            throw ContentError(
                place,
                "tag '\(id)' is not declared: tags are declared under `tags:` in the publication.yaml of a publication, "
                    + "and \(page) is not a chapter of one that declares any (see Content/README.md)")
        }
        if let tag = declared.tag(id) { return tag }
        let byLabel = declared.tags.first { $0.label.lowercased() == id.lowercased() }
        if let suggestion = byLabel?.id ?? Suggestion.closest(to: id, in: declared.tags.map(\.id)) {
            throw ContentError(place, "tag '\(id)' is not declared; did you mean '\(suggestion)'?")
        }
        throw ContentError(
            place,
            "tag '\(id)' is not declared; use one of \(declared.tags.map(\.id).joined(separator: ", ")), "
                + "or declare it under `tags:` in \(declared.source)")
    }
}
