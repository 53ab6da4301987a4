import Foundation
import Mustache

/// The Mustache templates of `Templates/`, parsed once and checked: syntax, partials, and
/// (when a page is rendered) every variable a template asks for.
struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    /// Template name (`chapter`, `partials/footer`) → its source text and path, for messages.
    private let sources: [String: (text: String, path: String)]

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
                log.error(
                    SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber),
                    "template syntax error: \(Self.describe(error.error)); check that every {{#section}} has a matching {{/section}}")
            } catch {
                log.record(error)
            }
        }
        self.library = library
        self.sources = sources
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
        return html
    }

    private func place(of variable: String) -> (String?, Int, Int) {
        for (_, source) in sources.sorted(by: { $0.key < $1.key }) {
            let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                for sigil in ["", "#", "^", "{", "&"] {
                    for opener in ["{{\(sigil)\(variable)", "{{\(sigil) \(variable)"] {
                        if let range = line.range(of: opener) {
                            let after = line[range.upperBound...].first
                            if after == nil || "}. |".contains(after!) {
                                return (source.path, index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                            }
                        }
                    }
                }
            }
        }
        return (nil, 1, 1)
    }

    private func checkPartials(log: DiagnosticLog) {
        let pattern = try! NSRegularExpression(pattern: #"\{\{>\s*([^\s}]+)\s*\}\}"#)
        for (_, source) in sources {
            let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                let text = String(line)
                for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let range = Range(match.range(at: 1), in: text) else { continue }
                    let partial = String(text[range])
                    if sources[partial] == nil {
                        log.error(
                            SourceLocation(path: source.path, line: index + 1, column: match.range.location + 1),
                            "partial '\(partial)' does not exist; create Templates/\(partial).mustache or fix the name")
                    }
                }
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
