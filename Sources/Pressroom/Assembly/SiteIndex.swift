import Foundation

/// Where every published Markdown file goes, rebuilt on every build: small, and all that a
/// link written as a `.md` path needs.
struct SiteIndex: Sendable {
    /// Source path (relative to the project) → the published document.
    let documents: [String: Document]
    /// Markdown files that exist but are not published: drafts, and files with errors.
    let unpublished: Set<String>
    /// Files with an error found while reading them (such as a chapter that could not be read).
    let filesWithErrors: Set<String>
    /// Changes whenever any document is added, removed, renamed, published or unpublished.
    let fingerprint: Int
    /// The tags each chapter can mark commitments with, by the chapter's source.
    let tags: [String: PublicationTags]

    init(site: Site, project: ProjectFolder, filesWithErrors: Set<String> = []) {
        self.filesWithErrors = filesWithErrors
        let published = site.partnerships.flatMap(\.documents)
        documents = Dictionary(published.map { ($0.source, $0) }, uniquingKeysWith: { first, _ in first })
        unpublished = Set(project.relativePaths(in: project.content, endingWith: ".md")).subtracting(documents.keys)
        var fingerprint = Fingerprint()
        for source in documents.keys.sorted() { fingerprint.add(documents[source]?.route) }
        fingerprint.add(unpublished.sorted())
        fingerprint.add(filesWithErrors.sorted())
        self.fingerprint = fingerprint.value
        tags = Self.tags(of: site)
    }

    /// Whether the Markdown file at `source` is left out because of an error already reported:
    /// in the file itself, or in the `publication.yaml` of its folder.
    func hasError(_ source: String) -> Bool {
        let folder = source.folderPart
        return filesWithErrors.contains(source) || filesWithErrors.contains(folder + "/publication.yaml")
    }
}

extension Partnership {
    /// Every Markdown document this partnership publishes: chapters, news and pages.
    var documents: [Document] {
        publications.flatMap(\.chapters) + news + pages
    }
}
