import Foundation

/// The tags written in a template's text, with where each was written, for checks that the
/// Mustache library does not make: dotted names that lead nowhere, and unclosed sections.
struct TemplateTags: Sendable {
    struct Tag: Sendable {
        var sigil: String
        var name: String
        var line: Int
        var column: Int
    }

    let tags: [Tag]

    init(_ text: String) {
        let pattern = try! NSRegularExpression(pattern: #"\{\{\{?\s*([#^/&>!]?)\s*([^\s}]+)\s*\}?\}\}"#)
        var tags: [Tag] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = String(line)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let sigil = Range(match.range(at: 1), in: text), let name = Range(match.range(at: 2), in: text) else {
                    continue
                }
                tags.append(Tag(sigil: String(text[sigil]), name: String(text[name]), line: index + 1, column: match.range.location + 1))
            }
        }
        self.tags = tags
    }

    /// Dotted names (`page.title`) whose path leaves the values a page gets: `page.author`.
    func missingFields(in values: [String: Any]) -> [(tag: Tag, missing: String)] {
        tags.filter { ["", "#", "^", "&"].contains($0.sigil) && $0.name.contains(".") && $0.name != "." }.compactMap { tag in
            let parts = tag.name.split(separator: ".").map(String.init)
            guard var current = values[parts[0]] else { return nil }
            for (index, part) in parts.enumerated().dropFirst() {
                guard let fields = current as? [String: Any] else { return nil }
                guard let next = fields[part] else { return (tag, parts[...index].joined(separator: ".")) }
                current = next
            }
            return nil
        }
    }

    /// The innermost section opened with `{{#name}}` or `{{^name}}` and never closed.
    var unclosedSection: Tag? {
        var open: [Tag] = []
        for tag in tags {
            if tag.sigil == "#" || tag.sigil == "^" {
                open.append(tag)
            } else if tag.sigil == "/", let index = open.lastIndex(where: { $0.name == tag.name }) {
                open.removeSubrange(index...)
            }
        }
        return open.last
    }
}
