import Foundation

extension HTMLRenderer {
    static let vagueLinkText: Set<String> = [
        "click here", "here", "more", "read more", "this link", "link", "this", "click", "find out more", "learn more",
    ]

    /// Whether `text` could be one of `vagueLinkText` once punctuation is trimmed from its ends:
    /// not when its ASCII letters, which trimming never removes, span more than the longest.
    static func mayBeVague(_ text: String) -> Bool {
        var first: Int?
        var last = 0
        for (index, byte) in text.utf8.enumerated() where (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
            first = first ?? index
            last = index
        }
        return last - (first ?? 0) < 13
    }

    func inlines(_ content: [MarkdownInline]) -> String {
        phones.callWord = nil
        return runs(content)
    }

    /// Inlines whose numbers never become phone links: headings, link text, table headings and captions.
    func inlinesWithoutPhoneLinks(_ content: [MarkdownInline]) -> String {
        let enabled = phones.enabled
        phones.enabled = false
        defer { phones.enabled = enabled }
        return inlines(content)
    }

    /// A table cell; one that holds a figure (`{{value …}}`) gets no phone links.
    func tableCell(_ content: [MarkdownInline]) -> String {
        Self.mayHoldFigure(content.plainText) ? inlinesWithoutPhoneLinks(content) : inlines(content)
    }

    /// Inlines inside emphasis keep the call word before them, as in `Call **999**`.
    private func runs(_ content: [MarkdownInline]) -> String {
        // Most runs are one piece of text: no lists of pieces are made for them.
        if content.count == 1 { return inline(content[0]) }
        var html = ""
        for node in Self.joiningText(content) { html += inline(node) }
        return html
    }

    private func inline(_ node: MarkdownInline) -> String {
        switch node {
        case .text, .softBreak, .lineBreak, .emphasis, .strong, .strikethrough: break
        default: phones.callWord = nil
        }
        switch node {
        case .text(let text, let position):
            checkUnreadLinks(text, at: location(position))
            return textWithFigures(text, at: location(position))
        case .softBreak: return "\n"
        case .lineBreak: return "<br>\n"
        case .code(let code): return "<code>\(HTMLText.escape(code))</code>"
        case .html(let raw):
            log.warning(location(), "raw HTML is not allowed in Markdown and is shown as text; use Markdown instead")
            return HTMLText.escape(raw)
        case .emphasis(let inner): return "<em>\(runs(inner))</em>"
        case .strong(let inner): return "<strong>\(runs(inner))</strong>"
        case .strikethrough(let inner): return "<del>\(runs(inner))</del>"
        case .link(let url, let title, let inner, let position): return link(url: url, title: title, inner, at: location(position))
        case .image(let url, let title, let alt, let position): return image(url: url, title: title, alt: alt, at: location(position))
        case .footnoteReference(let label): return footnoteReference(label)
        }
    }

