import Foundation

/// What the name of a file in `Content/` says about it, for the files Pressroom does not read.
enum ContentFileName {
    /// Endings of files written as Markdown.
    static let markdownEndings: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn"]

    /// Endings of documents that are not Markdown (text, word processors, web pages).
    static let documentEndings: Set<String> = ["txt", "text", "rtf", "doc", "docx", "odt", "pages", "htm", "html"]

    /// Endings of data files, which Pressroom reads only as `data/measures.csv`,
    /// `data/values.csv` and `data/outcomes.yaml`.
    static let dataEndings: Set<String> = ["csv", "tsv", "xls", "xlsx", "ods", "yaml", "yml"]

    /// The name a Markdown file needs for Pressroom to read it, when it is written as Markdown
    /// under another name: `05-extra.MD`, `05-extra.markdown`, `05-extra.md.txt` → `05-extra.md`.
    static func markdownName(for name: String) -> String? {
        let lower = name.lowercased()
        for ending in markdownEndings where lower.hasSuffix(".\(ending).txt") {
            return String(name.dropLast(ending.count + 5)) + ".md"
        }
        let ending = name.nameEnding
        guard markdownEndings.contains(ending.lowercased()), ending != "md" else { return nil }
        return name.deletingNameEnding + ".md"
    }

    /// Whether `name` is a read-me, kept beside the content for the people who edit it.
    static func isReadMe(_ name: String) -> Bool {
        name.lowercased().hasPrefix("readme")
    }
}
