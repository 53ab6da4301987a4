import Foundation

/// Reads publications and the Markdown files in them, in `news/` and in `pages/`.
struct DocumentReader {
    let project: ProjectFolder
    let log: DiagnosticLog
    let includeDrafts: Bool
    /// What earlier builds of the same workspace read.
    let cache: ContentCache

    func publication(in folder: URL, partnershipSlug: String) -> Publication {
        let file = folder.appendingPathComponent("publication.yaml")
        let path = project.relativePath(file)
        let slug = folder.lastPathComponent
        let settings = cache.publications.value(for: path, key: project.stamps([file]), log: log, project: project) { fileLog in
            let placeholder = Publication(
                slug: slug, title: slug, shortTitle: slug, period: nil, kind: .strategy, summary: nil, published: nil, chapters: [],
                source: path)
            do {
                let yaml = try YAMLMap.parse(project.readText(file), path: path, log: fileLog)
                return publicationSettings(yaml, into: placeholder, log: fileLog)
            } catch {
                // One error for the file; its chapters are still checked.
                fileLog.record(error)
                return placeholder
            }
        }
        var publication = settings
        publication.chapters = documents(in: folder, kind: .chapter) { Route.chapter(partnershipSlug, slug, $0) }
        if publication.chapters.isEmpty {
            log.warning(
                SourceLocation(path: path), "this publication has no chapters; add Markdown files such as 01-introduction.md")
        }
        return publication
    }

    /// What `publication.yaml` says, without the chapters: every problem is recorded, and a key
    /// that cannot be read keeps its value in `publication`.
    private func publicationSettings(_ yaml: YAMLMap, into publication: Publication, log: DiagnosticLog) -> Publication {
        var publication = publication
        yaml.warnUnknownKeys(["title", "short_title", "period", "kind", "summary", "published", "tags", "tags_title"], log: log)
        let kindText = yaml.string("kind", log: log) ?? "strategy"
        if let kind = Publication.Kind(rawValue: kindText) {
            publication.kind = kind
        } else {
            let kinds = Publication.Kind.allCases.map { "'\($0.rawValue)'" }
            log.error(
                yaml.location("kind"),
                "kind '\(kindText)' is not known\(Suggestion.hint(for: kindText, in: Publication.Kind.allCases.map(\.rawValue))); "
                    + "use \(kinds.dropLast().joined(separator: ", ")) or \(kinds.last ?? "")")
        }
        publication.published = yaml.string("published", log: log)
        if let published = publication.published {
            CalendarDate.check(published, name: "published", at: yaml.location("published"), log: log)
        }
        publication.title = yaml.requiredString("title", log: log) ?? publication.title
        publication.shortTitle = yaml.string("short_title", log: log) ?? publication.title
        publication.period = yaml.string("period", log: log)
        publication.summary = yaml.string("summary", log: log)
        publication.tags = log.recovering([]) { () throws(ContentError) in try Tag.declared(in: yaml, log: log) }
        publication.tagsTitle = yaml.string("tags_title", log: log)
        return publication
    }

    /// The Markdown files of `folder`, in reading order, without drafts unless drafts are wanted.
    func documents(in folder: URL, kind: Document.Kind, route: (String) -> Route) -> [Document] {
        guard project.isFolder(folder) else { return [] }
        let folderPath = project.relativePath(folder)
        let documents = project.names(in: folder).filter { $0.hasSuffix(".md") }
            .compactMap { document(folderPath + "/" + $0, kind: kind, route: route) }
        if kind == .chapter { checkChapterNumbers(documents) }
        return documents.filter { includeDrafts || !$0.draft }
            .sorted { ($0.order, $0.slug) < ($1.order, $1.slug) }
    }

