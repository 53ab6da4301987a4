/// Checks, once when templates load, that every name a template uses is a field Pressroom
/// provides, following Mustache's rules: inside `{{#section}}` a name is looked up in the
/// section's view first, then outwards. Partials are checked where they are included.
struct TemplateCheck {
    let tags: [String: TemplateTags]
    let paths: [String: String]
    let log: DiagnosticLog

    /// Checks template `name` and the partials it includes against `schema`.
    func check(_ name: String, against schema: TemplateSchema) {
        var reported = Set<String>()
        walk(name, stack: [schema], depth: 0, reported: &reported)
    }

    private func walk(_ name: String, stack: [TemplateSchema], depth: Int, reported: inout Set<String>) {
        guard let template = tags[name], depth < 10 else { return }
        var stack = stack
        for tag in template.tags {
            switch tag.sigil {
            case "!": continue
            case ">": walk(tag.name, stack: stack, depth: depth + 1, reported: &reported)
            case "/": if stack.count > 1 { stack.removeLast() }
            case "#", "^":
                let kind = resolve(tag, in: stack, template: name, reported: &reported)
                switch (tag.sigil, kind) {
                case ("#", .list(let inner)?), ("#", .view(let inner)?): stack.append(inner)
                default: stack.append(.empty)
                }
            default: _ = resolve(tag, in: stack, template: name, reported: &reported)
            }
        }
    }

    /// The kind of field `tag` names, or `nil` (and an error) when no view in the stack has it.
    private func resolve(
        _ tag: TemplateTags.Tag, in stack: [TemplateSchema], template: String, reported: inout Set<String>
    ) -> TemplateFieldKind? {
        guard tag.name != "." else { return .value }
        let parts = tag.name.split(separator: ".").map(String.init)
        guard let first = parts.first, var kind = stack.reversed().lazy.compactMap({ $0.fields[first] }).first else {
            report(parts.first ?? tag.name, at: tag, in: template, reported: &reported)
            return nil
        }
        for (index, part) in parts.enumerated().dropFirst() {
            guard case .view(let inner) = kind, let next = inner.fields[part] else {
                report(parts[...index].joined(separator: "."), at: tag, in: template, reported: &reported)
                return nil
            }
            kind = next
        }
        return kind
    }

    private func report(_ missing: String, at tag: TemplateTags.Tag, in template: String, reported: inout Set<String>) {
        let path = paths[template] ?? "Templates/\(template).mustache"
        guard reported.insert("\(path):\(tag.line):\(tag.column)").inserted else { return }
        log.error(
            SourceLocation(path: path, line: tag.line, column: tag.column),
            "the template uses '\(missing)', which Pressroom does not provide; check the name against Templates/README.md")
    }
}
