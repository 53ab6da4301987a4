import Foundation

/// Every output of a build, in reading order: the list a reader checks to see what a build makes.
struct SitePlan {
    let project: ProjectFolder
    let log: DiagnosticLog
    var printDocuments = true

    func artifacts(for site: Site, bodies: [String: PageBody]) -> [any Artifact] {
        var generated: [any Artifact] = [PortalPage()]
        var written: [any Artifact] = []
        for p in site.partnerships {
            generated.append(HomePage(partnership: p))
            for publication in p.publications {
                generated.append(ContentsPage(partnership: p, publication: publication))
                written += publication.chapters.indices.map { ChapterPage(partnership: p, publication: publication, index: $0) }
                if printDocuments { generated.append(PrintDocument(partnership: p, publication: publication)) }
                generated += TagPages.artifacts(partnership: p, publication: publication)
            }
            generated.append(NewsListPage(partnership: p))
            written += p.news.map { NewsItemPage(partnership: p, item: $0) }
            written += p.pages.map { DocumentPage(partnership: p, document: $0) }
            generated += [ContactPage(partnership: p), AccessibilityPage(partnership: p), DataPage(partnership: p)]
        }
        let pages = withoutCollisions(generated + written)
        var files: [any Artifact] = [NotFoundPage(), RobotsFile(baseURL: site.baseURL)]
        for p in site.partnerships {
            files += [OpenDataFile(partnership: p, format: .csv), OpenDataFile(partnership: p, format: .json)]
        }
        if let baseURL = site.baseURL {
            // A print document repeats its publication's chapters, so search engines are not sent
            // to it; nor to drafts, which a build with drafts shows only to those checking them.
            let drafts = Set(
                site.partnerships.flatMap { p in p.publications.flatMap(\.chapters) + p.news + p.pages }.filter(\.draft).map(\.route))
            let listed = pages.filter { !($0 is PrintDocument) && !drafts.contains($0.route) }
            files.append(SitemapFile(pages: listed.map(\.route), baseURL: baseURL))
            files += Self.feeds(site).map { NewsFeed(partnership: $0, baseURL: baseURL) }
        }
        return pages + files + copies(site, bodies: bodies)
    }

    /// The news feeds a site has: one per partnership with news, and one of all news. Feeds need
    /// full addresses, so a site has them only when it has a `base_url`.
    static func feeds(_ site: Site) -> [Partnership?] {
        guard site.baseURL != nil else { return [] }
        let withNews = site.partnerships.filter { $0.news.contains { !$0.draft } }
        return withNews.isEmpty ? [] : [nil] + withNews
    }

    /// Pages that would be written to the same place as an earlier one are reported and left out.
    private func withoutCollisions(_ pages: [any Artifact]) -> [any Artifact] {
        var routes = Set<Route>(minimumCapacity: pages.count)
        guard !pages.allSatisfy({ routes.insert($0.route).inserted }) else { return pages }
        var seen: [Route: String] = [:]
        return pages.filter { page in
            if let first = seen[page.route] {
                log.error(
                    SourceLocation(path: page.source),
                    "this page would be written to \(page.route.path), like \(first); rename one of them")
                return false
            }
            seen[page.route] = page.source
            return true
        }
    }

    /// The theme's assets, each partnership's logo, and the files pages link to or show.
    private func copies(_ site: Site, bodies: [String: PageBody]) -> [any Artifact] {
        var copies: [Route: (URL, String)] = [:]
        let assetFolder = project.templates.appendingPathComponent("assets")
        for file in project.files(in: assetFolder) {
            copies[.asset(String(file.path.dropFirst(assetFolder.path.count + 1)))] = (file, project.relativePath(file))
        }
        for partnership in site.partnerships {
            if let logo = partnership.logo, project.exists(logo) {
                copies[.logo(partnership.slug, file: logo.lastPathComponent)] = (logo, partnership.source)
            }
        }
        for (source, body) in bodies.sorted(by: { $0.key < $1.key }) {
            for (route, file) in body.copies where copies[route] == nil { copies[route] = (file, source) }
        }
        return copies.sorted { $0.key < $1.key }.compactMap { route, copy in
            do {
                try project.checkInside(copy.0)
                return CopiedFile(route: route, file: copy.0, source: copy.1)
            } catch {
                log.record(error)
                return nil
            }
        }
    }
}
