/// A list written with the letters or numerals of a printed report, which Markdown itself does
/// not know. cmark-gfm reads such lines as paragraphs; a run of at least two items whose
/// markers follow on (`a`, `b`, `c` or `i`, `ii`, `iii`) becomes an `<ol>` of the matching type:
///
///     a. That the council adopts the strategy;
///     b. That the Chief Executive signs the partnership agreement.
///
/// Markers are `a.`, `a)` or `(a)` for small letters and small roman numerals, `A)` or `(A)`
/// for capitals, and `(1)` for numbers (`1.` and `1)` are Markdown's own lists). Capitals need
/// a bracket so that initials, as in "I. M. Pei", never start a list. Items may be one line
/// each, or paragraphs with a blank line between them; a line that does not start with the next
/// marker continues the item above it. A list may start later than `a` (`d.`, `e.`), as a
/// report's recommendations to a second body do.
struct WrittenList {
    /// The HTML `type` of the list.
    enum Style: String, CaseIterable {
        case lowerAlpha = "a"
        case upperAlpha = "A"
        case lowerRoman = "i"
        case upperRoman = "I"
        case decimal = "1"
    }

    struct Item {
        /// The marker as written, such as `(b)`, shown before the item.
        var marker: String
        var content: [MarkdownInline]
    }

    var style: Style
    /// The value of the first marker: 4 for a list starting at `d`.
    var start: Int
    /// One paragraph with an item on each line; otherwise each item is a paragraph.
    var tight: Bool
    var items: [Item]

    /// The list that starts at `blocks[index]`, and how many blocks it takes; `nil` when that
    /// block does not start a written list.
    static func starting(at index: Int, in blocks: [MarkdownBlock]) -> (list: WrittenList, count: Int)? {
        guard case .paragraph(let inlines) = blocks[index].kind, case .text(let opening, _)? = inlines.first else { return nil }
        // Text long enough to hold any marker shows whether it may start with one before the
        // paragraph's pieces of text are joined.
        if opening.utf8.count >= WrittenMarker.longest, !WrittenMarker.mayStartWithMarker(opening.utf8) { return nil }
        guard let first = WrittenMarker(starting: HTMLRenderer.joiningText(inlines)) else { return nil }
        let found = first.styles.compactMap { style in
            collect(style: style, punctuation: first.punctuation, start: first.value(in: style) ?? 0, from: index, in: blocks)
        }
        return found.max { $0.list.items.count < $1.list.items.count }
    }

    /// `blocks` with each paragraph that runs into a written list split in two where the list
    /// starts, as Markdown lets a list that starts at 1 follow the lines of a paragraph:
    ///
    ///     2.1 The council must:
    ///     (a) carry out a strategic needs assessment;
    ///     (b) produce a strategy.
    ///
    /// Only a list starting at its first marker (`a`, `i`, `A`, `I`, `1`) splits a paragraph.
    static func separated(_ blocks: [MarkdownBlock]) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        for (index, block) in blocks.enumerated() {
            // A paragraph of one line, as most are, has nowhere to split.
            guard case .paragraph(let inlines) = block.kind, inlines.contains(where: { if case .softBreak = $0 { true } else { false } })
            else {
                result.append(block)
                continue
            }
            let lines = Self.lines(HTMLRenderer.joiningText(inlines))
            let next = blocks[(index + 1)...].prefix(1)
            let start = lines.indices.dropFirst().first { line in
                guard let marker = WrittenMarker(starting: lines[line]), marker.styles.contains(where: { marker.value(in: $0) == 1 })
                else { return false }
                return starting(at: 0, in: [paragraph(lines[line...], line: 0)] + next) != nil
            }
            guard let start, case .text(_, let position)? = lines[start].first else {
                result.append(block)
                continue
            }
            result.append(paragraph(lines[..<start], line: block.line))
            result.append(paragraph(lines[start...], line: position.line))
        }
        return result
    }
}

extension WrittenList {
    /// Items of `style` from `blocks[index]` on, as long as each paragraph starts with the next marker.
    private static func collect(
        style: Style, punctuation: WrittenMarker.Punctuation, start: Int, from index: Int, in blocks: [MarkdownBlock]
    ) -> (list: WrittenList, count: Int)? {
        var items: [Item] = []
        var next = start
        var count = 0
        for block in blocks[index...] {
            guard case .paragraph(let inlines) = block.kind else { break }
            let lines = Self.lines(HTMLRenderer.joiningText(inlines))
            guard let marker = WrittenMarker(starting: lines[0]), marker.is(next, style, punctuation) else { break }
            for line in lines {
                if let marker = WrittenMarker(starting: line), marker.is(next, style, punctuation) {
                    items.append(Item(marker: marker.text, content: marker.rest(of: line)))
                    next += 1
                } else {
                    items[items.count - 1].content += [.softBreak] + line
                }
            }
            count += 1
        }
        guard items.count >= 2 else { return nil }
        return (WrittenList(style: style, start: start, tight: count == 1, items: items), count)
    }

    private static func paragraph(_ lines: ArraySlice<[MarkdownInline]>, line: Int) -> MarkdownBlock {
        MarkdownBlock(kind: .paragraph(Array(lines.joined(separator: [.softBreak]))), line: line)
    }

    /// A paragraph's lines, split at its soft line breaks.
    private static func lines(_ inlines: [MarkdownInline]) -> [[MarkdownInline]] {
        var lines: [[MarkdownInline]] = [[]]
        for inline in inlines {
            if case .softBreak = inline {
                lines.append([])
            } else {
                lines[lines.count - 1].append(inline)
            }
        }
        return lines
    }
}
