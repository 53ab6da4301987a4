import Mustache

/// A list section that holds nothing but one shared list-item partial, each on a line of its
/// own, as the menu and a chapter's contents list are written:
///
///     {{#nav}}
///     {{> partials/nav-item}}
///     {{/nav}}
///
/// is shown by one stand-in that joins the items' shared texts, instead of the template engine
/// going through the items one by one; the bytes are the same.
enum SharedLists {
    /// One such section: the list it goes through and the partial that shows each item.
    struct Section: Hashable {
        var list: String
        var partial: String
    }

    /// `source` with every such section whose partial is one of `items` replaced by a line
    /// including the partial `name(section)`, and the sections replaced; `nil` when it has none.
    static func rewrite(_ source: String, items: Set<String>, name: (Section) -> String) -> (text: String, sections: [Section])? {
        guard !source.contains("\r") else { return nil }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var text: [Substring] = []
        var sections: [Section] = []
        var index = 0
        while index < lines.count {
            if index + 2 < lines.count, let list = tag("#", lines[index]), let partial = tag(">", lines[index + 1]),
                items.contains(partial), tag("/", lines[index + 2]) == list
            {
                let section = Section(list: list, partial: partial)
                sections.append(section)
                text.append("{{> \(name(section))}}")
                index += 3
            } else {
                text.append(lines[index])
                index += 1
            }
        }
        return sections.isEmpty ? nil : (text.joined(separator: "\n"), sections)
    }

    /// The name in `line` when the line is exactly one tag with `sigil`: `{{#nav}}` → `nav`.
    private static func tag(_ sigil: Character, _ line: Substring) -> String? {
        guard line.hasPrefix("{{\(sigil)"), line.hasSuffix("}}") else { return nil }
        let name = line.dropFirst(3).dropLast(2).trimmingSpaces
        let allowed = name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_-./".contains($0)) }
        let plainPath = !name.hasPrefix(".") && !name.hasSuffix(".") && !name.contains("..")
        return !name.isEmpty && allowed && plainPath ? String(name) : nil
    }
}

extension SharedScope {
    /// The items of the list `path` (`publication.chapters`) as found from this view, which is
    /// where the template engine finds it when its first name is one of this view's fields;
    /// `nil` when it is not, so that the engine looks in the views around this one.
    func items(of path: [String]) -> [any TemplateView]? {
        var items: [any TemplateView] = []
        var parent: Any = wrapping.map { $0 as Any } ?? view
        for (index, name) in path.enumerated() {
            let found: Any?
            if let wrapping = parent as? WrappingParent {
                found =
                    index == path.count - 1
                    ? wrapping.child(named: name) {
                        items.append($0); return $0
                    } : wrapping.child(named: name) { $0 }
            } else {
                found = (parent as? MustacheParent)?.child(named: name)
            }
            guard let found else { return index == 0 ? nil : [] }
            parent = found
        }
        return items
    }
}
