/// A Markdown file: a chapter, a news item or a page.
public struct Document: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
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
    /// Where the page is published.
    public var route: Route
    /// A fingerprint of the file's bytes: when it is unchanged, so is everything made from the file.
    public var fingerprint: Int
}
