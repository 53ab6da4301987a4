import Foundation

/// Where every published Markdown file goes, rebuilt on every build: small, and all that a
/// link written as a `.md` path needs.
struct SiteIndex: Sendable {
    /// Source path (relative to the project) → the published document.
    let documents: [String: Document]
    /// Markdown files that exist but are not published: drafts, and files with errors.
    let unpublished: Set<String>
    /// Changes whenever any document is added, removed, renamed, published or unpublished.
    let fingerprint: Int
    /// The tags each chapter can mark commitments with, by the chapter's source.
    let tags: [String: PublicationTags]

    init(site: Site, project: ProjectFolder) {
        let published = site.partnerships.flatMap(\.documents)
        documents = Dictionary(published.map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first })
        unpublished = Set(project.relativePaths(in: project.content, endingWith: ".md")).subtracting(documents.keys)
        var fingerprint = Fingerprint()
        for source in documents.keys.sorted() { fingerprint.add(documents[source]?.route) }
        fingerprint.add(unpublished.sorted())
        self.fingerprint = fingerprint.value
        tags = Self.tags(of: site)
    }
}

extension Partnership {
    /// Every Markdown document this partnership publishes: chapters, news and pages.
    var documents: [Document] {
        publications.flatMap(\.chapters) + news + pages
    }
}
