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
        guard case .paragraph(let inlines) = blocks[index].kind, let first = WrittenMarker(starting: HTMLRenderer.joiningText(inlines))
        else { return nil }
        let found = first.styles.compactMap { style in
            collect(style: style, punctuation: first.punctuation, start: first.value(in: style) ?? 0, from: index, in: blocks)
        }
        return found.max { $0.list.items.count < $1.list.items.count }
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
