/// Lists and paragraphs numbered as a report numbers them: lettered and roman lists, whose
/// markers are text (so that they print, copy and are read out as written), and numbered
/// paragraphs that link to themselves.
extension HTMLRenderer {
    /// `<ol type="a">` whose items start with their marker as written. The theme hides the
    /// browser's own marker; `role="list"` keeps the list a list for screen readers that drop
    /// lists without markers.
    func writtenList(_ list: WrittenList) -> String {
        let type = list.style == .decimal ? "" : " type=\"\(list.style.rawValue)\""
        let start = list.start == 1 ? "" : " start=\"\(list.start)\""
        var html = "<ol class=\"written-list\" role=\"list\"\(type)\(start)>\n"
        for item in list.items {
            let words = "<span class=\"written-list__marker\">\(HTMLText.escape(item.marker))</span> \(inlines(item.content))"
            html += list.tight ? "<li>\(words)</li>\n" : "<li><p>\(words)</p></li>\n"
        }
        return html + "</ol>\n"
    }

    /// A paragraph with an id from its number, which it shows as a link to itself. A number
    /// used twice on the page is an error.
    func numberedParagraph(_ paragraph: ParagraphNumber) -> String {
        let id = scope.id(paragraph.name)
        let place = location(paragraph.position)
        if let first = numberedParagraphs.first(where: { $0.id == id }) {
            log.error(
                place,
                "paragraph \(paragraph.number) is numbered twice in this chapter (first on line \(first.line)); "
                    + "give each paragraph its own number")
            return "<p>\(inlines([.text(paragraph.number + " ", paragraph.position)] + paragraph.content))</p>\n"
        }
        numberedParagraphs.append((id, place.line))
        let number = "<span class=\"visually-hidden\">Paragraph </span>\(HTMLText.escape(paragraph.number))"
        return "<p class=\"numbered-paragraph\" id=\"\(id)\"><a class=\"numbered-paragraph__number\" href=\"#\(id)\">\(number)</a> "
            + "\(inlines(paragraph.content))</p>\n"
    }
}
