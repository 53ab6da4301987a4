import Foundation

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    let fields: YAMLMap
    let body: String
    /// The line of the file on which the body starts (1-based).
    let bodyLine: Int

    /// Splits `text` at the `---` lines; a file without them has empty front matter.
    static func split(_ text: String, path: String) throws(ContentError) -> FrontMatter {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else {
            return FrontMatter(fields: try YAMLMap.parse("", path: path), body: text, bodyLine: 1)
        }
        guard
            let end = lines.indices.dropFirst().first(where: {
                let line = lines[$0].trimmingCharacters(in: .whitespaces)
                return line == "---" || line == "..."
            })
        else {
            throw ContentError(
                SourceLocation(path: path, line: 1),
                "front matter starts with '---' but never ends; add a line '---' after the last key")
        }
        let yaml = lines[1..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return FrontMatter(fields: try YAMLMap.parse(yaml, path: path, lineOffset: 1), body: body, bodyLine: end + 2)
    }
}
