import Foundation

/// Renders every page, in parallel across cores: Markdown body, page template, then layout.
struct PageRenderer: @unchecked Sendable {
    let site: Site
    let measures: [String: MeasureData]
    let templates: TemplateSet
    let links: LinkIndex
    let log: DiagnosticLog

    /// Renders every page and writes each to `output` as soon as it is made; returns the number of pages.
    func render(_ jobs: [PageJob], into output: OutputWriter?) -> Int {
        let all = jobs + [PageJob(outputPath: "404.html", source: "Templates/not-found.mustache", content: .notFound)]
        all.concurrentForEach { job in
            let html = page(job)
            output?.write(job.outputPath, Data(html.utf8))
        }
        return all.count
    }

    private func page(_ job: PageJob) -> String {
        let builder = PageValues(site: site, measures: measures)
        var values = builder.values(for: job, page: content(job))
        values["main"] = templates.render(job.template, values: values, log: log)
        return templates.render("layout", values: values, log: log)
    }

    private func content(_ job: PageJob) -> PageValues.Page {
        if let document = job.document {
            let components = job.partnership.map { p in
                MeasureComponents(data: measures[p.slug] ?? MeasureData(), areaName: p.area)
            }
            var page = PageValues.Page(title: document.title, summary: document.summary)
            if let parsed = links.documents[document.source] {
                let services = links.services(for: parsed, pagePath: job.outputPath, components: components)
                let rendered = HTMLRenderer(document: parsed, services: services, log: log).render()
                page.body = rendered.html
                page.headings = rendered.headings
            }
            page.draft = document.draft
            page.leaveSite = document.leaveSite
            page.date = document.date
            return page
        }
        switch job.content {
        case .portal: return .init(title: site.title, summary: site.description.isEmpty ? nil : site.description)
        case .notFound: return .init(title: "Page not found", summary: nil)
        case .home(let p): return .init(title: p.name, summary: p.summary)
        case .contents(_, let publication): return .init(title: publication.title, summary: publication.summary)
        case .newsList(let p): return .init(title: "News", summary: "Latest news from \(p.name).")
        case .contact(let p): return .init(title: "Contact us", summary: "How to get in touch with \(p.name).")
        case .accessibility(let p): return .init(title: "Accessibility statement", summary: "How accessible the \(p.name) website is.")
        case .data(let p): return .init(title: "Open data", summary: "The figures behind \(p.shortName)'s tables and charts, to download.")
        default: return .init(title: "", summary: nil)
        }
    }
}
