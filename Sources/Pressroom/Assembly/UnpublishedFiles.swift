import Foundation

/// Files in `Content/` that look like content (Markdown, text and word-processor documents,
/// data and YAML) but that Pressroom neither reads nor publishes: `05-extra.MD`, `notes.txt`,
/// `plan.docx`, `partnership.yml`. Each is a warning saying what to do; none is copied to the
/// output. Images, PDFs and any file a page links to are left alone.
struct UnpublishedFiles {
    let project: ProjectFolder
    let log: DiagnosticLog

    func check(_ site: Site, bodies: [String: PageBody]) {
        // Most files are chapters, news and data that Pressroom reads: they are ruled out first,
        // from their path alone, so that a rebuild stays quick.
        let publications = Set(site.partnerships.flatMap { p in p.publications.map { "\(p.slug)/\($0.slug)" } })
        var published: Set<String>?
        let unread = project.relativePaths(in: project.content, endingWith: "").compactMap { path in
            let parts = path.utf8.split(separator: UInt8(ascii: "/")).dropFirst().map { String(decoding: $0, as: UTF8.self) }
            return isRead(parts, publications: publications) ? nil : (path, parts)
        }
        for (path, parts) in unread.sorted(by: { $0.0 < $1.0 }) {
            guard let advice = advice(parts) else { continue }
            if published == nil {
                var paths = Set(site.partnerships.compactMap { $0.logo?.standardizedFileURL.path })
                for body in bodies.values { paths.formUnion(body.copies.values.map(\.standardizedFileURL.path)) }
                published = paths
            }
            guard published?.contains(project.root.appendingPathComponent(path).standardizedFileURL.path) != true else { continue }
            log.warning(SourceLocation(path: path), "this file is not published: \(advice)")
        }
    }

    /// Whether the file at `parts` (its path inside `Content/`) is one Pressroom reads.
    private func isRead(_ parts: [String], publications: Set<String>) -> Bool {
        switch parts.count {
        case 1: return parts[0] == "site.yaml"
        case 2: return parts[1] == "partnership.yaml"
        case 3:
            if parts[1] == "data" { return ["measures.csv", "values.csv", "outcomes.yaml"].contains(parts[2]) }
            if ["news", "pages"].contains(parts[1]) { return parts[2].hasSuffix(".md") }
            return (parts[2] == "publication.yaml" || parts[2].hasSuffix(".md"))
                && (publications.contains("\(parts[0])/\(parts[1])") || isPublication(parts[0], parts[1]))
        default: return false
        }
    }

    /// A folder with a `publication.yaml` that could not be read is still a publication folder.
    private func isPublication(_ partnership: String, _ folder: String) -> Bool {
        project.exists(project.content.appendingPathComponent("\(partnership)/\(folder)/publication.yaml"))
    }

    /// Why a file that is not read is not published and what to do, or `nil` for a file that
    /// need not be published (an image, a PDF, a read-me).
    private func advice(_ parts: [String]) -> String? {
        let name = parts[parts.count - 1]
        let ending = name.nameEnding.lowercased()
        guard !ContentFileName.isReadMe(name) else { return nil }
        if let markdown = ContentFileName.markdownName(for: name) {
            return "Pressroom reads Markdown only from files whose names end in .md (lower case); rename it to \(markdown)"
        }
        let base = name.deletingNameEnding
        if ending == "md" {
            let couldBePublication = parts.count == 3 && !["data", "news", "pages"].contains(parts[1])
            return "Markdown is published from a publication folder (one with a publication.yaml), news/ or pages/ "
                + "of a partnership; \(couldBePublication ? "add a publication.yaml to this folder, or " : "")move the file there, or out of Content/"
        }
        if ContentFileName.documentEndings.contains(ending) {
            return "pages are made only from Markdown files (.md), and no page links to this file; "
                + "if it is a page, write it as \(base).md with a title and summary, link to it from a page to offer it as a download, "
                + "or move it out of Content/"
        }
        if ending == "yml", ["site", "partnership", "publication", "outcomes"].contains(base) {
            return "Pressroom reads YAML files whose names end in .yaml; rename it to \(base).yaml"
        }
        if ContentFileName.dataEndings.contains(ending) {
            return
                "Pressroom reads only site.yaml, partnership.yaml, publication.yaml and, in data/, measures.csv, values.csv and outcomes.yaml; "
                + "rename it to one of those, or move it out of Content/"
        }
        return nil
    }
}
