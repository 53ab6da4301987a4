import Foundation

/// The values a page template receives (see Templates/README.md). Optional values are `false`
/// when absent, so that a template never asks for a name that is not there.
struct PageValues {
    let site: Site
    let measures: [String: MeasureData]

    /// What the page itself says: its title, summary and Markdown body.
    struct Page {
        var title: String
        var summary: String?
        var body = ""
        var headings: [MarkdownDocument.Heading] = []
        var draft = false
        var leaveSite = false
        var date: String? = nil
    }

    func values(for job: PageJob, page: Page) -> [String: Any] {
        var values: [String: Any] = [
            "root": root(job),
            "site": ["title": site.title, "description": site.description, "language": "en-GB"],
            "page": pageValues(job, page),
            "partnership": false,
            "breadcrumbs": false,
        ]
        guard let partnership = job.partnership else {
            if case .portal = job.content {
                values["partnerships"] = site.partnerships.map { portalCard($0) }
            }
            return values
        }
        values["partnership"] = partnershipValues(partnership, from: job.outputPath)
        values["breadcrumbs"] = breadcrumbs(job, partnership)
        values.merge(kindValues(job, partnership), uniquingKeysWith: { _, new in new })
        return values
    }

    /// The way back to the top of `Output/`. The not-found page is served at any depth, so it
    /// starts from the site's root: `/`, or the path of `base_url` in `site.yaml`.
    private func root(_ job: PageJob) -> String {
        guard case .notFound = job.content else { return OutputPath.root(from: job.outputPath) }
        let path = site.baseURL.flatMap { URL(string: $0)?.path } ?? "/"
        return path.hasSuffix("/") ? path : path + "/"
    }

    private func pageValues(_ job: PageJob, _ page: Page) -> [String: Any] {
        let toc: Any =
            page.headings.filter { $0.level == 2 }.count >= 2
            ? page.headings.filter { $0.level <= 3 }.map { ["id": $0.id, "text": $0.text, "level": $0.level] as [String: Any] }
            : false
        return [
            "title": page.title, "summary": page.summary ?? false, "kind": job.template, "draft": page.draft,
            "leave_site": page.leaveSite, "leave_site_url": job.partnership?.leaveSiteURL ?? Partnership.defaultLeaveSiteURL, "toc": toc,
            "body": page.body,
            "date": page.date.map(Self.longDate) ?? false, "date_iso": page.date ?? false,
        ]
    }

    private func portalCard(_ partnership: Partnership) -> [String: Any] {
        [
            "name": partnership.name, "area": partnership.area, "summary": partnership.summary,
            "url": OutputPath.link(from: "index.html", to: "\(partnership.slug)/index.html"),
            "brand_colour": partnership.brandColour,
        ]
    }

    func link(_ from: String, _ to: String) -> String {
        OutputPath.link(from: from, to: to)
    }

    private func breadcrumbs(_ job: PageJob, _ partnership: Partnership) -> Any {
        let from = job.outputPath
        var trail: [[String: Any]] = [
            ["title": "All partnerships", "url": link(from, "index.html")],
            ["title": partnership.shortName, "url": link(from, "\(partnership.slug)/index.html")],
        ]
        switch job.content {
        case .home: return false
        case .chapter(_, let publication, _):
            trail.append(["title": publication.shortTitle, "url": link(from, "\(partnership.slug)/\(publication.slug)/index.html")])
        case .newsItem:
            trail.append(["title": "News", "url": link(from, "\(partnership.slug)/news/index.html")])
        default: break
        }
        return trail
    }

    static func longDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }
}

extension PageJob {
    var partnership: Partnership? {
        switch content {
        case .portal, .notFound: nil
        case .home(let p), .contents(let p, _), .chapter(let p, _, _), .newsList(let p), .newsItem(let p, _),
            .page(let p, _), .contact(let p), .accessibility(let p), .data(let p):
            p
        }
    }
}
