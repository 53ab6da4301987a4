import Foundation

/// How a web page's Markdown reaches the rest of the site: `.md` links become page addresses,
/// images and other files are checked and copied beside the pages, and measures become HTML.
/// It records what the page depends on, so that a later build knows when to render it again.
final class PageLinks: MarkdownResolver {
    /// A link to a heading on another page, checked once every page has its headings.
    struct AnchorReference: Sendable, Hashable {
        var target: String
        var fragment: String
        var location: SourceLocation
    }

    let project: ProjectFolder
    let index: SiteIndex
    let page: Route
    /// The Markdown file, relative to the project.
    let source: String
    /// The folder of the Markdown file, made when a link needs it: making a URL is slow on Linux.
    lazy var folder = project.root.appendingPathComponent(source).deletingLastPathComponent()
    let components: MeasureComponents?
    /// Where warnings about what a page uses go (errors are thrown).
    let log: DiagnosticLog
    private(set) var copies: [Route: URL] = [:]
    private(set) var references: [AnchorReference] = []
    /// Every local file looked up, and its stamp when it was there.
    private(set) var filesLookedUp: [URL: FileStamp?] = [:]
    /// Commitments marked with tags, for the tag pages, and problems found in their words.
    var tagged: [TaggedItem] = []
    var taggedDiagnostics: [Diagnostic] = []

    init(project: ProjectFolder, index: SiteIndex, document: Document, components: MeasureComponents?, log: DiagnosticLog) {
        self.project = project
        self.index = index
        page = document.route
        source = document.source
        self.components = components
        self.log = log
    }

    /// The stamp of `url` when it is a file (not a folder), as `filesLookedUp` records it.
    static func lookUp(_ url: URL, in project: ProjectFolder) -> FileStamp? {
        project.isFolder(url) ? nil : project.stamp(url)
    }

    func link(_ url: String, at location: SourceLocation) throws(ContentError) -> String {
        try WebAddress.checkLink(url, at: location)
        if WebAddress.scheme(url) != nil { return url }
        let (path, fragment) = Self.split(url)
        if let markdown = ContentFileName.markdownName(for: Self.decoded(path).lastPathPart) {
            throw ContentError(
                location,
                "'\(path)' is Markdown that Pressroom does not publish, as its name does not end in .md; rename the file to \(markdown)")
        }
        guard path.hasSuffix(".md") else { return try file(url, at: location, kind: "file") }
        let target: String
        if let page = publishedPage(path) { target = page } else { target = try resolve(path, at: location) }
        guard let document = index.documents[target] else {
            if index.unpublished.contains(target) {
                if index.hasError(target) { throw ContentError.followingUnreadable(location) }
                throw ContentError(location, "'\(path)' is not published (it is a draft); remove the link or publish the page")
            }
            throw ContentError(location, "link to '\(path)', which does not exist (looked for \(target)); check the file name")
        }
        if let fragment, !fragment.isEmpty {
            references.append(AnchorReference(target: target, fragment: fragment, location: location))
        }
        return page.link(to: document.route, fragment: fragment)
    }

    func image(_ url: String, at location: SourceLocation) throws(ContentError) -> String {
        try file(url, at: location, kind: "image")
    }

    func component(_ name: String, _ body: String, at location: SourceLocation, tableID: String) throws(ContentError) -> String? {
        if name == Signature.blockName {
            return try Signature.html(ComponentOptions.block(body, at: location, log: log)) { (url, place) throws(ContentError) in
                try image(url, at: place)
            }
        }
        if let plan = try PlanBlocks.html(name, body, at: location, tableID: tableID, log: log) {
            return plan
        }
        if name == TaggedList.blockName { return try commitments(body, at: location, tableID: tableID) }
        guard MeasureComponents.isComponent(name) else { return nil }
        guard let components else { throw ContentError(location, "measures can only be used inside a partnership folder") }
        let partnership = page.folders.first ?? ""
        let links = DataLinks(
            csv: page.link(to: .dataFile(partnership, "measures.csv")), json: page.link(to: .dataFile(partnership, "measures.json")))
        return try components.blocks.html(name, body: body, tableID: tableID, dataLinks: links) { () throws(ContentError) in
            try components.block(name, options: ComponentOptions.block(body, at: location, log: log), tableID: tableID, dataLinks: links)
        }
    }

    func figure(_ name: String, _ arguments: String, at location: SourceLocation) throws(ContentError) -> String {
        guard let components else { throw ContentError(location, "measures can only be used inside a partnership folder") }
        return try components.blocks.html(name, body: arguments, tableID: "", dataLinks: nil) { () throws(ContentError) in
            try components.inline(name, options: ComponentOptions.inline(arguments, at: location))
        } ?? ""
    }

    /// A file linked or shown from a page: it must exist, and is copied beside the pages.
    private func file(_ url: String, at location: SourceLocation, kind: String) throws(ContentError) -> String {
        if let scheme = WebAddress.scheme(url) {
            guard ["http", "https"].contains(scheme) else {
                throw ContentError(
                    location, "\(kind) addresses starting '\(scheme):' are not allowed; use a file in Content/ or an https address")
            }
            return url
        }
        let (path, fragment) = Self.split(url)
        let target = try resolve(path, at: location)
        let source = project.root.appendingPathComponent(target)
        let stamp = Self.lookUp(source, in: project)
        filesLookedUp[source] = stamp
        guard stamp != nil else {
            throw ContentError(location, "\(kind) '\(path)' does not exist (looked for \(target)); check the path")
        }
        if kind == "image" {
            try ImageFile.check(source, written: path, at: location, log: log)
        }
        let route = Route.contentFile(String(target.dropFirst("Content/".count)))
        copies[route] = source
        return page.link(to: route, fragment: fragment)
    }

    /// The published page `path` leads to from this page's folder, worked out from the text
    /// alone: the page was read from inside the project, and nothing is read through a link, so
    /// the file system need not be asked. `nil` when the path leads to no published page; it is
    /// then resolved on disk, which also finds what is wrong with it.
    private func publishedPage(_ path: String) -> String? {
        let decoded = Self.decoded(path)
        guard !decoded.hasPrefix("/") else { return nil }
        // Split on bytes: splitting by `Character` costs twenty times as much.
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var parts = source.utf8.split(separator: slash, omittingEmptySubsequences: false).dropLast()
        for part in decoded.utf8.split(separator: slash) {
            if part.count == 1, part.first == dot { continue }
            if part.count == 2, part.allSatisfy({ $0 == dot }) {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let target = parts.map { String(Substring($0)) }.joined(separator: "/")
        return target.hasPrefix("Content/") && index.documents[target] != nil ? target : nil
    }

    private func resolve(_ path: String, at location: SourceLocation) throws(ContentError) -> String {
        let decoded = Self.decoded(path)
        guard !decoded.hasPrefix("/"), let url = project.resolve(decoded, from: folder, within: project.content) else {
            throw ContentError(
                location, "'\(path)' points outside the Content folder; link only to files inside Content/, with a relative path")
        }
        return project.relativePath(url)
    }

    /// `path` with `%20` and the like decoded; Foundation is asked only when there is a `%`.
    static func decoded(_ path: String) -> String {
        path.utf8.contains(UInt8(ascii: "%")) ? path.removingPercentEncoding ?? path : path
    }

    static func split(_ url: String) -> (String, String?) {
        guard let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")) else { return (url, nil) }
        return (String(url[..<hash]), String(url[url.index(after: hash)...]))
    }
}
