/// A Markdown file: a chapter, a news item or a page.
public struct Document: Sendable {
    public enum Kind: String, Sendable {
        case chapter, news, page
    }

    public var kind: Kind
    public var slug: String
    public var title: String
    public var summary: String?
    public var order: Int
    public var draft: Bool
    /// `2024-03-14` for news items.
    public var date: String?
    public var leaveSite: Bool
    public var body: String
    /// Line of the source file on which `body` starts.
    public var bodyLine: Int
    /// The Markdown file, relative to the project folder.
    public var source: String
    /// Where the page is written, relative to `Output/`, e.g. `cheshire/strategy/foreword/index.html`.
    public var outputPath: String
}
