import Foundation

/// The tags written in a template's text, with where each was written, for checks that the
/// Mustache library does not make: names Pressroom does not provide, and unclosed sections.
struct TemplateTags: Sendable {
    struct Tag: Sendable {
        var sigil: String
        var name: String
        var line: Int
        var column: Int
        /// Only spaces or tabs come before the tag on its line: a partial written so is indented.
        var indented = false
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
                let before = text.utf16.prefix(match.range.location)
                tags.append(
                    Tag(
                        sigil: String(text[sigil]), name: String(text[name]), line: index + 1, column: match.range.location + 1,
                        indented: !before.isEmpty && before.allSatisfy { $0 == 0x20 || $0 == 0x09 }))
            }
        }
        self.tags = tags
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
