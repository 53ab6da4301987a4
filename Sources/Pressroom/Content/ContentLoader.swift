import Foundation

/// Reads `Content/` into a `Site`, recording every problem in the log.
struct ContentLoader {
    let project: ProjectFolder
    let log: DiagnosticLog
    let includeDrafts: Bool
    let cache: ContentCache

    func loadSite() -> Site {
        let settingsURL = project.content.appendingPathComponent("site.yaml")
        let path = project.relativePath(settingsURL)
        var site = cache.settings.value(for: path, key: project.stamps([settingsURL]), log: log, project: project) { log in
            settings(settingsURL, log: log)
        }
        let folders = project.subfolders(of: project.content)
        site.partnerships = folders.concurrentMap(loadPartnership).compactMap { $0 }
        if folders.isEmpty {
            log.error(
                SourceLocation(path: project.relativePath(project.content)),
                "no partnership folders found; create one with `pressroom new <name>`")
        }
        return site
    }

    private func settings(_ file: URL, log: DiagnosticLog) -> Site {
        var site = Site(title: "Community safety partnerships", description: "", baseURL: nil, partnerships: [])
        guard project.exists(file) else { return site }
        let yaml: YAMLMap
        do {
            yaml = try YAMLMap.parse(project.readText(file), path: project.relativePath(file), log: log)
        } catch {
            log.record(error)
            return site
        }
        yaml.warnUnknownKeys(["title", "description", "base_url"], log: log)
        site.title = yaml.string("title", log: log) ?? site.title
        site.description = yaml.string("description", log: log) ?? ""
        site.baseURL = log.recovering(nil) { () throws(ContentError) in
            try yaml.string("base_url").map { url throws(ContentError) in
                try WebAddress.checkWebsite(url, key: "base_url", at: yaml.location("base_url"))
            }
        }
        return site
    }

    private func loadPartnership(_ folder: URL) -> Partnership? {
        let file = folder.appendingPathComponent("partnership.yaml")
        let slug = folder.lastPathComponent
        guard project.exists(file) else {
            log.error(
                SourceLocation(path: project.relativePath(folder)),
                "partnership folder has no partnership.yaml; create one (see Content/README.md)")
            return nil
        }
        let path = project.relativePath(file)
        if !Self.isSlug(slug) {
            log.error(
                SourceLocation(path: path),
                "folder name '\(slug)' becomes a web address; use lower case letters, digits and hyphens")
        }
        let settings = cache.partnerships.value(
            for: path, key: project.stamps([file]), log: log, project: project, dependencies: { [$0?.logo].compactMap { $0 } }
        ) { log -> Partnership? in
            do {
                let yaml = try YAMLMap.parse(project.readText(file), path: path, log: log)
                return PartnershipReader(project: project, log: log).read(yaml, slug: slug, folder: folder)
            } catch {
                // One error for the file; its documents and data are still checked.
                log.record(error)
                return PartnershipReader.placeholder(slug: slug, source: path, folder: folder)
            }
        }
        guard var partnership = settings else { return nil }
        let documents = DocumentReader(project: project, log: log, includeDrafts: includeDrafts, cache: cache)
        partnership.publications = project.subfolders(of: folder)
            .filter { project.exists($0.appendingPathComponent("publication.yaml")) }
            .map { documents.publication(in: $0, partnershipSlug: slug) }
        partnership.news = documents.documents(in: folder.appendingPathComponent("news"), kind: .news) {
            Route.newsItem(slug, $0)
        }
        .sorted { ($0.date ?? "", $0.slug) > ($1.date ?? "", $1.slug) }
        partnership.pages = documents.documents(in: folder.appendingPathComponent("pages"), kind: .page) {
            Route.page(slug, $0)
        }
        return partnership
    }

    static func isSlug(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}
