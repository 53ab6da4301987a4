import Foundation

/// The list inside a `commitments` block: an ordinary Markdown list, each item followed by a
/// line naming its tags.
///
///     ```commitments
///     - Work with schools to cut exclusions, off-rolling and bullying
///       tags: young-people, data
///     - Support victims of violence so that they are less likely to be harmed again
///       tags: partners
///     ```
///
/// An item without a `tags:` line has no tags. The words of each item are Markdown, with
/// links, emphasis and figures like any other text.
struct TaggedList {
    static let blockName = "commitments"

    /// One commitment: its Markdown, without its tags line, and the tags named for it.
    struct Item {
        var blocks: [MarkdownBlock]
        var tags: [(id: String, location: SourceLocation)]
        var location: SourceLocation
    }

    /// The block's text as Markdown, which its items are rendered from.
    let document: MarkdownDocument
    let ordered: Bool
    let start: Int
    let tight: Bool
    let items: [Item]

    /// Reads the text of a block whose first line is at `location`.
    init(parsing text: String, at location: SourceLocation) throws(ContentError) {
        document = MarkdownDocument(parsing: text, path: location.path, firstLine: location.line)
        let shape =
            "a `commitments` block holds one list: a line `- …` for each commitment, "
            + "with its tags on the line below, e.g. `  tags: partners, data`"
        guard document.blocks.count == 1, let block = document.blocks.first,
            case .list(let ordered, let start, let tight, let items) = block.kind
        else {
            let stray = document.blocks.first { if case .list = $0.kind { false } else { true } }
            throw ContentError(document.location(line: stray?.line ?? 1), shape)
        }
        self.ordered = ordered
        self.start = start
        self.tight = tight
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var read: [Item] = []
        for item in items {
            read.append(try Self.item(item, lines: lines, in: document))
        }
        self.items = read
    }
}

extension TaggedList {
    /// An item with its tags line taken off: the last line of its first paragraph that starts
    /// with `tags:`.
    fileprivate static func item(_ item: MarkdownListItem, lines: [String], in document: MarkdownDocument) throws(ContentError) -> Item {
        let location = document.location(line: item.blocks.first?.line ?? 1)
        var blocks = item.blocks
        var tags: [(id: String, location: SourceLocation)] = []
        for (index, block) in blocks.enumerated() {
            guard case .paragraph(let inlines) = block.kind else { continue }
            let lastBreak = inlines.lastIndex { if case .softBreak = $0 { true } else if case .lineBreak = $0 { true } else { false } }
            let tail = Array(inlines[(lastBreak.map { $0 + 1 } ?? 0)...])
            guard isTagsLine(tail.plainText) else { continue }
            tags = try tagIDs(from: lines, after: block.line, in: document)
            if let lastBreak {
                blocks[index].kind = .paragraph(Array(inlines[..<lastBreak]))
            } else {
                blocks.remove(at: index)
            }
            break
        }
        guard !blocks.isEmpty else {
            throw ContentError(
                location, "this commitment has no words; write it after `- `, with its tags on the line below, e.g. `  tags: partners`")
        }
        return Item(blocks: blocks, tags: tags, location: location)
    }

    fileprivate static func isTagsLine(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespaces).lowercased().hasPrefix("tags:")
    }

    /// The ids on the first `tags:` line at or after `line` of the block, each with where it is
    /// written: `tags: partners, data` or `tags: [partners, data]`.
    fileprivate static func tagIDs(
        from lines: [String], after line: Int, in document: MarkdownDocument
    ) throws(ContentError) -> [(id: String, location: SourceLocation)] {
        guard let index = lines.indices.first(where: { $0 >= line - 1 && isTagsLine(lines[$0]) }) else { return [] }
        let text = Array(lines[index])
        var column = (text.firstIndex(of: ":") ?? 0) + 1
        var tags: [(id: String, location: SourceLocation)] = []
        for piece in text[column...].split(separator: ",", omittingEmptySubsequences: false) {
            let leading = piece.prefix { $0 == " " || $0 == "[" || $0 == "\t" }.count
            let id = String(piece.dropFirst(leading)).trimmingCharacters(in: CharacterSet(charactersIn: " \t]"))
            if !id.isEmpty {
                var place = document.location(line: index + 1)
                place.column = column + leading + 1
                tags.append((id, place))
            }
            column += piece.count + 1
        }
        guard !tags.isEmpty else {
            throw ContentError(
                document.location(line: index + 1), "no tags after `tags:`; name at least one, e.g. `tags: partners`, or remove the line")
        }
        return tags
    }
}
