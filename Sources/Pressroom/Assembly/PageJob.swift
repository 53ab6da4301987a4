/// One page of the website: where it goes, and what it shows.
struct PageJob: Sendable {
    enum Content: Sendable {
        case portal
        case notFound
        case home(Partnership)
        case contents(Partnership, Publication)
        case chapter(Partnership, Publication, index: Int)
        case newsList(Partnership)
        case newsItem(Partnership, Document)
        case page(Partnership, Document)
        case contact(Partnership)
        case accessibility(Partnership)
        case data(Partnership)
    }

    /// Relative to `Output/`.
    var outputPath: String
    /// The file the page comes from, for messages.
    var source: String
    var content: Content

    var template: String {
        switch content {
        case .portal: "portal"
        case .notFound: "not-found"
        case .home: "home"
        case .contents: "contents"
        case .chapter: "chapter"
        case .newsList: "news-list"
        case .newsItem: "news-item"
        case .page: "page"
        case .contact: "contact"
        case .accessibility: "accessibility"
        case .data: "data"
        }
    }

    /// The Markdown document the page shows, if any.
    var document: Document? {
        switch content {
        case .chapter(_, let publication, let index): publication.chapters[index]
        case .newsItem(_, let document), .page(_, let document): document
        default: nil
        }
    }
}

extension Partnership {
    /// Every page of this partnership's website, in reading order.
    var pageJobs: [PageJob] {
        var jobs = [PageJob(outputPath: "\(slug)/index.html", source: source, content: .home(self))]
        for publication in publications {
            jobs.append(
                PageJob(
                    outputPath: "\(slug)/\(publication.slug)/index.html", source: publication.source, content: .contents(self, publication))
            )
            for (index, chapter) in publication.chapters.enumerated() {
                jobs.append(
                    PageJob(outputPath: chapter.outputPath, source: chapter.source, content: .chapter(self, publication, index: index)))
            }
        }
        jobs.append(PageJob(outputPath: "\(slug)/news/index.html", source: source, content: .newsList(self)))
        jobs += news.map { PageJob(outputPath: $0.outputPath, source: $0.source, content: .newsItem(self, $0)) }
        jobs += pages.map { PageJob(outputPath: $0.outputPath, source: $0.source, content: .page(self, $0)) }
        jobs.append(PageJob(outputPath: "\(slug)/contact/index.html", source: source, content: .contact(self)))
        jobs.append(PageJob(outputPath: "\(slug)/accessibility/index.html", source: source, content: .accessibility(self)))
        jobs.append(PageJob(outputPath: "\(slug)/data/index.html", source: source, content: .data(self)))
        return jobs
    }
}
