import Foundation

/// What a contents page says of its publication's PDF: "Download the PDF (24 pages, 310 KB)".
struct PDFFacts: Sendable, Hashable {
    var bytes: Int
    var pages: Int?
}

/// Makes the PDF of every publication from its print document, already written to the
/// build's staging folder, two at a time. Any error the engine reports fails the build.
struct PDFStep {
    let project: ProjectFolder
    let log: DiagnosticLog
    var engine: URL? = nil

    func make(_ site: Site, into sink: any OutputSink) -> [Route: PDFFacts] {
        guard let disk = sink as? DiskSink else { return [:] }
        let engine =
            if let named = self.engine {
                FileManager.default.isExecutableFile(atPath: named.path) ? PDFEngine(executable: named) : nil
            } else {
                PDFEngine.find(project: project)
            }
        guard let engine else {
            log.error(SourceLocation(path: "Output"), PDFEngine.missing)
            return [:]
        }
        let work = site.partnerships.flatMap { p in p.publications.map { (p, $0) } }
        let results = work.concurrentMap { partnership, publication in
            engine.render(
                disk.staged(.printDocument(partnership.slug, publication.slug)), to: disk.staged(.pdf(partnership.slug, publication.slug)))
        }
        var facts: [Route: PDFFacts] = [:]
        for ((partnership, publication), result) in zip(work, results) {
            for error in result.errors {
                log.error(
                    SourceLocation(path: publication.source),
                    "the PDF of '\(publication.title)' could not be made cleanly: \(error); fix the page it names, or build with --no-pdf")
            }
            facts[.pdf(partnership.slug, publication.slug)] = PDFFacts(bytes: result.bytes, pages: result.pages)
        }
        return facts
    }
}