    private func link(url: String, title: String, _ inner: [MarkdownInline], at place: SourceLocation) -> String {
        let text = inner.plainText.trimmingSpaces
        if Self.mayBeVague(text), Self.vagueLinkText.contains(text.lowercased().trimmingCharacters(in: .punctuationCharacters)) {
            log.warning(place, "link text '\(text)' does not say where the link goes; describe the destination, e.g. [our priorities](…)")
        } else if text == url || text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") {
            log.warning(place, "the link text is a bare web address; describe where it goes, e.g. [Crimestoppers website](\(url))")
        }
        if url.hasPrefix("#") {
            ownFragments.append((String(url.dropFirst()), place))
            let fragment = HTMLText.escape(scope.id(String(url.dropFirst())))
            return "<a href=\"#\(fragment)\"\(Self.titleAttribute(title))>\(inlinesWithoutPhoneLinks(inner))</a>"
        }
        let href = address(of: url, at: place, isImage: false)
        return "<a href=\"\(HTMLText.escape(href))\"\(Self.titleAttribute(title))>\(inlinesWithoutPhoneLinks(inner))</a>"
    }

    private func image(url: String, title: String, alt: [MarkdownInline], at place: SourceLocation) -> String {
        var altText = alt.plainText.trimmingSpaces
        if altText.isEmpty {
            log.error(
                place,
                "image '\(url)' has no alt text; describe it in the brackets: ![what the image shows](\(url)), or write ![decorative](\(url)) if it adds nothing"
            )
        } else if altText.lowercased() == "decorative" {
            altText = ""
        }
        let src = address(of: url, at: place, isImage: true)
        return "<img src=\"\(HTMLText.escape(src))\" alt=\"\(HTMLText.escape(altText))\"\(Self.titleAttribute(title))>"
    }

    /// The published address of a link or image; an unresolvable one is recorded and kept as written.
    private func address(of url: String, at place: SourceLocation, isImage: Bool) -> String {
        do {
            return isImage ? try resolver.image(url, at: place) : try resolver.link(url, at: place)
        } catch {
            log.record(error)
            return url
        }
    }

    private static func titleAttribute(_ title: String) -> String {
        title.isEmpty ? "" : " title=\"\(HTMLText.escape(title))\""
    }

    private func footnoteReference(_ label: String) -> String {
        guard let number = footnoteNumbers[label] else { return HTMLText.escape("[^\(label)]") }
        let count = (footnoteReferenceCounts[label] ?? 0) + 1
        footnoteReferenceCounts[label] = count
        let id = scope.id(count == 1 ? "fnref-\(number)" : "fnref-\(number)-\(count)")
        return
            "<sup class=\"footnote-ref\"><a href=\"#\(scope.id("fn-\(number)"))\" id=\"\(id)\" aria-label=\"Note \(number)\">[\(number)]</a></sup>"
    }

    /// Notes at the end of the page, each with links back to where it was referred to.
    func footnotes() -> String {
        let definitions = document.blocks.compactMap { block -> (String, [MarkdownBlock], Int)? in
            if case .footnoteDefinition(let label, let inner) = block.kind { return (label, inner, block.line) }
            return nil
        }
        guard !definitions.isEmpty else { return "" }
        let headingID = scope.id("footnotes-heading")
        var html =
            "<section class=\"footnotes\" aria-labelledby=\"\(headingID)\">\n<h2 id=\"\(headingID)\">Notes</h2>\n<ol>\n"
        for (label, inner, line) in definitions {
            let number = footnoteNumbers[label] ?? 0
            currentLine = line
            let references = max(footnoteReferenceCounts[label] ?? 0, 1)
            let backLinks = (1...references).map { index in
                let id = scope.id(index == 1 ? "fnref-\(number)" : "fnref-\(number)-\(index)")
                return
                    "<a href=\"#\(id)\" class=\"footnote-back\" aria-label=\"Back to reference \(number)\(index > 1 ? " (\(index))" : "")\">↩</a>"
            }
            let body = blocks(inner).trimmingNewlines
            let back = " " + backLinks.joined(separator: " ")
            let withBack = body.hasSuffix("</p>") ? String(body.dropLast(4)) + back + "</p>" : body + back
            html += "<li id=\"\(scope.id("fn-\(number)"))\">\(withBack)</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    /// Replaces `{{value id}}` and friends in running text with figures, and phone numbers with links.
    private func textWithFigures(_ text: String, at place: SourceLocation) -> String {
        defer { phones.callWord = phones.enabled ? PhoneLinks.callWord(endOf: text) : nil }
        guard Self.mayHoldFigure(text) else { return words(text) }
        var html = ""
        var rest = Substring(text)
        while let open = rest.firstRange(ofPair: "{{") {
            html += words(String(rest[..<open.lowerBound]))
            guard let close = rest[open.upperBound...].firstRange(ofPair: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let inside = rest[open.upperBound..<close.lowerBound].trimmingSpaces
            let name = inside.prefix { !$0.isWhitespace }
            let arguments = inside.dropFirst(name.count).trimmingSpaces
            var figurePlace = place
            figurePlace.column += text.distance(from: text.startIndex, to: open.lowerBound)
            do {
                html += try resolver.figure(String(name), arguments, at: figurePlace)
            } catch {
                log.record(error)
            }
            phones.callWord = nil
            rest = rest[close.upperBound...]
        }
        return html + words(String(rest))
    }

    /// Text, escaped, with its phone numbers as links where they may be.
    private func words(_ text: String) -> String {
        guard phones.enabled else { return HTMLText.escape(text) }
        defer { phones.callWord = nil }
        return PhoneLinks.html(text, after: phones.callWord)
    }

    /// Whether `text` has `{{` in it, looked for on its bytes.
    static func mayHoldFigure(_ text: String) -> Bool {
        Bytes.contains(text, "{{")
    }

    /// cmark splits text at quotes and brackets; figures need the whole run of text.
    static func joiningText(_ content: [MarkdownInline]) -> [MarkdownInline] {
        var joined: [MarkdownInline] = []
        for node in content {
            if case .text(let text, _) = node, case .text(let previous, let position)? = joined.last {
                joined[joined.count - 1] = .text(previous + text, position)
            } else {
                joined.append(node)
            }
        }
        return joined
    }
}
