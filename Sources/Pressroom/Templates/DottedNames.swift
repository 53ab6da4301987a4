import Foundation

/// Names with dots, such as `{{page.title}}` or `{{#publication.summary}}`, written as one name
/// the template engine looks up once: `{{*p3}}`. The engine splits every name at its dots one
/// character at a time and looks up each part in turn, which makes a dotted name cost three
/// times a plain one; `SharedScope` answers `*p3` by reading `page`, then `title`, the way the
/// engine would. The bytes rendered are the same.
enum DottedNames {
    /// The names of the stand-ins, `*p` and a number.
    static let prefix = "*p"

    private static let tag = try! NSRegularExpression(
        pattern: #"\{\{(\{|[#^/&]?)(\s*)([A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)+)(\s*\}?\}\})"#)

    /// `source` with every dotted name in a variable or section tag replaced by its stand-in,
    /// numbered by its place in `paths`, to which new paths are added; `nil` when it has none,
    /// or when it changes its delimiters, inherits or names partials at render time, which
    /// this leaves to the engine.
    static func rewrite(_ source: String, paths: inout [[String]]) -> String? {
        guard !["{{=", "{{<", "{{$", "{{>*", "{{> *"].contains(where: source.contains) else { return nil }
        let text = source as NSString
        let matches = tag.matches(in: source, range: NSRange(location: 0, length: text.length))
        guard !matches.isEmpty else { return nil }
        var result = ""
        var copied = 0
        for match in matches {
            let name = text.substring(with: match.range(at: 3))
            let path = name.split(separator: ".").map(String.init)
            let number = paths.firstIndex(of: path) ?? paths.count
            if number == paths.count { paths.append(path) }
            result += text.substring(with: NSRange(location: copied, length: match.range(at: 3).location - copied))
            result += prefix + String(number)
            copied = match.range(at: 3).location + match.range(at: 3).length
        }
        return result + text.substring(from: copied)
    }

    /// The number of stand-in `name`: `*p3` → 3.
    static func number(_ name: String) -> Int? {
        guard name.utf8.starts(with: prefix.utf8) else { return nil }
        return Int(Substring(name.utf8.dropFirst(prefix.utf8.count)))
    }
}
