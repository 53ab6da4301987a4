import Foundation
import Mustache

/// The Mustache templates of `Templates/`, parsed once and checked: syntax, partials, and
/// (when a page is rendered) every variable a template asks for.
struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// Template name (`chapter`, `partials/footer`) → its source text and path, for messages.
    private let sources: [String: (text: String, path: String)]
    private let tags: [String: TemplateTags]

    static let pageKinds = [
        "layout", "portal", "home", "contents", "chapter", "news-list", "news-item", "page", "contact",
        "accessibility", "data", "not-found",
    ]

    init(project: ProjectFolder, log: DiagnosticLog) {
        var library = MustacheLibrary()
        var sources: [String: (text: String, path: String)] = [:]
        for url in project.files(in: project.templates) where url.pathExtension == "mustache" {
            let path = project.relativePath(url)
            let name = String(path.dropFirst("Templates/".count).dropLast(".mustache".count))
            do {
                let text = try project.readText(url)
                sources[name] = (text, path)
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let opened =
                    (error.error as? MustacheTemplate.Error) == .expectedSectionEnd
                    ? sources[name].flatMap { TemplateTags($0.text).unclosedSection } : nil
                log.error(
                    SourceLocation(
                        path: path, line: opened?.line ?? error.context.lineNumber,
                        column: opened?.column ?? error.context.columnNumber),
                    "template syntax error: \(Self.describe(error.error)); check that every {{#section}} has a matching {{/section}}")
            } catch {
                log.record(error)
            }
        }
        self.library = library
        self.sources = sources
        self.tags = sources.mapValues { TemplateTags($0.text) }
        for kind in Self.pageKinds where sources[kind] == nil {
            log.error(
                SourceLocation(path: project.relativePath(project.templates)),
                "template '\(kind).mustache' does not exist; every page kind needs one (see Templates/README.md)")
        }
        checkPartials(log: log)
    }

    /// The fixed ids the templates give elements (`id="main"`), which headings must not take.
    var fixedIDs: Set<String> {
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

    /// Renders template `name` with `values`; reports variables the template uses that are not provided.
    func render(_ name: String, values: [String: Any], log: DiagnosticLog) -> String {
        guard let template = library.getTemplate(named: name) else { return "" }
        let scope = TemplateScope(values)
        let html = template.render(scope, library: library)
        for missing in scope.missing.sorted() {
            let (path, line, column) = place(of: missing)
            log.error(
                SourceLocation(path: path ?? "Templates/\(name).mustache", line: line, column: column),
                "the template uses '\(missing)', which Pressroom does not provide; check the name against Templates/README.md")
        }
        for (template, tags) in tags where template == name || template.hasPrefix("partials/") {
            for (tag, missing) in tags.missingFields(in: values) {
                log.error(
                    SourceLocation(path: "Templates/\(template).mustache", line: tag.line, column: tag.column),
                    "the template uses '\(missing)', which Pressroom does not provide; check the name against Templates/README.md")
            }
        }
        return html
    }

    private func place(of variable: String) -> (String?, Int, Int) {
        for (name, tags) in tags.sorted(by: { $0.key < $1.key }) {
            if let tag = tags.tags.first(where: { $0.name == variable || $0.name.hasPrefix(variable + ".") }) {
                return (sources[name]?.path, tag.line, tag.column)
            }
        }
        return (nil, 1, 1)
    }

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
