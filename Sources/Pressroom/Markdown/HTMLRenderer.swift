import Foundation

/// Renders a `MarkdownDocument` as accessible HTML, checking it as it goes: heading levels,
/// alt text, table headers, link text, and every link, image and measure it refers to.
final class HTMLRenderer {
    let document: MarkdownDocument
    let resolver: any MarkdownResolver
    let scope: IDScope
    let log: DiagnosticLog
    /// Used to make table ids unique on the page.
    private(set) var tableCount = 0
    var footnoteNumbers: [String: Int] = [:]
    var footnoteReferenceCounts: [String: Int] = [:]
    var currentLine = 1
    private var headings: [MarkdownDocument.Heading] = []
    private var previousLevel = 1
    /// Links to `#fragment` on this page, checked once every heading has its id.
    var ownFragments: [(fragment: String, location: SourceLocation)] = []
    /// Whether phone numbers in text become links here, and the call word just before.
    var phones = PhoneLinks.Context()
    /// Whether paragraphs that start with a number (`2.18 The council…`) are numbered paragraphs,
    /// as in a report.
    var numbersParagraphs = false
    /// The id of each numbered paragraph so far, with the line it is on, in order.
    var numberedParagraphs: [(id: String, line: Int)] = []

    init(document: MarkdownDocument, resolver: any MarkdownResolver, scope: IDScope, log: DiagnosticLog) {
        self.document = document
        self.resolver = resolver
        self.scope = scope
        self.log = log
        for (index, label) in MarkdownDocument.footnoteLabels(document.blocks).enumerated() {
            footnoteNumbers[label] = index + 1
        }
    }

    func render() -> RenderedMarkdown {
        if let tooDeep = document.tooDeep {
            log.error(
                location(tooDeep),
                "the Markdown here nests more than \(CmarkParser.maximumDepth) levels deep (block quotes, lists or emphasis inside each other); "
                    + "what is inside was left out, so flatten it")
        }
        var html = blocks(document.blocks.filter { !$0.isFootnote }, topLevel: true)
        html += footnotes()
        let paragraphs = numberedParagraphs.map(\.id)
        var anchors = Set(headings.map(\.id)).union(paragraphs)
        for number in footnoteNumbers.values { anchors.insert(scope.id("fn-\(number)")) }
        for (fragment, location) in ownFragments where !anchors.contains(scope.id(fragment)) {
            log.error(location, Self.missingAnchor(fragment, in: document.path, headings: headings, paragraphs: paragraphs))
        }
        return RenderedMarkdown(html: html, headings: headings, paragraphs: paragraphs, anchors: anchors)
    }

    /// The message for a link to `#fragment` that is not a heading, or numbered paragraph, of
    /// the page at `path`.
    static func missingAnchor(
        _ fragment: String, in path: String, headings: [MarkdownDocument.Heading], paragraphs: [String] = []
    ) -> String {
        guard fragment.hasPrefix("para-") else {
            return
                "'#\(fragment)' is not a heading in \(path)\(Suggestion.hint(for: fragment, in: headings.map(\.id))); headings there are: "
                + headings.prefix(8).map { "#\($0.id)" }.joined(separator: ", ")
        }
        guard !paragraphs.isEmpty else {
            return "'#\(fragment)' is not a numbered paragraph in \(path), which has none; "
                + "only a report (kind: report) numbers its paragraphs, written as `2.18 The council…`"
        }
        let named = fragment.replacingOccurrences(of: ".", with: "-")
        return "'#\(fragment)' is not a numbered paragraph in \(path)\(Suggestion.hint(for: named, in: paragraphs)); "
            + "its numbered paragraphs are #\(paragraphs.first ?? "") to #\(paragraphs.last ?? ""), written with hyphens: "
            + "paragraph 2.18 is #para-2-18"
    }

    func location(_ line: Int? = nil) -> SourceLocation {
        document.location(line: line ?? currentLine)
    }

    /// The place of an inline, or of the current block when cmark gave the inline no position.
    func location(_ position: MarkdownPosition) -> SourceLocation {
        guard position.line > 0 else { return location() }
        var place = document.location(line: position.line)
        place.column = max(position.column, 1)
        return place
    }

