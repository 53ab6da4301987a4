import CCmarkGFM

/// Markdown read from cmark-gfm's tree, and the line where nesting went deeper than Pressroom reads.
struct ParsedMarkdown {
    var blocks: [MarkdownBlock]
    /// The first place nested deeper than `CmarkParser.maximumDepth`; what is inside it was dropped.
    var tooDeep: MarkdownPosition?
}

/// The one place that talks to cmark-gfm: parses GFM text into `MarkdownBlock` values.
///
/// Every `cmark_node` stays inside this file; the parser and the tree are freed before returning.
/// cmark-gfm itself parses without recursion; the walk into Swift values stops at
/// `maximumDepth` so that no document, however deeply nested, can overflow the stack.
enum CmarkParser {
    /// Block quotes, lists, list items, emphasis and links inside each other, counted together.
    static let maximumDepth = 50

    static func parse(_ text: String) -> ParsedMarkdown {
        registerExtensions
        let options = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS
        guard let parser = cmark_parser_new(options) else { return ParsedMarkdown(blocks: []) }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tagfilter", "tasklist"] {
            if let extensionHandle = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionHandle)
            }
        }
        var source = text
        source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        guard let document = cmark_parser_finish(parser) else { return ParsedMarkdown(blocks: []) }
        defer { cmark_node_free(document) }
        let walk = TreeWalk()
        let blocks = children(of: document).compactMap { walk.block($0, depth: 1) }
        return ParsedMarkdown(blocks: numberingFootnotes(blocks), tooDeep: walk.tooDeep)
    }

    /// cmark-gfm moves the notes that are referred to to the end, in order of first reference,
    /// and gives each reference the number of its note.
    private static func numberingFootnotes(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        var number = 0
        return blocks.map { block in
            guard case .footnoteDefinition(_, let inner) = block.kind else { return block }
            number += 1
            return MarkdownBlock(kind: .footnoteDefinition(label: String(number), inner), line: block.line)
        }
    }

    private static let registerExtensions: Void = cmark_gfm_core_extensions_ensure_registered()

    fileprivate static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    fileprivate static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    fileprivate static func typeName(_ node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }
}

/// One walk of cmark-gfm's tree into Swift values, stopping at `CmarkParser.maximumDepth`.
private final class TreeWalk {
    private(set) var tooDeep: MarkdownPosition?

    private func deepEnough(_ node: OpaquePointer, _ depth: Int) -> Bool {
        guard depth > CmarkParser.maximumDepth else { return true }
        if tooDeep == nil {
            tooDeep = MarkdownPosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
        }
        return false
    }

    func block(_ node: OpaquePointer, depth: Int) -> MarkdownBlock? {
        guard deepEnough(node, depth) else { return nil }
        let line = Int(cmark_node_get_start_line(node))
        let kind: MarkdownBlock.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH: kind = .paragraph(inlines(of: node, depth: depth))
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node, depth: depth))
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote(CmarkParser.children(of: node).compactMap { block($0, depth: depth + 1) })
        case CMARK_NODE_LIST: kind = list(node, depth: depth)
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(
                info: CmarkParser.string(cmark_node_get_fence_info(node)), text: CmarkParser.string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: kind = .html(CmarkParser.string(cmark_node_get_literal(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            kind = .footnoteDefinition(
                label: CmarkParser.string(cmark_node_get_literal(node)),
                CmarkParser.children(of: node).compactMap { block($0, depth: depth + 1) })
        default:
            guard CmarkParser.typeName(node) == "table" else { return nil }
            kind = .table(table(node, depth: depth))
        }
        return MarkdownBlock(kind: kind, line: line)
    }

    func list(_ node: OpaquePointer, depth: Int) -> MarkdownBlock.Kind {
        let items = CmarkParser.children(of: node).map { item in
            let isTask = CmarkParser.typeName(item) == "tasklist"
            return MarkdownListItem(
                task: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil,
                blocks: CmarkParser.children(of: item).compactMap { block($0, depth: depth + 2) })
        }
        return .list(
            ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
            start: Int(cmark_node_get_list_start(node)),
            tight: cmark_node_get_list_tight(node) != 0,
            items: items)
    }

    func table(_ node: OpaquePointer, depth: Int) -> MarkdownTable {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        let alignmentCodes = cmark_gfm_extensions_get_table_alignments(node)
        let alignments: [MarkdownTable.Alignment] = (0..<columns).map { index in
            switch alignmentCodes?[index] {
            case UInt8(ascii: "l"): .left
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .none
            }
        }
        var header: [[MarkdownInline]] = []
        var rows: [[[MarkdownInline]]] = []
        for row in CmarkParser.children(of: node) {
            let cells = CmarkParser.children(of: row).map { inlines(of: $0, depth: depth + 2) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return MarkdownTable(alignments: alignments, header: header, rows: rows)
    }

    func inlines(of node: OpaquePointer, depth: Int) -> [MarkdownInline] {
        CmarkParser.children(of: node).compactMap { inline($0, depth: depth + 1) }
    }

    func inline(_ node: OpaquePointer, depth: Int) -> MarkdownInline? {
        guard deepEnough(node, depth) else { return nil }
        let position = MarkdownPosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
        return switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: .text(CmarkParser.string(cmark_node_get_literal(node)), position)
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code(CmarkParser.string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: .html(CmarkParser.string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: .emphasis(inlines(of: node, depth: depth))
        case CMARK_NODE_STRONG: .strong(inlines(of: node, depth: depth))
        case CMARK_NODE_LINK:
            .link(
                url: CmarkParser.string(cmark_node_get_url(node)), title: CmarkParser.string(cmark_node_get_title(node)),
                inlines(of: node, depth: depth), position)
        case CMARK_NODE_IMAGE:
            .image(
                url: CmarkParser.string(cmark_node_get_url(node)), title: CmarkParser.string(cmark_node_get_title(node)),
                alt: inlines(of: node, depth: depth), position)
        case CMARK_NODE_FOOTNOTE_REFERENCE: .footnoteReference(label: CmarkParser.string(cmark_node_get_literal(node)))
        default: CmarkParser.typeName(node) == "strikethrough" ? .strikethrough(inlines(of: node, depth: depth)) : nil
        }
    }
}
