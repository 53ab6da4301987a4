/// Partials that come out the same on many pages, such as the header and the footer. Which
/// fields of a page each partial reads is worked out from its tags when the templates load;
/// one that reads only fields shared by many pages (the partnership, the site, the way back to
/// the top) is rendered once for each value of what it reads and its text reused. A partial
/// that reads anything of one page alone (its title, its breadcrumbs) is rendered every time.
struct SharedParts: Sendable {
    struct Part: Sendable {
        /// The fields of the page that the partial, and the partials it includes, read; with
        /// each, the names read inside it (`partnership` → `name`, `nav`), `*` for all of them,
        /// and none when only whether the field is there matters.
        var reads: [String: Set<String>]
    }

    /// Partial name → what it reads.
    let parts: [String: Part]
    /// Partials shown once for each item of a list, reading only the item's own fields: partial
    /// name → the names of the fields it reads, sorted.
    let items: [String: [String]]

    static let none = SharedParts(parts: [:], items: [:])

    private init(parts: [String: Part], items: [String: [String]]) {
        self.parts = parts
        self.items = items
    }

    /// Finds the partials that are only ever included outside any section and without
    /// indentation, so that each is always rendered with the page's fields and nothing else
    /// around it, and works out what each reads. `roots` are the templates rendered directly;
    /// `page` holds the fields every page has, and `kinds` the fields of each root.
    init(tags: [String: TemplateTags], roots: Set<String>, page: TemplateSchema, kinds: [String: TemplateSchema] = [:]) {
        let all = tags.values.flatMap(\.tags)
        // Template inheritance, dynamic partials and new delimiters hide includes from the tags.
        guard !all.contains(where: { ["<", "$", "="].contains($0.name.first) || ($0.sigil == ">" && $0.name.first == "*") }) else {
            self = .none
            return
        }
        var sites: [String: [(template: String, plain: Bool)]] = [:]
        for (name, template) in tags {
            var depth = 0
            for tag in template.tags {
                switch tag.sigil {
                case "#", "^": depth += 1
                case "/": depth = max(0, depth - 1)
                case ">": sites[tag.name, default: []].append((name, depth == 0 && !tag.indented))
                default: break
                }
            }
        }
        var top = roots.union(sites.keys)
        var changed = true
        while changed {
            changed = false
            for name in top where sites[name, default: []].contains(where: { !$0.plain || !top.contains($0.template) }) {
                top.remove(name)
                changed = true
            }
        }
        var parts: [String: Part] = [:]
        for name in top.subtracting(roots) where tags[name] != nil {
            parts[name] = Part(reads: FieldOrigins(tags: tags, page: page).reads(of: name))
        }
        self.parts = parts
        items = Self.items(tags: tags, roots: roots, page: page, kinds: kinds, taken: Set(parts.keys))
    }

    /// The partials that are only ever included as the whole of what one item of a list of
    /// views shows, reading nothing but that item's own fields and including no partials, with
    /// the names each reads: a menu entry, a line of a contents list.
    private static func items(
        tags: [String: TemplateTags], roots: Set<String>, page: TemplateSchema, kinds: [String: TemplateSchema], taken: Set<String>
    ) -> [String: [String]] {
        var sites: [String: [TemplateSchema?]] = [:]
        for root in roots {
            for include in FieldOrigins(tags: tags, page: kinds[root] ?? page).includes(from: root) {
                sites[include.partial, default: []].append(include.item)
            }
        }
        var items: [String: [String]] = [:]
        for (name, schemas) in sites where !roots.contains(name) && !taken.contains(name) {
            guard let template = tags[name], !template.tags.contains(where: { $0.sigil == ">" }) else { continue }
            var names = Set<String>()
            for schema in schemas {
                guard let schema else {
                    names = []
                    break
                }
                let reads = FieldOrigins(tags: tags, page: schema).reads(of: name)
                guard reads.keys.allSatisfy({ schema.fields[$0] != nil }) else {
                    names = []
                    break
                }
                names.formUnion(reads.keys)
            }
            if !names.isEmpty { items[name] = names.sorted() }
        }
        return items
    }
}
