import Foundation

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    let fields: YAMLMap
    let body: String
    /// The line of the file on which the body starts (1-based).
    let bodyLine: Int

    /// Splits `text` at the `---` lines; a file without them has empty front matter.
    static func split(_ text: String, path: String, log: DiagnosticLog) throws(ContentError) -> FrontMatter {
        guard let (yaml, body, bodyLine) = parts(of: text) else {
            return FrontMatter(fields: try YAMLMap.parse("", path: path, log: log), body: text, bodyLine: 1)
        }
        guard let body else {
            throw ContentError(
                SourceLocation(path: path, line: 1),
                "front matter starts with '---' but never ends; add a line '---' after the last key")
        }
        return FrontMatter(fields: try YAMLMap.parse(yaml, path: path, lineOffset: 1, log: log), body: body, bodyLine: bodyLine)
    }

    /// The YAML between the `---` lines, the body after them (`nil` when the front matter never
    /// ends) and the body's first line; `nil` when the text has no front matter. Read on bytes.
    private static func parts(of text: String) -> (String, String?, Int)? {
        var text = text
        return text.withUTF8 { bytes -> (String, String?, Int)? in
            var lineStart = 0
            var line = 1
            var yamlStart: Int?
            while lineStart <= bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
                let content = trimmed(bytes[lineStart..<lineEnd])
                if let start = yamlStart {
                    if content.elementsEqual("---".utf8) || content.elementsEqual("...".utf8) {
                        let yaml = String(decoding: bytes[start..<max(start, lineStart - 1)], as: UTF8.self)
                        let body = lineEnd < bytes.count ? String(decoding: bytes[(lineEnd + 1)...], as: UTF8.self) : ""
                        return (yaml, body, line + 1)
                    }
                } else {
                    guard content.elementsEqual("---".utf8) else { return nil }
                    yamlStart = lineEnd + 1
                }
                lineStart = lineEnd + 1
                line += 1
            }
            return ("", nil, 0)
        }
    }

    private static func trimmed(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") }
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else {
            return line[line.startIndex..<line.startIndex]
        }
        return line[first...last]
    }
}
