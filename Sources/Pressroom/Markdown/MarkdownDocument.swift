import Foundation

/// A parsed Markdown file, with the ids of its headings known before any page is rendered,
/// so that links between pages can be checked.
public struct MarkdownDocument: Sendable {
    public struct Heading: Sendable {
        public var level: Int
        public var text: String
        public var id: String
        public var line: Int
    }

    var blocks: [MarkdownBlock]
    /// Where the text nests deeper than Pressroom reads (see `CmarkParser.maximumDepth`).
    var tooDeep: MarkdownPosition?
    public var headings: [Heading]
    /// Every id a link can point at: headings and footnotes.
    public var anchors: Set<String>
    /// Source file (relative to the project) and the line on which the Markdown body starts.
    public var path: String
    public var firstLine: Int

    /// Ids the renderer gives notes and tables, which headings must not take.
    static let renderedIDs: Set<String> = ["footnotes-heading"]

    /// Parses `text`; headings get ids that differ from each other and from `reservedIDs`.
    init(parsing text: String, path: String, firstLine: Int, reservedIDs: Set<String> = []) {
        let parsed = CmarkParser.parse(text)
        blocks = parsed.blocks
        tooDeep = parsed.tooDeep
        self.path = path
        self.firstLine = firstLine
        var used = reservedIDs.union(Self.renderedIDs)
        var headings: [Heading] = []
        Self.collectHeadings(blocks.filter { !$0.isFootnote }, into: &headings, used: &used, firstLine: firstLine)
        for case .footnoteDefinition(_, let inner) in blocks.map(\.kind) {
            Self.collectHeadings(inner, into: &headings, used: &used, firstLine: firstLine)
        }
        self.headings = headings
        var anchors = Set(headings.map(\.id))
        let notes = Self.footnoteLabels(blocks)
        for index in notes.indices { anchors.insert("fn-\(index + 1)") }
        self.anchors = anchors
    }

    func location(line: Int) -> SourceLocation {
        SourceLocation(path: path, line: firstLine + max(line, 1) - 1)
    }

    /// `What we will do` → `what-we-will-do`.
    static func slug(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.append(character)
                pendingHyphen = false
            } else if character != "'" && character != "’" {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }

    private static func collectHeadings(_ blocks: [MarkdownBlock], into headings: inout [Heading], used: inout Set<String>, firstLine: Int)
    {
        for block in blocks {
            switch block.kind {
            case .heading(let level, let inlines):
                let text = inlines.plainText
                let slug = slug(text)
                let base = Self.isNumberedID(slug) ? "\(slug)-heading" : slug
                var id = base
                var number = 2
                while used.contains(id) {
                    id = "\(base)-\(number)"
                    number += 1
                }
                used.insert(id)
                headings.append(Heading(level: level, text: text, id: id, line: firstLine + block.line - 1))
            case .blockQuote(let inner):
                collectHeadings(inner, into: &headings, used: &used, firstLine: firstLine)
            case .list(_, _, _, let items):
                for item in items { collectHeadings(item.blocks, into: &headings, used: &used, firstLine: firstLine) }
            default:
                break
            }
        }
    }

    /// `fn-1`, `fnref-2-3`, `table-3`: ids the renderer gives notes and tables.
    private static func isNumberedID(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        return ["fn", "fnref", "table"].contains(String(parts[0])) && (2...3).contains(parts.count)
            && parts.dropFirst().allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    /// Footnote labels in order of definition.
    static func footnoteLabels(_ blocks: [MarkdownBlock]) -> [String] {
        blocks.compactMap {
            if case .footnoteDefinition(let label, _) = $0.kind { return label }
            return nil
        }
    }
}
