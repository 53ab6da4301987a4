import Foundation

/// The chapter every annual review gets without writing it: "Progress against our outcomes",
/// made from the partnership's outcome framework and figures for the period under review. It
/// is Markdown like any chapter, so it has the same tables, headings, contents and links, and
/// other chapters can link to it as `progress-against-our-outcomes.md`.
enum ProgressChapter {
    static let slug = "progress-against-our-outcomes"
    static let title = "Progress against our outcomes"

    /// `site` with the progress chapter added at the end of every annual review that names its
    /// period, for partnerships with an outcome framework.
    static func add(to site: Site, measures: [String: MeasureData]) -> Site {
        var site = site
        // Each partnership is taken out, changed and put back, so that no array is copied.
        for p in site.partnerships.indices {
            guard let data = measures[site.partnerships[p].slug], !data.priorities.isEmpty else { continue }
            for index in site.partnerships[p].publications.indices {
                let publication = site.partnerships[p].publications[index]
                guard publication.kind == .annualReview, publication.period != nil else { continue }
                let progress = chapter(for: publication, partnership: site.partnerships[p].slug, data: data)
                site.partnerships[p].publications[index].chapters.append(progress)
            }
        }
        return site
    }

    static func chapter(for publication: Publication, partnership: String, data: MeasureData) -> Document {
        let body = markdown(period: publication.period ?? "", data: data)
        let folder = publication.source.folderPart
        return Document(
            kind: .chapter, slug: slug, title: title,
            summary: "How each measure of our outcome framework moved in \(publication.period ?? "the year"), against the year before.",
            order: Int.max, draft: false, date: nil, leaveSite: false, body: body, bodyLine: 1,
            source: folder + "/" + slug + ".md", route: .chapter(partnership, publication.slug, slug),
            fingerprint: Fingerprint.of(text: body))
    }

    /// The chapter's Markdown: the summary, then a section per priority with a table per outcome.
    static func markdown(period: String, data: MeasureData) -> String {
        var text = """
            For each outcome of our strategy, the table shows the figure for \(period), the figure for the period \
            before, the change and whether that is the change we want. Where a measure has no figure for \(period) \
            yet, the table says so.

            ```progress-summary
            period: \(period)
            ```

            ## The national Serious Violence Duty measures

            Every area reports these three measures under the Serious Violence Duty.

            ```duty-measures
            period: \(period)
            ```

            """
        for priority in data.priorities {
            text += "\n## \(escaped(priority.title))\n\n"
            if let summary = priority.summary { text += escaped(summary) + "\n\n" }
            for outcome in priority.outcomes {
                guard !outcome.measures.isEmpty else {
                    text += "**\(escaped(outcome.title))**: no measures yet, so no figures to report.\n\n"
                    continue
                }
                text += "```measure-table\noutcome: \(outcome.id)\nperiod: \(period)\n```\n\n"
                // Figures published only for areas get a table by area, so none is left out.
                for id in outcome.measures where !data.areasOnly(id, period: period).isEmpty {
                    let title = data.measure(id)?.title ?? id
                    text += "```measure-series\nmeasure: \(id)\nrows: areas\ncaption: \(yamlQuoted(title + ", by area"))\n```\n\n"
                }
            }
        }
        return text
    }

    /// Text from a data file as plain Markdown text: characters Markdown would read as markup
    /// are escaped.
    /// A YAML scalar in double quotes.
    private static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static let markup = Set("\\`*_[]<>#|!".utf8)

    private static func escaped(_ text: String) -> String {
        guard text.utf8.contains(where: markup.contains) else { return text }
        var result = ""
        for character in text {
            if "\\`*_[]<>#|!".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
