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
        for name in top.subtracting(roots) where tags[name] != nil {
            var reads: [String: Set<String>] = [:]
            FieldOrigins(tags: tags, page: page).walk(name, into: &reads)
            parts[name] = Part(reads: reads)
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
    /// answer any name), the field of the page it came from (`nil` for the page itself) and
    /// the name read inside that field (`nav` for the level of `{{#nav}}` in a partnership).
    private struct Level {
        var schema: TemplateSchema?
        var origin: String?
        var inner: String?
    }

    /// What one name reads: a field of the page and, when known, the name read inside it.
    private struct Read {
        var origin: String
        var inner: String?
        var kind: TemplateFieldKind?
    }

    func walk(_ name: String, into reads: inout [String: Set<String>]) {
        var stack = [Level(schema: page, origin: nil, inner: nil)]
        walk(name, stack: &stack, depth: 0, into: &reads)
    }

    private func walk(_ name: String, stack: inout [Level], depth: Int, into reads: inout [String: Set<String>]) {
        guard let template = tags[name], depth < 10 else {
            reads[".", default: []].insert("*")
            return
        }
        let floor = stack.count
        for tag in template.tags {
            switch tag.sigil {
            case "!": continue
            case ">": walk(tag.name, stack: &stack, depth: depth + 1, into: &reads)
            case "/": if stack.count > floor { stack.removeLast() }
            default:
                let section = tag.sigil == "#" || tag.sigil == "^"
                let read = resolve(tag.name, in: stack, section: section)
                reads[read.origin, default: []].formUnion(read.inner.map { [$0] } ?? [])
                guard section else { continue }
                switch (tag.sigil, read.kind) {
                case ("#", .list(let inner)?), ("#", .view(let inner)?):
                    stack.append(Level(schema: inner, origin: read.origin, inner: read.inner))
                case ("#", nil): stack.append(Level(schema: nil, origin: read.origin, inner: read.inner ?? "*"))
                default: stack.append(Level(schema: .empty, origin: read.origin, inner: read.inner))
                }
            }
        }
        stack.removeSubrange(floor...)
    }

    /// What a name reads. A section opened on a field of the page reads only whether it is
    /// there; the names inside it are read on their own.
    private func resolve(_ name: String, in stack: [Level], section: Bool) -> Read {
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else {
            let top = stack.last
            return Read(origin: top?.origin ?? ".", inner: top?.inner ?? "*", kind: .value)
        }
        for level in stack.reversed() {
            guard let schema = level.schema else { return Read(origin: level.origin ?? first, inner: level.inner ?? "*", kind: nil) }
            guard var kind = schema.fields[first] else { continue }
            var known = true
            for part in parts.dropFirst() {
                guard case .view(let inner) = kind, let next = inner.fields[part] else {
                    known = false
                    break
                }
                kind = next
            }
            guard let origin = level.origin else {
                let inner = parts.count > 1 ? parts[1] : (section ? nil : "*")
                return Read(origin: first, inner: inner, kind: known ? kind : nil)
            }
            return Read(origin: origin, inner: level.inner ?? first, kind: known ? kind : nil)
        }
        return Read(origin: first, inner: "*", kind: nil)
    }
}