    /// The document at `path` (relative to the project), read again only when its stamp changed.
    private func document(_ path: String, kind: Document.Kind, route: (String) -> Route) -> Document? {
        let stamp = project.stamp(path: project.rootPath + "/" + path)
        return cache.documents.value(for: path, key: stamp.hashValue, log: log, project: project) { fileLog in
            do {
                let url = project.root.appendingPathComponent(path)
                try Self.checkSize(Int(stamp?.size ?? 0), path: path)
                let data = try project.readData(url)
                return try read(data, path: path, kind: kind, route: route, fingerprint: Fingerprint.of(data), log: fileLog)
            } catch {
                fileLog.record(error)
                return nil
            }
        }
    }

    /// Reads a Markdown file, recording every problem of its front matter and reading on past
    /// each one, so that its body is checked too and links to it still resolve.
    private func read(
        _ data: Data, path: String, kind: Document.Kind, route: (String) -> Route, fingerprint: Int, log: DiagnosticLog
    ) throws(ContentError) -> Document {
        let file = project.root.appendingPathComponent(path)
        let parts = try FrontMatter.split(project.text(of: data, path: path), path: path, log: log)
        let fields = parts.fields
        var known = ["title", "summary", "draft", "leave_site"]
        known += kind == .news ? ["date"] : ["order"]
        fields.warnUnknownKeys(known, log: log)
        let (number, slug) = Self.slug(fromFileName: file.deletingPathExtension().lastPathComponent, kind: kind)
        if !ContentLoader.isSlug(slug) {
            log.error(
                SourceLocation(path: path),
                "file name '\(file.lastPathComponent)' becomes the web address '\(slug)'; use lower case letters, digits and hyphens")
        }
        if fields.node("title") == nil {
            log.error(fields.start, "missing required key 'title'; every page needs a title in its front matter")
        }
        let date = fields.string("date", log: log)
        if kind == .news {
            if date == nil, fields.node("date")?.sequence == nil, fields.node("date")?.mapping == nil {
                log.error(fields.start, "missing required key 'date' for a news item; add `date: \(CalendarDate.example)`")
            }
            let valid = date.flatMap { CalendarDate.check($0, name: "date", at: fields.location("date"), log: log) != nil ? $0 : nil }
            checkNewsFileName(file.lastPathComponent, date: valid, at: fields.location("date"), path: path, log: log)
        }
        let title =
            fields.node("title") == nil ? slug : fields.requiredString("title", log: log) ?? slug
        return Document(
            kind: kind, slug: slug, title: title, summary: fields.string("summary", log: log),
            order: fields.int("order", log: log) ?? number ?? 0,
            draft: fields.bool("draft", log: log) ?? false, date: date,
            leaveSite: fields.bool("leave_site", log: log) ?? (kind == .page && slug == "help"),
            body: parts.body, bodyLine: parts.bodyLine, source: path,
            route: route(slug), fingerprint: fingerprint)
    }

    /// The largest Markdown file Pressroom reads: far more than any chapter, and small enough
    /// that a build stays quick and within its memory.
    static let largestFile = 10_000_000

    /// Refuses a Markdown file larger than `largestFile`, from the size in its stamp, before
    /// reading it.
    static func checkSize(_ size: Int, path: String) throws(ContentError) {
        guard size > largestFile else { return }
        throw ContentError(
            SourceLocation(path: path),
            "this file is \(megabytes(size)) MB; Pressroom reads Markdown files of up to \(megabytes(largestFile)) MB — split it into chapters"
        )
    }

    private static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes) / 1_000_000
        return value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }

    /// `03-our-priorities` → (3, `our-priorities`); `2024-03-14-launch` → (nil, `launch`) for news.
    static func slug(fromFileName name: String, kind: Document.Kind) -> (Int?, String) {
        if kind == .news, let (_, rest) = NewsFileName.split(name) {
            return (nil, rest)
        }
        let digits = name.prefix { $0.isNumber }
        guard !digits.isEmpty, name.dropFirst(digits.count).first == "-" else { return (nil, name) }
        return (Int(digits), String(name.dropFirst(digits.count + 1)))
    }
}
