import Foundation

/// Reads `outcomes.yaml`: priorities, their outcomes and the measures of each outcome.
struct OutcomeReader {
    let project: ProjectFolder
    let log: DiagnosticLog

    func read(_ url: URL, measureIDs: Set<String>) -> [Priority] {
        guard project.exists(url) else { return [] }
        do {
            let yaml = try YAMLMap.parse(project.readText(url), path: project.relativePath(url), log: log)
            yaml.warnUnknownKeys(["priorities"], log: log)
            var seenIDs = Set<String>()
            return try yaml.maps("priorities").map { item throws(ContentError) in
                item.warnUnknownKeys(["id", "title", "summary", "outcomes"], log: log)
                let id = try identifier(item, seen: &seenIDs)
                let outcomes = try item.maps("outcomes").map { outcome throws(ContentError) in
                    outcome.warnUnknownKeys(["id", "title", "measures"], log: log)
                    let outcomeID = try identifier(outcome, seen: &seenIDs)
                    let measures = try outcome.strings("measures")
                    for measure in measures where !measureIDs.contains(measure) {
                        log.error(
                            outcome.location("measures"),
                            "unknown measure '\(measure)'\(Suggestion.hint(for: measure, in: measureIDs)); define it in measures.csv")
                    }
                    return Outcome(
                        id: outcomeID, title: try outcome.requiredString("title"),
                        measures: measures.filter(measureIDs.contains), location: outcome.start)
                }
                return Priority(
                    id: id, title: try item.requiredString("title"), summary: try item.string("summary"),
                    outcomes: outcomes, location: item.start)
            }
        } catch {
            log.record(error)
            return []
        }
    }

    private func identifier(_ item: YAMLMap, seen: inout Set<String>) throws(ContentError) -> String {
        let id = try item.requiredString("id")
        guard ContentLoader.isSlug(id) else {
            throw ContentError(item.location("id"), "id '\(id)' must be lower case letters, digits and hyphens")
        }
        guard seen.insert(id).inserted else {
            throw ContentError(item.location("id"), "id '\(id)' is used twice; priorities and outcomes each need their own id")
        }
        return id
    }
}
