/// What a partial reads of the page it is included in, found from its tags once when the
/// templates load: two pages whose values at these paths are equal get the same HTML from it.
enum PartialRead: Hashable, Sendable {
    /// The value at this path of fields, such as `partnership.contact_url`.
    case value([String])
    /// Only whether there is a value, for a section that opens a view, such as `{{#partnership}}`.
    case presence([String])
}

/// Finds which partials can be rendered once for many pages, and what each reads.
struct PartialReads {
    let tags: [String: TemplateTags]
    /// Each template's lines, to tell whether a tag stands alone on its line.
    let lines: [String: [Substring]]

    private struct Frame {
        var schema: TemplateSchema
        /// Where this view is, from the top of the page; `nil` inside a list, which is read whole.
        var path: [String]?
    }

    /// The partials that every template includes only where the page itself is the context (at
    /// the start of a line of their own, inside no section but true-or-false ones), with what
    /// each reads. `templates` maps each page-level template to the fields its pages have.
    func memoizable(templates: [String: TemplateSchema]) -> [String: Set<PartialRead>] {
        var reads: [String: Set<PartialRead>] = [:]
        var unsafe = Set<String>()
        for (name, template) in tags where templates[name] == nil {
            for tag in template.tags where tag.sigil == ">" { unsafe.insert(tag.name) }
        }
        for (name, schema) in templates {
            guard let template = tags[name] else { continue }
            var stack = [Frame(schema: schema, path: [])]
            for tag in template.tags {
                switch tag.sigil {
                case "^": stack.append(Frame(schema: .empty, path: []))
                case "#": stack.append(Frame(schema: .empty, path: kind(tag.name, in: stack).isValue ? [] : nil))
                case "/": if stack.count > 1 { stack.removeLast() }
                case ">":
                    let standalone =
                        lines[name].map { tag.line <= $0.count && $0[tag.line - 1].trimmingCharacters(in: .whitespaces).hasPrefix("{{>") }
                        ?? false
                    guard tag.column == 1, standalone, stack.allSatisfy({ $0.path != nil }),
                        let found = self.reads(tag.name, stack: [Frame(schema: schema, path: [])], depth: 0)
                    else {
                        unsafe.insert(tag.name)
                        continue
                    }
                    reads[tag.name, default: []].formUnion(found)
                default: continue
                }
            }
        }
        return reads.filter { !unsafe.contains($0.key) }
    }

    /// What partial `name` reads with `stack` as its context, or `nil` when that cannot be told.
    private func reads(_ name: String, stack: [Frame], depth: Int) -> Set<PartialRead>? {
        guard let template = tags[name], depth < 10 else { return nil }
        var stack = stack
        var found = Set<PartialRead>()
        for tag in template.tags {
            switch tag.sigil {
            case "!": continue
            case "/": if stack.count > 1 { stack.removeLast() }
            case ">":
                guard let inner = reads(tag.name, stack: stack, depth: depth + 1) else { return nil }
                found.formUnion(inner)
            case "", "&", "#", "^":
                guard tag.name != "." || stack.last?.path == nil else { return nil }
                guard tag.name != "." else { continue }
                guard let (path, kind) = resolve(tag.name, in: stack) else { return nil }
                let opensView = tag.sigil == "#", isView = { if case .view = kind { true } else { false } }()
                if let path { found.insert(opensView && isView ? .presence(path) : .value(path)) }
                if tag.sigil == "#" || tag.sigil == "^" {
                    switch (tag.sigil, kind) {
                    case ("#", .view(let inner)): stack.append(Frame(schema: inner, path: path))
                    case ("#", .list(let inner)): stack.append(Frame(schema: inner, path: nil))
                    default: stack.append(Frame(schema: .empty, path: nil))
                    }
                }
            default: return nil
            }
        }
        return found
    }

    /// The path from the top of the page of the field `name` names, and its kind; the path is
    /// `nil` when the field belongs to an item of a list (the list is read whole).
    private func resolve(_ name: String, in stack: [Frame]) -> ([String]?, TemplateFieldKind)? {
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first, let index = stack.lastIndex(where: { $0.schema.fields[first] != nil }),
            var kind = stack[index].schema.fields[first]
        else { return nil }
        for part in parts.dropFirst() {
            guard case .view(let inner) = kind, let next = inner.fields[part] else { return nil }
            kind = next
        }
        return (stack[index].path.map { $0 + parts }, kind)
    }

    private func kind(_ name: String, in stack: [Frame]) -> TemplateFieldKind {
        resolve(name, in: stack)?.1 ?? .values
    }
}

extension TemplateFieldKind {
    fileprivate var isValue: Bool {
        if case .value = self { return true }
        return false
    }
}
