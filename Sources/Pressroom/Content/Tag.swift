/// A tag that a publication declares in `publication.yaml`, so that its chapters can mark
/// commitments with it: who asked for a commitment, for example.
///
///     tags_title: Who asked for it
///     tags:
///       - id: partners
///         label: Partners
///         description: Partner organisations and other stakeholders.
public struct Tag: Sendable, Hashable {
    /// What authors write after `tags:` under a commitment, and the tag page's web address.
    public var id: String
    /// What readers see on the label.
    public var label: String
    /// What the label means, shown in the key and on the tag's page.
    public var description: String
}

extension Tag {
    static let keys = ["id", "label", "description"]

    /// The tags declared under `tags:` in `yaml`, checked: every tag has an id (lower case
    /// letters, digits and hyphens), a label and a description, and no id or label is used twice.
    static func declared(in yaml: YAMLMap, log: DiagnosticLog) throws(ContentError) -> [Tag] {
        var tags: [Tag] = []
        for item in try yaml.maps("tags") {
            item.warnUnknownKeys(keys, log: log)
            let id = try item.requiredString("id")
            guard ContentLoader.isSlug(id) else {
                throw ContentError(
                    item.location("id"),
                    "tag id '\(id)' becomes a web address; use lower case letters, digits and hyphens, e.g. young-people")
            }
            let label = try item.requiredString("label")
            if let first = tags.first(where: { $0.id == id || $0.label == label }) {
                let what = first.id == id ? "id '\(id)'" : "label '\(label)'"
                throw ContentError(item.start, "the tag \(what) is declared twice; give each tag its own id and label")
            }
            tags.append(Tag(id: id, label: label, description: try item.requiredString("description")))
        }
        return tags
    }
}
