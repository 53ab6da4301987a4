import Foundation

/// A parsed Markdown body, as plain Swift values, and what it refers to outside itself.
public struct MarkdownDocument: Sendable {
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var id: String
        public var line: Int
    }

    var blocks: [MarkdownBlock]
    /// Where the text nests deeper than Pressroom reads (see `CmarkParser.maximumDepth`).
    var tooDeep: MarkdownPosition?
    /// Source file (relative to the project) and the line on which the Markdown body starts.
    public var path: String
    public var firstLine: Int
    /// Whether the body shows figures (`{{value …}}`) or measure components, so depends on the data.
    public var usesMeasures: Bool
    /// Whether the body links to, or shows, files by a relative path, so depends on where they are.
    public var usesLocalFiles: Bool

    init(parsing text: String, path: String, firstLine: Int) {
        let parsed = CmarkParser.parse(text)
        blocks = parsed.blocks
        tooDeep = parsed.tooDeep
        self.path = path
        self.firstLine = firstLine
        usesMeasures = Bytes.contains(text, "{{") || Bytes.contains(text, "```measure") || Bytes.contains(text, "```outcome")
        usesLocalFiles = Bytes.contains(text, "]")
    }

    func location(line: Int) -> SourceLocation {
        SourceLocation(path: path, line: firstLine + max(line, 1) - 1)
    }

    /// `What we will do` → `what-we-will-do`.
    static func slug(_ text: String) -> String {
        if let slug = asciiSlug(text.utf8) { return slug }
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

    /// `slug` for text that is all ASCII, worked out on bytes; `nil` for any other text.
    private static func asciiSlug(_ text: String.UTF8View) -> String? {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.count)
        var pendingHyphen = false
        for byte in text {
            guard byte < 0x80 else { return nil }
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(lower)
                pendingHyphen = false
            } else if byte != UInt8(ascii: "'") {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
    }

    /// Footnote labels in order of definition.
    static func footnoteLabels(_ blocks: [MarkdownBlock]) -> [String] {
        blocks.compactMap {
            if case .footnoteDefinition(let label, _) = $0.kind { return label }
            return nil
        }
    }
}
