/// A Markdown document as plain Swift values, read once from cmark-gfm's tree.
struct MarkdownBlock: Sendable {
    var kind: Kind
    /// 1-based line in the Markdown body.
    var line: Int

    indirect enum Kind: Sendable {
        case paragraph([MarkdownInline])
        case heading(level: Int, [MarkdownInline])
        case blockQuote([MarkdownBlock])
        case list(ordered: Bool, start: Int, tight: Bool, items: [MarkdownListItem])
        case codeBlock(info: String, text: String)
        case html(String)
        case thematicBreak
        case table(MarkdownTable)
        case footnoteDefinition(label: String, [MarkdownBlock])
    }
}

struct MarkdownListItem: Sendable {
    /// `nil` for an ordinary item, or whether a task-list item is ticked.
    var task: Bool?
    var blocks: [MarkdownBlock]
}

struct MarkdownTable: Sendable {
    enum Alignment: Sendable { case none, left, center, right }
    var alignments: [Alignment]
    var header: [[MarkdownInline]]
    var rows: [[[MarkdownInline]]]
}

/// Where an inline starts in the Markdown body: 1-based line and column.
struct MarkdownPosition: Sendable {
    var line: Int
    var column: Int
}

indirect enum MarkdownInline: Sendable {
    case text(String, MarkdownPosition)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case strikethrough([MarkdownInline])
    case link(url: String, title: String, [MarkdownInline], MarkdownPosition)
    case image(url: String, title: String, alt: [MarkdownInline], MarkdownPosition)
    case footnoteReference(label: String)
}

extension Array where Element == MarkdownInline {
    /// The words a reader would see, without markup.
    var plainText: String {
        map { inline in
            switch inline {
            case .text(let text, _), .code(let text): text
            case .softBreak, .lineBreak: " "
            case .html: ""
            case .emphasis(let inner), .strong(let inner), .strikethrough(let inner), .link(_, _, let inner, _),
                .image(_, _, let inner, _):
                inner.plainText
            case .footnoteReference: ""
            }
        }.joined()
    }
}