    func nextTableID() -> String {
        tableCount += 1
        return scope.id("table-\(tableCount)")
    }

    /// `topLevel`: the blocks of the page itself, not those inside a list, quote or note.
    func blocks(_ blocks: [MarkdownBlock], tight: Bool = false, topLevel: Bool = false) -> String {
        let blocks = WrittenList.separated(blocks)
        var html = ""
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            currentLine = block.line
            if case .paragraph(let inlines) = block.kind, let caption = Self.caption(inlines), index + 1 < blocks.count,
                case .table(let table) = blocks[index + 1].kind
            {
                currentLine = blocks[index + 1].line
                html += self.table(table, caption: caption)
                index += 2
                continue
            }
            if let (list, count) = WrittenList.starting(at: index, in: blocks) {
                html += writtenList(list)
                index += count
                continue
            }
            if topLevel, numbersParagraphs, case .paragraph(let content) = block.kind, let numbered = ParagraphNumber(content) {
                html += numberedParagraph(numbered)
                index += 1
                continue
            }
            html += self.block(block, tight: tight)
            index += 1
        }
        return html
    }

    private func block(_ block: MarkdownBlock, tight: Bool) -> String {
        switch block.kind {
        case .paragraph(let content):
            return tight ? inlines(content) + "\n" : "<p>\(inlines(content))</p>\n"
        case .heading(let level, let content):
            return heading(level: level, content)
        case .blockQuote(let inner):
            return blockQuote(inner)
        case .list(let ordered, let start, let tight, let items):
            return list(ordered: ordered, start: start, tight: tight, items: items)
        case .codeBlock(let info, let text):
            return codeBlock(info: info, text: text, line: block.line)
        case .html(let raw):
            log.warning(location(), "raw HTML is not allowed in Markdown and is shown as text; use Markdown instead")
            return "<p>\(HTMLText.escape(raw))</p>\n"
        case .thematicBreak:
            return "<hr>\n"
        case .table(let table):
            log.warning(location(), "this table has no caption; add a line `Table: what the table shows` just above it")
            return self.table(table, caption: nil)
        case .footnoteDefinition:
            return ""
        }
    }

    private func heading(level: Int, _ content: [MarkdownInline]) -> String {
        let text = content.plainText
        let id = scope.headingID(text)
        headings.append(MarkdownDocument.Heading(level: level, text: text, id: id, line: location().line))
        if level == 1 {
            log.error(location(), "a level-1 heading (# …) inside a page; the page title is its only level-1 heading, so start at ## ")
        } else if level > previousLevel + 1 {
            log.error(
                location(),
                "heading level \(level) follows level \(previousLevel), skipping a level; use \(String(repeating: "#", count: previousLevel + 1)) here"
            )
        }
        previousLevel = level
        let tag = "h\(level)"
        return "<\(tag) id=\"\(id)\">\(inlinesWithoutPhoneLinks(content))</\(tag)>\n"
    }

    /// A block quote; one whose last paragraph or line starts with a dash (`— A parent, 2023`) is a
    /// quote with its attribution, marked as a paraphrase when the attribution says so.
    private func blockQuote(_ inner: [MarkdownBlock]) -> String {
        guard let (quoted, attribution) = QuoteAttribution.split(inner) else { return "<blockquote>\n\(blocks(inner))</blockquote>\n" }
        let words = blocks(quoted)
        currentLine = inner.last?.line ?? currentLine
        var caption = inlines(attribution.content)
        if let note = attribution.paraphrase {
            caption += " <span class=\"quote__paraphrased\">\(HTMLText.escape(note))</span>"
        }
        let kind = attribution.paraphrase == nil ? "quote" : "quote quote--paraphrased"
        return "<figure class=\"\(kind)\">\n<blockquote>\n\(words)</blockquote>\n<figcaption>\(caption)</figcaption>\n</figure>\n"
    }

    private func list(ordered: Bool, start: Int, tight: Bool, items: [MarkdownListItem]) -> String {
        let isTaskList = items.contains { $0.task != nil }
        let tag = ordered ? "ol" : "ul"
        var html = "<\(tag)\(ordered && start != 1 ? " start=\"\(start)\"" : "")\(isTaskList ? " class=\"task-list\"" : "")>\n"
        for item in items {
            html += "<li>"
            if let checked = item.task {
                html += "<input type=\"checkbox\" disabled\(checked ? " checked" : "") aria-label=\"\(checked ? "Done" : "Not done")\"> "
            }
            html += blocks(item.blocks, tight: tight).trimmingNewlines + "</li>\n"
        }
        return html + "</\(tag)>\n"
    }

    private func codeBlock(info: String, text: String, line: Int) -> String {
        let name = info.split(separator: " ").first.map(String.init) ?? ""
        do {
            if let html = try resolver.component(name, text, at: location(line + 1), tableID: nextTableID()) {
                return html
            }
        } catch {
            log.record(error)
            return ""
        }
        let language = name.isEmpty ? "" : " class=\"language-\(HTMLText.escape(name))\""
        return "<pre><code\(language)>\(HTMLText.escape(text))</code></pre>\n"
    }

    private func table(_ table: MarkdownTable, caption: [MarkdownInline]?) -> String {
        if table.header.allSatisfy({ $0.plainText.trimmingSpaces.isEmpty }) {
            log.error(location(), "this table has no header row; give every column a heading in the first row")
        }
        let header = table.header.map { inlinesWithoutPhoneLinks($0) }
        let body = table.rows.map { $0.map { tableCell($0) } }
        let numeric = header.indices.map { column in
            !body.isEmpty && body.allSatisfy { column < $0.count && Self.looksNumeric(Self.visibleText($0[column])) }
        }
        let alignment = { (column: Int) -> String? in
            switch column < table.alignments.count ? table.alignments[column] : .none {
            case .center: "center"
            case .right: "right"
            default: nil
            }
        }
        let columns = header.enumerated().map {
            HTMLTable.Cell(html: $0.element, numeric: numeric[$0.offset], alignment: alignment($0.offset))
        }
        let rows = body.map { row in
            row.enumerated().map { column, html in
                HTMLTable.Cell(
                    html: html, role: column == 0 && !numeric[0] ? .rowHeader : .data,
                    numeric: column < numeric.count && numeric[column], alignment: alignment(column))
            }
        }
        let id = nextTableID()
        let captionHTML = caption.map { inlinesWithoutPhoneLinks($0) } ?? "Table \(tableCount)"
        return HTMLTable(id: id, captionHTML: captionHTML, columns: columns, bodies: [rows]).render()
    }

    /// `Table: Crimes by type` written just above a table.
    private static func caption(_ inlines: [MarkdownInline]) -> [MarkdownInline]? {
        guard case .text(let first, let position) = inlines.first, first.hasPrefix("Table:") else { return nil }
        let rest = first.dropFirst("Table:".count).drop { $0 == " " }
        return [.text(String(rest), position)] + inlines.dropFirst()
    }

    /// The text of rendered cell HTML, as a reader sees it.
    /// Read on bytes: no byte of a character written in several bytes is `<` or `>`.
    private static func visibleText(_ html: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(html.utf8.count)
        var inTag = false
        for byte in html.utf8 {
            if byte == UInt8(ascii: "<") {
                inTag = true
            } else if byte == UInt8(ascii: ">") {
                inTag = false
            } else if !inTag {
                bytes.append(byte)
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return Bytes.contains(text, "&amp;") ? text.replacingOccurrences(of: "&amp;", with: "&") : text
    }

    static func looksNumeric(_ text: String) -> Bool {
        // Most cells of words start with a letter, which no figure does, whatever its ending.
        if let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") }), (first | 0x20) >= 0x61, (first | 0x20) <= 0x7A {
            return false
        }
        var trimmed = text.trimmingSpaces
        for suffix in [" per 1,000", " per 100,000", "st", "nd", "rd", "th"] where trimmed.hasSuffix(suffix) {
            trimmed = String(trimmed.dropLast(suffix.count))
        }
        guard let first = trimmed.first, first.isNumber || "£−-+".contains(first) else { return trimmed == "—" || trimmed == "-" }
        return trimmed.allSatisfy { $0.isNumber || ",.%£−-+ ".contains($0) }
    }
}

extension MarkdownBlock {
    var isFootnote: Bool {
        if case .footnoteDefinition = kind { return true }
        return false
    }
}
