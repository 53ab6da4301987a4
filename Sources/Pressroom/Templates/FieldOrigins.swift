/// Which field of the page each name in a template comes from, following Mustache's lookup:
/// inside `{{#partnership}}`, `name` is the partnership's, while `root` is still the page's.
struct FieldOrigins {
    let tags: [String: TemplateTags]
    let page: TemplateSchema

    /// Where a partial is included: the fields of the list item around it, when the innermost
    /// section there is a list of views and the include is not indented; `nil` otherwise.
    struct Include {
        var partial: String
        var item: TemplateSchema?
    }

    /// One level of sections: the fields its view has (`nil` when not known, so that it may
    /// answer any name), the field of the page it came from (`nil` for the page itself) and
    /// the name read inside that field (`nav` for the level of `{{#nav}}` in a partnership).
    private struct Level {
        var schema: TemplateSchema?
        var origin: String?
        var inner: String?
        /// Opened by a section over a list of views, whose items have `schema`.
        var isItem = false
    }

    /// What one name reads: a field of the page and, when known, the name read inside it.
    private struct Read {
        var origin: String
        var inner: String?
        var kind: TemplateFieldKind?
    }

    /// The fields of the page that template `name`, and the partials it includes, read; with
    /// each, the names read inside it.
    func reads(of name: String) -> [String: Set<String>] { walk(from: name).reads }

    /// Every include made while rendering template `name`, and the partials it includes.
    func includes(from name: String) -> [Include] { walk(from: name).includes }

    private func walk(from name: String) -> (reads: [String: Set<String>], includes: [Include]) {
        var reads: [String: Set<String>] = [:]
        var includes: [Include] = []
        var stack = [Level(schema: page, origin: nil, inner: nil)]
        walk(name, stack: &stack, depth: 0, into: &reads, includes: &includes)
        return (reads, includes)
    }

    private func walk(
        _ name: String, stack: inout [Level], depth: Int, into reads: inout [String: Set<String>], includes: inout [Include]
    ) {
        guard let template = tags[name], depth < 10 else {
            reads[".", default: []].insert("*")
            return
        }
        let floor = stack.count
        for tag in template.tags {
            switch tag.sigil {
            case "!": continue
            case ">":
                let top = stack.last
                includes.append(Include(partial: tag.name, item: top?.isItem == true && !tag.indented ? top?.schema : nil))
                walk(tag.name, stack: &stack, depth: depth + 1, into: &reads, includes: &includes)
            case "/": if stack.count > floor { stack.removeLast() }
            default:
                let section = tag.sigil == "#" || tag.sigil == "^"
                let read = resolve(tag.name, in: stack, section: section)
                reads[read.origin, default: []].formUnion(read.inner.map { [$0] } ?? [])
                guard section else { continue }
                switch (tag.sigil, read.kind) {
                case ("#", .list(let inner)?): stack.append(Level(schema: inner, origin: read.origin, inner: read.inner, isItem: true))
                case ("#", .view(let inner)?): stack.append(Level(schema: inner, origin: read.origin, inner: read.inner))
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
