/// What the Markdown renderer asks of the rest of the build: where links and images go, and
/// the HTML of components and figures. Each answer may be an error at the given place.
/// A web page and a print document answer differently (a page address, or a fragment).
protocol MarkdownResolver {
    /// Maps a link written in Markdown to an `href`, or fails when the target is missing.
    func link(_ url: String, at location: SourceLocation) throws(ContentError) -> String
    /// Maps an image path to its `src`, or fails when the file is missing.
    func image(_ url: String, at location: SourceLocation) throws(ContentError) -> String
    /// HTML for a fenced block that names a component, `nil` when the block is ordinary code.
    func component(_ name: String, _ body: String, at location: SourceLocation, tableID: String) throws(ContentError) -> String?
    /// HTML for `{{name arguments}}` in a sentence.
    func figure(_ name: String, _ arguments: String, at location: SourceLocation) throws(ContentError) -> String
}

/// A rendered Markdown body: its HTML, its headings (with ids), the ids of its numbered
/// paragraphs, and every id a link can point at.
struct RenderedMarkdown: Sendable, Hashable {
    var html: String
    var headings: [MarkdownDocument.Heading]
    var paragraphs: [String] = []
    var anchors: Set<String>
}
