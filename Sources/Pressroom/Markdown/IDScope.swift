/// The ids of one HTML page, with an optional prefix. (The print document scopes each chapter's
/// ids when it takes the chapter's web body: see `PrintBody`.)
/// Heading ids never take an id the templates use, nor one the renderer gives notes, tables and
/// numbered paragraphs.
final class IDScope {
    let prefix: String
    private var used: Set<String>

    /// Ids the renderer gives the notes section.
    static let renderedIDs: Set<String> = ["footnotes-heading"]

    init(prefix: String = "", reserved: Set<String>) {
        self.prefix = prefix
        used = reserved.union(Self.renderedIDs)
    }

    /// An id the renderer makes, such as `fn-1` or `table-2`, in this scope.
    func id(_ name: String) -> String { prefix + name }

    /// A unique id for a heading: its words as a slug, numbered when the slug is taken.
    func headingID(_ text: String) -> String {
        let slug = MarkdownDocument.slug(text)
        let base = Self.isNumberedID(slug) ? "\(slug)-heading" : slug
        var id = base
        var number = 2
        while used.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        used.insert(id)
        return prefix + id
    }

    /// `fn-1`, `fnref-2-3`, `table-3`, `para-2-18`: ids the renderer gives notes, tables and
    /// numbered paragraphs.
    private static func isNumberedID(_ id: String) -> Bool {
        guard ["para-", "fn-", "fnref-", "table-"].contains(where: { id.utf8.starts(with: $0.utf8) }) else { return false }
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.dropFirst().allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return false }
        return parts[0] == "para" || (["fn", "fnref", "table"].contains(String(parts[0])) && parts.count <= 3)
    }
}
