import Foundation

/// Where every Markdown file of the project is published, and the files pages link to, so that
/// links written as `.md` paths become web addresses and missing targets are reported.
final class LinkIndex: @unchecked Sendable {
    let project: ProjectFolder
    /// Source path (relative to the project) → page path (relative to `Output/`).
    let pages: [String: String]
    let documents: [String: MarkdownDocument]
    /// Markdown files that exist but are not published: drafts, and files with errors.
    let unpublished: Set<String>
    private var copies: [String: URL] = [:]
    private let lock = NSLock()

    init(project: ProjectFolder, pages: [String: String], documents: [String: MarkdownDocument], unpublished: Set<String>) {
        self.project = project
        self.pages = pages
        self.documents = documents
        self.unpublished = unpublished
    }

    /// Files to copy into `Output/`: output path → source file.
    var filesToCopy: [String: URL] {
        lock.lock()
        defer { lock.unlock() }
        return copies
    }

    func services(for document: MarkdownDocument, pagePath: String, components: MeasureComponents?) -> MarkdownServices {
        let folder = project.root.appendingPathComponent(document.path).deletingLastPathComponent()
        return MarkdownServices(
            link: { url, at throws(ContentError) in try self.link(url, folder: folder, document: document, pagePath: pagePath, at: at) },
            image: { url, at throws(ContentError) in try self.file(url, folder: folder, pagePath: pagePath, at: at, kind: "image") },
            component: { name, body, at, tableID throws(ContentError) in
                guard MeasureComponents.isComponent(name) else { return nil }
                guard let components else { throw ContentError(at, "measures can only be used inside a partnership folder") }
                return try components.block(name, options: ComponentOptions.block(body, at: at), tableID: tableID)
            },
            figure: { name, arguments, at throws(ContentError) in
                guard let components else { throw ContentError(at, "measures can only be used inside a partnership folder") }
                return try components.inline(name, options: ComponentOptions.inline(arguments, at: at))
            })
    }

    private func link(_ url: String, folder: URL, document: MarkdownDocument, pagePath: String, at: SourceLocation) throws(ContentError)
        -> String
    {
        try WebAddress.checkLink(url, at: at)
        if WebAddress.scheme(url) != nil { return url }
        let (path, fragment) = Self.split(url)
        if path.isEmpty {
            try checkAnchor(fragment, in: document, at: at)
            return url
        }
        guard path.hasSuffix(".md") else { return try file(url, folder: folder, pagePath: pagePath, at: at, kind: "file") }
        let target = try resolve(path, folder: folder, at: at)
        guard let targetPage = pages[target], let targetDocument = documents[target] else {
            if unpublished.contains(target) {
                throw ContentError(
                    at, "'\(path)' is not published (it is a draft, or has an error reported above); remove the link or publish the page")
            }
            throw ContentError(at, "link to '\(path)', which does not exist (looked for \(target)); check the file name")
        }
        if let fragment { try checkAnchor(fragment, in: targetDocument, at: at) }
        return OutputPath.link(from: pagePath, to: targetPage) + (fragment.map { "#\($0)" } ?? "")
    }

    /// A file linked or shown from a page: it must exist, and is copied beside the pages.
    func file(_ url: String, folder: URL, pagePath: String, at: SourceLocation, kind: String) throws(ContentError) -> String {
        if let scheme = WebAddress.scheme(url) {
            guard ["http", "https"].contains(scheme) else {
                throw ContentError(
                    at, "\(kind) addresses starting '\(scheme):' are not allowed; use a file in Content/ or an https address")
            }
            return url
        }
        let (path, fragment) = Self.split(url)
        let target = try resolve(path, folder: folder, at: at)
        let source = project.root.appendingPathComponent(target)
        guard project.exists(source), !project.isFolder(source) else {
            throw ContentError(at, "\(kind) '\(path)' does not exist (looked for \(target)); check the path")
        }
        let outputPath = String(target.dropFirst("Content/".count))
        lock.lock()
        copies[outputPath] = source
        lock.unlock()
        return OutputPath.link(from: pagePath, to: outputPath) + (fragment.map { "#\($0)" } ?? "")
    }

    private func resolve(_ path: String, folder: URL, at: SourceLocation) throws(ContentError) -> String {
        let decoded = path.removingPercentEncoding ?? path
        guard !decoded.hasPrefix("/"), let url = project.resolve(decoded, from: folder, within: project.content) else {
            throw ContentError(at, "'\(path)' points outside the Content folder; link only to files inside Content/, with a relative path")
        }
        return project.relativePath(url)
    }

    private func checkAnchor(_ fragment: String?, in document: MarkdownDocument, at: SourceLocation) throws(ContentError) {
        guard let fragment, !fragment.isEmpty, !document.anchors.contains(fragment) else { return }
        throw ContentError(
            at,
            "'#\(fragment)' is not a heading in \(document.path)\(Suggestion.hint(for: fragment, in: document.anchors)); headings there are: "
                + document.headings.prefix(8).map { "#\($0.id)" }.joined(separator: ", "))
    }

    static func split(_ url: String) -> (String, String?) {
        guard let hash = url.firstIndex(of: "#") else { return (url, nil) }
        return (String(url[..<hash]), String(url[url.index(after: hash)...]))
    }
}
