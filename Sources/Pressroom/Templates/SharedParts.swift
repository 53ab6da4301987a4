/// Partials that come out the same on many pages, such as the header and the footer. Which
/// fields of a page each partial reads is worked out from its tags when the templates load;
/// one that reads only fields shared by many pages (the partnership, the site, the way back to
/// the top) is rendered once for each value of those fields and its text reused. A partial
/// that reads anything of one page alone (its title, its breadcrumbs) is rendered every time.
struct SharedParts: Sendable {
    struct Part: Sendable {
        /// Where the partial's own template is kept; the library holds a stand-in under its name.
        var number: Int
        /// The fields of the page that the partial, and the partials it includes, read.
        var reads: [String]
    }

    /// Partial name → what it reads.
    let parts: [String: Part]

    static let none = SharedParts(parts: [:])

    private init(parts: [String: Part]) { self.parts = parts }

    /// Finds the partials that are only ever included outside any section and without
    /// indentation, so that each is always rendered with the page's fields and nothing else
    /// around it, and works out what each reads. `roots` are the templates rendered directly.
    init(tags: [String: TemplateTags], roots: Set<String>, page: TemplateSchema) {
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
        for (number, name) in top.subtracting(roots).filter({ tags[$0] != nil }).sorted().enumerated() {
            var reads = Set<String>()
            FieldOrigins(tags: tags, page: page).walk(name, into: &reads)
            parts[name] = Part(number: number, reads: reads.sorted())
        }
        self.parts = parts
    }
}

/// Which field of the page each name in a template comes from, following Mustache's lookup:
/// inside `{{#partnership}}`, `name` is the partnership's, while `root` is still the page's.
private struct FieldOrigins {
    let tags: [String: TemplateTags]
    let page: TemplateSchema

    /// One level of sections: the fields its view has (`nil` when not known, so that it may
    /// answer any name) and the field of the page it came from (`nil` for the page itself).
    private struct Level {
        var schema: TemplateSchema?
        var origin: String?
    }

    func walk(_ name: String, into reads: inout Set<String>) {
        var stack = [Level(schema: page, origin: nil)]
        walk(name, stack: &stack, depth: 0, into: &reads)
    }

    private func walk(_ name: String, stack: inout [Level], depth: Int, into reads: inout Set<String>) {
        guard let template = tags[name], depth < 10 else {
            reads.insert(".")
            return
        }
        let floor = stack.count
        for tag in template.tags {
            switch tag.sigil {
            case "!": continue
            case ">": walk(tag.name, stack: &stack, depth: depth + 1, into: &reads)
            case "/": if stack.count > floor { stack.removeLast() }
            default:
                let (origin, kind) = resolve(tag.name, in: stack)
                reads.insert(origin)
                guard tag.sigil == "#" || tag.sigil == "^" else { continue }
                switch (tag.sigil, kind) {
                case ("#", .list(let inner)?), ("#", .view(let inner)?): stack.append(Level(schema: inner, origin: origin))
                case ("#", nil): stack.append(Level(schema: nil, origin: origin))
                default: stack.append(Level(schema: .empty, origin: origin))
                }
            }
        }
        stack.removeSubrange(floor...)
    }

    /// The field of the page a name comes from, and what kind of field it is when known.
    private func resolve(_ name: String, in stack: [Level]) -> (String, TemplateFieldKind?) {
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return (stack.last?.origin ?? ".", .value) }
        for level in stack.reversed() {
            guard let schema = level.schema else { return (level.origin ?? first, nil) }
            guard var kind = schema.fields[first] else { continue }
            for part in parts.dropFirst() {
                guard case .view(let inner) = kind, let next = inner.fields[part] else { return (level.origin ?? first, nil) }
                kind = next
            }
            return (level.origin ?? first, kind)
        }
        return (first, nil)
    }
}
