import Foundation

/// Reads one workstream of a delivery plan: its name, then either a level of prevention at a
/// time (each holding statuses) or its statuses directly, keeping every problem it finds.
struct WorkstreamReader {
    typealias Tier = DeliveryPlan.Tier
    typealias Status = DeliveryPlan.Status

    let map: YAMLMap
    /// Where the first item marked as the programme's own work was written.
    private(set) var programmeMark: SourceLocation?
    /// Each item's text (lower case) by level, with where it was first listed.
    private var listed: [Tier?: [String: SourceLocation]] = [:]

    init(map: YAMLMap) { self.map = map }

    /// The workstream, or `nil` when it has no name or lists nothing.
    mutating func read(_ problems: inout BlockProblems) -> DeliveryPlan.Workstream? {
        let earlier = problems.errors.count
        let name = problems.text(map, "workstream")
        if name == nil {
            problems.add(map.start, "a workstream without a name; add `workstream: …` as the first line of its entry")
        }
        var rows: [[Status]: [Tier?: [DeliveryPlan.Activity]]] = [:]
        var firstTier: String?
        var firstStatus: String?
        for key in map.keys where key != "workstream" {
            if let tier = Tier(rawValue: key.lowercased()) {
                firstTier = firstTier ?? key
                guard let statuses = problems.attempt({ () throws(ContentError) in try map.map(key) }) ?? nil else { continue }
                for status in statuses.keys {
                    guard let chosen = statusesOrReport(status, in: statuses, under: key, &problems) else { continue }
                    rows[chosen, default: [:]][tier, default: []] += activities(statuses, status, tier: tier, &problems)
                }
            } else if let chosen = DeliveryPlan.statuses(key) {
                firstStatus = firstStatus ?? key
                rows[chosen, default: [:]][nil, default: []] += activities(map, key, tier: nil, &problems)
            } else {
                let words = Tier.allCases.map(\.rawValue) + Status.allCases.map(\.rawValue)
                problems.add(
                    map.location(key),
                    "'\(key)'\(Suggestion.hint(for: key, in: words)) is neither a level of prevention (primary, secondary, tertiary) "
                        + "nor a status (established, developing, aspirational); check the spelling")
            }
        }
        if let firstTier, let firstStatus {
            problems.add(
                map.location(firstStatus),
                "'\(firstStatus)' is listed directly, but this workstream also has levels of prevention ('\(firstTier)'); "
                    + "put each status under a level, or list the workstream's statuses directly without levels")
        }
        guard let name else { return nil }
        guard rows.values.contains(where: { $0.values.contains { !$0.isEmpty } }) else {
            // Said only when nothing above explains it, such as a misspelt level.
            guard problems.errors.count == earlier else { return nil }
            problems.add(
                map.location("workstream"),
                "the workstream '\(name)' lists no services or projects; add them under `primary:`, `secondary:` and `tertiary:`, "
                    + "each by status, or under statuses directly")
            return nil
        }
        let order = { (statuses: [Status]) in statuses.map { Status.allCases.firstIndex(of: $0) ?? 0 } }
        let sorted = rows.keys.sorted { order($0).lexicographicallyPrecedes(order($1)) }
        return DeliveryPlan.Workstream(
            name: name, byTier: firstTier != nil, rows: sorted.map { DeliveryPlan.Row(statuses: $0, activities: rows[$0] ?? [:]) })
    }
}

extension WorkstreamReader {
    private func statusesOrReport(_ key: String, in map: YAMLMap, under tier: String, _ problems: inout BlockProblems) -> [Status]? {
        if let statuses = DeliveryPlan.statuses(key) { return statuses }
        problems.add(
            map.location(key),
            "unknown status '\(key)'\(Suggestion.hint(for: key, in: Status.allCases.map(\.rawValue))) under '\(tier)'; "
                + "use established, developing or aspirational (or two joined by 'or')")
        return nil
    }

    /// The items under `key`: each a line of text, or `activity:` with `programme: lead` or `collaboration`.
    private mutating func activities(
        _ map: YAMLMap, _ key: String, tier: Tier?, _ problems: inout BlockProblems
    ) -> [DeliveryPlan.Activity] {
        let items = problems.items(map, key)
        if items.isEmpty {
            problems.add(map.location(key), "'\(key)' lists nothing; add a `- service or project` on each line below it, or remove it")
        }
        var activities: [DeliveryPlan.Activity] = []
        for (node, location) in items {
            var activity: DeliveryPlan.Activity?
            if let text = node.text {
                activity = DeliveryPlan.Activity(text: text)
            } else if let mapping = node.mapping {
                activity = marked(YAMLMap(mapping: mapping, path: map.path, lineOffset: map.lineOffset), &problems)
            } else {
                problems.add(location, "each item under '\(key)' should be a line of text, or `activity:` with `programme:`")
            }
            guard let activity else { continue }
            let name = activity.text.lowercased()
            if let first = listed[tier]?[name] {
                problems.add(
                    location,
                    "'\(activity.text)' is listed twice under \(tier?.rawValue ?? "this workstream") (first on line \(first.line)); keep one"
                )
            } else {
                listed[tier, default: [:]][name] = location
                activities.append(activity)
            }
        }
        return activities
    }

    /// An item written as `activity:` and `programme:`.
    private mutating func marked(_ item: YAMLMap, _ problems: inout BlockProblems) -> DeliveryPlan.Activity? {
        problems.checkKeys(item, ["activity", "programme"], of: "a service or project")
        let text = problems.text(item, "activity")
        let role = problems.text(item, "programme")
        var programme: DeliveryPlan.ProgrammeRole?
        if let role {
            programme = DeliveryPlan.ProgrammeRole(rawValue: role.lowercased())
            if programme == nil {
                problems.add(item.location("programme"), "'programme' should be lead or collaboration, not '\(role)'")
            }
            programmeMark = programmeMark ?? item.location("programme")
        }
        guard let text else {
            problems.add(item.start, "an item without its text; add `activity: …`")
            return nil
        }
        return DeliveryPlan.Activity(text: text, programme: programme)
    }
}
