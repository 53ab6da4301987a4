import Foundation

/// Reads `outcomes.yaml`: priorities, their outcomes and the measures of each outcome.
struct OutcomeReader {
    let project: ProjectFolder
    let log: DiagnosticLog

    /// The priorities of `outcomes.yaml`, recording every problem and reading on past each
    /// priority or outcome that has one. `measuresKnown` is false when measures.csv could not be
    /// read, so that its measures are not each reported as unknown. `nil` when the file cannot be read.
    func read(_ url: URL, measureIDs: Set<String>, measuresKnown: Bool = true) -> [Priority]? {
        guard project.exists(url) else { return [] }
        let yaml: YAMLMap
        do {
            yaml = try YAMLMap.parse(project.readText(url), path: project.relativePath(url), log: log)
        } catch {
            log.record(error)
            return nil
        }
        yaml.warnUnknownKeys(["priorities"], log: log)
        var seenIDs: [String: Int] = [:]
        let items = yaml.maps("priorities", log: log)
        return items.compactMap { item in
            item.warnUnknownKeys(["id", "title", "summary", "outcomes"], log: log)
            let id = identifier(item, seen: &seenIDs)
            let outcomes = item.maps("outcomes", log: log).compactMap { outcome in
                self.outcome(outcome, seen: &seenIDs, measureIDs: measureIDs, measuresKnown: measuresKnown)
            }
            let title = item.requiredString("title", log: log)
            let summary = item.string("summary", log: log)
            guard let id, let title else { return nil }
            return Priority(id: id, title: title, summary: summary, outcomes: outcomes, location: item.start)
        }
    }

    private func outcome(_ outcome: YAMLMap, seen: inout [String: Int], measureIDs: Set<String>, measuresKnown: Bool) -> Outcome? {
        outcome.warnUnknownKeys(["id", "title", "measures"], log: log)
        let id = identifier(outcome, seen: &seen)
        let measures = outcome.strings("measures", log: log)
        for measure in measures where measuresKnown && !measureIDs.contains(measure) {
            log.error(
                outcome.location("measures"),
                "unknown measure '\(measure)'\(Suggestion.hint(for: measure, in: measureIDs)); define it in measures.csv")
        }
        let title = outcome.requiredString("title", log: log)
        guard let id, let title else { return nil }
        return Outcome(id: id, title: title, measures: measures.filter(measureIDs.contains), location: outcome.start)
    }

    /// The item's id, or `nil` when it is missing or malformed; an id used before is reported and kept,
    /// so that pages naming it are not reported too.
    private func identifier(_ item: YAMLMap, seen: inout [String: Int]) -> String? {
        guard let id = item.requiredString("id", log: log) else { return nil }
        let location = item.location("id")
        guard ContentLoader.isSlug(id) else {
            log.error(location, "id '\(id)' must be lower case letters, digits and hyphens")
            return nil
        }
        if let first = seen[id] {
            log.error(
                location, "id '\(id)' is used twice (first on line \(first)); priorities and outcomes each need their own id")
        } else {
            seen[id] = location.line
        }
        return id
    }
}
