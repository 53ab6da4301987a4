import Foundation
import Mustache

/// The Mustache templates of `Templates/`, parsed once and checked: syntax, partials, and every
/// name each template uses against the fields its pages provide.
struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// Template name (`chapter`, `partials/footer`) → its source text and path, for messages.
    private let sources: [String: (text: String, path: String)]
    private let tags: [String: TemplateTags]
    /// The texts of partials shared by many pages, such as the header and footer.
    private let shared: SharedTexts?
    /// Changes whenever any template changes.
    let fingerprint: Int

    /// Loads every template and checks each page kind's template, and the layout, against the
    /// fields that kind of page provides.
    init(project: ProjectFolder, log: DiagnosticLog, pageKinds: [String: TemplateSchema], layout: TemplateSchema) {
        HTMLEscaping.registered
        var sources: [String: (text: String, path: String)] = [:]
        for url in project.files(in: project.templates) where url.pathExtension == "mustache" {
            let path = project.relativePath(url)
            let name = String(path.dropFirst("Templates/".count).dropLast(".mustache".count))
            do {
                sources[name] = (try project.readText(url), path)
            } catch {
                log.record(error)
            }
        }
        let tags = sources.mapValues { TemplateTags($0.text) }
        self.sources = sources
        self.tags = tags
        (self.library, shared) = Self.sharing(
            sources: sources, SharedParts(tags: tags, roots: Set(["layout"] + pageKinds.keys), page: layout, kinds: pageKinds), log: log)
        var fingerprint = Fingerprint()
        for name in sources.keys.sorted() { fingerprint.add(sources[name]?.text) }
        self.fingerprint = fingerprint.value
        fixedIDs = Self.ids(in: sources)
        for kind in (["layout"] + pageKinds.keys).sorted() where sources[kind] == nil {
            log.error(
                SourceLocation(path: project.relativePath(project.templates)),
                "template '\(kind).mustache' does not exist; every page kind needs one (see Templates/README.md)")
        }
        checkPartials(log: log)
        let check = TemplateCheck(tags: tags, paths: sources.mapValues(\.path), log: log)
        check.check("layout", against: layout)
        for (kind, schema) in pageKinds { check.check(kind, against: schema) }
    }

    /// The fixed ids the templates give elements (`id="main"`), which headings must not take.
    let fixedIDs: Set<String>

    private static func ids(in sources: [String: (text: String, path: String)]) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: #"id="([A-Za-z][\w-]*)""#)
        var ids = Set<String>()
        for (_, source) in sources {
            let text = source.text
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { ids.insert(String(text[range])) }
            }
        }
        return ids
    }

    /// Renders template `name` with the fields of `view`, a page's fields, which can wrap each
    /// view read through them so that every view answers the stand-ins.
    func render(_ name: String, _ view: any WrappingParent) -> String {
        let scope: any MustacheParent = shared.map { SharedScope(view: view, texts: $0) } ?? view
        return library.getTemplate(named: name)?.render(scope, library: library) ?? ""
    }

    /// The library of every template that parses, with a stand-in, `{{{*N}}}`, for each shared
    /// partial and each list section of shared items (`SharedLists`), and one for each dotted
    /// name (`DottedNames`); and the texts and paths that the stand-ins read. Each template is
    /// parsed once, as rewritten; one that does not parse is parsed as written, which reports
    /// its syntax error where the author wrote it.
    private static func sharing(
        sources: [String: (text: String, path: String)], _ shared: SharedParts, log: DiagnosticLog
    ) -> (MustacheLibrary, SharedTexts?) {
        var library = MustacheLibrary()
        var sections = Set<SharedLists.Section>()
        var paths: [[String]] = []
        let items = Set(shared.items.keys)
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            let listed = SharedLists.rewrite(source.text, items: items, name: listName)
            // An item partial is rendered with the item alone, which does not answer stand-ins.
            let dotted = items.contains(name) ? nil : DottedNames.rewrite(listed?.text ?? source.text, paths: &paths)
            if let text = dotted ?? listed?.text, let template = try? MustacheTemplate(string: HTMLEscaping.pragma + text) {
                library.register(template, named: name)
                sections.formUnion(listed?.sections ?? [])
            } else if let template = parse(source, log: log) {
                library.register(template, named: name)
            }
        }
        var parts = [(template: MustacheTemplate, reads: SharedTexts.Reads)]()
        var numbers: [String: Int] = [:]
        var standIns = library
        let reads =
            shared.parts.mapValues {
                SharedTexts.Reads.page($0.reads.sorted { $0.key < $1.key }.map { (field: $0.key, names: $0.value.sorted()) })
            }
            .merging(shared.items.mapValues { SharedTexts.Reads.item($0) }) { page, _ in page }
        for (name, read) in reads.sorted(by: { $0.key < $1.key }) {
            guard let template = library.getTemplate(named: name), let standIn = try? MustacheTemplate(string: "{{{*\(parts.count)}}}")
            else { continue }
            numbers[name] = parts.count
            parts.append((template, read))
            standIns.register(standIn, named: name)
        }
        for section in sections.sorted(by: { listName($0) < listName($1) }) {
            guard let item = numbers[section.partial], let standIn = try? MustacheTemplate(string: "{{{*\(parts.count)}}}") else {
                continue
            }
            let path = section.list.split(separator: ".").map(String.init)
            parts.append((parts[item].template, .list(path: path, item: item)))
            standIns.register(standIn, named: listName(section))
        }
        guard !parts.isEmpty || !paths.isEmpty else { return (library, nil) }
        return (standIns, SharedTexts(library: standIns, parts: parts, paths: paths))
    }

    /// The template as written, or `nil` with its syntax error reported at its line and column.
    private static func parse(_ source: (text: String, path: String), log: DiagnosticLog) -> MustacheTemplate? {
        do {
            return try MustacheTemplate(string: HTMLEscaping.pragma + source.text)
        } catch let error as MustacheTemplate.ParserError {
            let opened =
                (error.error as? MustacheTemplate.Error) == .expectedSectionEnd ? TemplateTags(source.text).unclosedSection : nil
            log.error(
                SourceLocation(
                    path: source.path, line: opened?.line ?? error.context.lineNumber - 1,
                    column: opened?.column ?? error.context.columnNumber),
                "template syntax error: \(describe(error.error)); check that every {{#section}} has a matching {{/section}}")
        } catch {
            log.record(error)
        }
        return nil
    }

    /// The name of the stand-in partial for a list section of shared items.
    private static func listName(_ section: SharedLists.Section) -> String { "(shared-list)/\(section.list)/\(section.partial)" }

    private func checkPartials(log: DiagnosticLog) {
        for (name, tags) in tags {
            for tag in tags.tags where tag.sigil == ">" && sources[tag.name] == nil {
                log.error(
                    SourceLocation(path: sources[name]?.path ?? name, line: tag.line, column: tag.column),
                    "partial '\(tag.name)' does not exist; create Templates/\(tag.name).mustache or fix the name")
            }
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "a section is closed with the wrong name"
        case .unfinishedName?: "a tag is not closed with }}"
        case .expectedSectionEnd?: "a section is never closed"
        default: "\(error)"
        }
    }
}
