/// The HTML of tags in a chapter: the labels under each commitment and the key that explains
/// them, always as words. Each label links to its tag's page, and the key ends with a link to
/// the page of every tag. (In print, with a `base_url`, these become web addresses.)
struct TagLabels {
    let tags: PublicationTags
    /// The page the labels are on.
    let page: Route
    var strings = Strings.english.tags

    /// A commitment's labels, after the words the tags stand for: "Who asked for it: Data, Partners".
    func labels(_ marked: [Tag]) -> String {
        guard !marked.isEmpty else { return "" }
        let names = marked.map(link).joined(separator: "<span class=\"visually-hidden\">,</span> ")
        return "<p class=\"tag-labels\"><span class=\"tag-labels__title\">\(HTMLText.escape(tags.title)):</span> \(names)</p>\n"
    }

    /// The key to `used`: each tag's label and what it means, and a link to every tag's page.
    func key(_ used: [Tag]) -> String {
        guard !used.isEmpty else { return "" }
        var html = "<div class=\"tag-key\">\n<p class=\"tag-key__title\">\(HTMLText.escape(tags.title))</p>\n<dl class=\"tag-key__list\">\n"
        for tag in used {
            html += "<div class=\"tag-key__entry\"><dt>\(link(tag))</dt><dd>\(HTMLText.escape(tag.description))</dd></div>\n"
        }
        html += "</dl>\n"
        let all = page.link(to: tags.indexRoute)
        html += "<p class=\"tag-key__all\"><a href=\"\(HTMLText.escape(all))\">\(HTMLText.escape(strings.allItems))</a></p>\n"
        return html + "</div>\n"
    }

    /// The words of rendered HTML, without its elements: what a tag's page shows of a commitment.
    static func text(of html: String) -> String {
        var text = ""
        var inElement = false
        for character in html {
            switch character {
            case "<": inElement = true
            case ">": inElement = false
            default: if !inElement { text.append(character) }
            }
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private func link(_ tag: Tag) -> String {
        "<a class=\"tag\" href=\"\(HTMLText.escape(page.link(to: tags.route(of: tag))))\">\(HTMLText.escape(tag.label))</a>"
    }
}
