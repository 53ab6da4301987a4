import CCmarkGFM

/// The one place that talks to cmark-gfm: parses GFM text into `MarkdownBlock` values.
///
/// Every `cmark_node` stays inside this file; the parser and the tree are freed before returning.
enum CmarkParser {
    static func parse(_ text: String) -> [MarkdownBlock] {
        registerExtensions
        let options = CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS
        guard let parser = cmark_parser_new(options) else { return [] }
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
        guard let document = cmark_parser_finish(parser) else { return [] }
        defer { cmark_node_free(document) }
        return numberingFootnotes(children(of: document).compactMap(block))
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

    private static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func typeName(_ node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }

    private static func block(_ node: OpaquePointer) -> MarkdownBlock? {
        let line = Int(cmark_node_get_start_line(node))
        let kind: MarkdownBlock.Kind
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH: kind = .paragraph(inlines(of: node))
        case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)), inlines(of: node))
        case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote(children(of: node).compactMap(block))
        case CMARK_NODE_LIST: kind = list(node)
        case CMARK_NODE_CODE_BLOCK:
            kind = .codeBlock(info: string(cmark_node_get_fence_info(node)), text: string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_BLOCK: kind = .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            kind = .footnoteDefinition(label: string(cmark_node_get_literal(node)), children(of: node).compactMap(block))
        default:
            guard typeName(node) == "table" else { return nil }
            kind = .table(table(node))
        }
        return MarkdownBlock(kind: kind, line: line)
    }

    private static func list(_ node: OpaquePointer) -> MarkdownBlock.Kind {
        let items = children(of: node).map { item in
            let isTask = typeName(item) == "tasklist"
            return MarkdownListItem(
                task: isTask ? cmark_gfm_extensions_get_tasklist_item_checked(item) : nil,
                blocks: children(of: item).compactMap(block))
        }
        return .list(
            ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
            start: Int(cmark_node_get_list_start(node)),
            tight: cmark_node_get_list_tight(node) != 0,
            items: items)
    }

    private static func table(_ node: OpaquePointer) -> MarkdownTable {
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
        for row in children(of: node) {
            let cells = children(of: row).map { inlines(of: $0) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return MarkdownTable(alignments: alignments, header: header, rows: rows)
    }

    private static func inlines(of node: OpaquePointer) -> [MarkdownInline] {
        children(of: node).compactMap(inline)
    }

    private static func inline(_ node: OpaquePointer) -> MarkdownInline? {
        let position = MarkdownPosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
        return switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: .text(string(cmark_node_get_literal(node)), position)
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_HTML_INLINE: .html(string(cmark_node_get_literal(node)))
        case CMARK_NODE_EMPH: .emphasis(inlines(of: node))
        case CMARK_NODE_STRONG: .strong(inlines(of: node))
        case CMARK_NODE_LINK:
            .link(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), inlines(of: node), position)
        case CMARK_NODE_IMAGE:
            .image(url: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)), alt: inlines(of: node), position)
        case CMARK_NODE_FOOTNOTE_REFERENCE: .footnoteReference(label: string(cmark_node_get_literal(node)))
        default: typeName(node) == "strikethrough" ? .strikethrough(inlines(of: node)) : nil
        }
    }
}
