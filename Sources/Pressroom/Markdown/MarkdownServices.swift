/// What the Markdown renderer asks of the rest of the build: where links and images go, and
/// the HTML of components and figures. Each answer may be an error at the given place.
struct MarkdownServices: Sendable {
    /// Maps a link written in Markdown to the `href` of the page, or fails when the target is missing.
    var link: @Sendable (_ url: String, _ at: SourceLocation) throws(ContentError) -> String
    /// Maps an image path to its `src`, or fails when the file is missing.
    var image: @Sendable (_ url: String, _ at: SourceLocation) throws(ContentError) -> String
    /// HTML for a fenced block that names a component, `nil` when the block is ordinary code.
    var component: @Sendable (_ name: String, _ body: String, _ at: SourceLocation, _ tableID: String) throws(ContentError) -> String?
    /// HTML for `{{name arguments}}` in a sentence.
    var figure: @Sendable (_ name: String, _ arguments: String, _ at: SourceLocation) throws(ContentError) -> String
}

/// The rendered page body and its table of contents.
struct RenderedMarkdown: Sendable {
    var html: String
    var headings: [MarkdownDocument.Heading]
}
