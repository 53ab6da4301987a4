import Foundation

/// The open data page: every measure, with CSV and JSON downloads.
struct DataPage: Artifact {
    let partnership: Partnership

    var route: Route { .data(partnership.slug) }
    var source: String { partnership.source }

    /// "2017/18 to 2019/20", "2022/23" or "None yet".
    static func periods(_ periods: [String]) -> String {
        guard let first = periods.first, let last = periods.last else { return "None yet" }
        return first == last ? first : "\(first) to \(last)"
    }

    /// The partnership's measures and outcomes, its frame, the site and the templates.
    func inputs(in context: BuildContext) -> Int? {
        guard let frame = context.frames[partnership.slug] else { return nil }
        var inputs = Fingerprint()
        inputs.add(route)
        inputs.add(context.data(partnership).fingerprint)
        context.addFrame(of: partnership, frame, to: &inputs)
        return inputs.value
    }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        let data = context.data(partnership)
        let words = ChangeWords(strings: .english)
        let rows = data.measures.map { measure in
            let latest = data.figures(measure.id)?.latest
            return MeasureRowView(
                id: measure.id, title: measure.title, unit: measure.unit.rawValue,
                desiredDirection: words.direction(measure.desiredDirection), source: measure.source,
                latestPeriod: latest?.period ?? "Not yet available",
                latestValue: latest.map { FigureFormat.figure($0, of: measure) } ?? "—", description: measure.description,
                periods: Self.periods(data.periods(measure.id)))
        }
        let priorities = data.priorities.map { priority in
            PriorityView(
                title: priority.title,
                outcomes: priority.outcomes.map { outcome in
                    OutcomeView(
                        title: outcome.title,
                        measures: outcome.measures.isEmpty
                            ? "no measures yet" : outcome.measures.compactMap { data.measure($0)?.title }.joined(separator: "; "))
                })
        }
        return context.generatedPage(
            route, "data", title: "Open data",
            summary: "The figures behind \(partnership.shortName)'s tables and charts, to download.", of: partnership,
            fields: DataFields(
                measures: rows, priorities: priorities, csvURL: route.link(to: .dataFile(partnership.slug, "measures.csv")),
                jsonURL: route.link(to: .dataFile(partnership.slug, "measures.json"))))
    }
}

/// `measures.csv` or `measures.json`: a partnership's figures as open data.
struct OpenDataFile: Artifact {
    enum Format: String, Sendable { case csv, json }

    let partnership: Partnership
    let format: Format

    var route: Route { .dataFile(partnership.slug, "measures.\(format.rawValue)") }
    var source: String { partnership.source }

    func prepare(in context: BuildContext) -> PreparedArtifact {
        let data = context.data(partnership)
        let name = partnership.name
        var fingerprint = Fingerprint()
        fingerprint.add(data.fingerprint)
        fingerprint.add(name)
        fingerprint.add(format.rawValue)
        return PreparedArtifact(
            fingerprint: fingerprint.value,
            output: .bytes { [format] in
                format == .csv ? OpenData.csv(data) : OpenData.json(data, partnership: name)
            })
    }
}

/// A file published as it is: a theme asset, a logo, an image or document a page links to.
struct CopiedFile: Artifact {
    let route: Route
    let file: URL
    let source: String

    func prepare(in context: BuildContext) -> PreparedArtifact {
        PreparedArtifact(fingerprint: file.hashValue, output: .copy(file))
    }
}
