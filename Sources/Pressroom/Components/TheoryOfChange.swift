/// A priority's theory of change: each activity followed through the stages that show what it
/// makes and what difference that makes (outputs, output and outcome KPIs, short-term and
/// long-term outcomes). Written in a chapter as a fenced block, one per priority:
///
///     ```theory-of-change
///     caption: Theory of change for priority 1, alcohol and drugs
///     priority: Tackle alcohol and drugs as a driver of serious violence
///     stages: [output-kpis, outcome-kpis, long-term, short-term]
///     activities:
///       - activity: 1CLIC programme
///         description: Find and support people at risk of county lines exploitation.
///         output-kpis:
///           - More referrals to drug and alcohol treatment
///         outcome-kpis: Better intelligence on county lines
///         long-term: People stop misusing drugs and stop offending for good
///         short-term: Fewer deaths from drugs
///     ```
///
/// `stages` gives the columns after the activity in the order the partnership publishes them;
/// without it they follow the order of the chain, as far as the activities use them.
struct TheoryOfChange {
    static let blockName = "theory-of-change"
    static let options = ["caption", "priority", "stages", "activities"]

    /// A stage of the chain, in the chain's order.
    enum Stage: String, CaseIterable, Sendable {
        case outputs
        case outputKPIs = "output-kpis"
        case outcomeKPIs = "outcome-kpis"
        case shortTerm = "short-term"
        case longTerm = "long-term"
    }

    /// An activity or intervention, and what is expected of it at each stage.
    struct Activity {
        var title: String
        var description: String?
        var stages: [Stage: [String]]
    }

    var caption: String?
    var priority: String
    var stages: [Stage]
    var activities: [Activity]
}

extension TheoryOfChange {
    /// Reads a `theory-of-change` block whose first line is at `location`, reporting every problem.
    static func read(_ text: String, at location: SourceLocation, log: DiagnosticLog) throws(ContentError) -> TheoryOfChange {
        var problems = BlockProblems(log: log)
        let yaml = try problems.open(text, at: location, options: options, of: "a theory of change")
        let caption = problems.text(yaml, "caption")
        let priority = problems.text(yaml, "priority")
        if priority == nil {
            problems.add(yaml.start, "missing `priority:`; add the priority this theory of change is for, as published")
        }
        let chosen = yaml.node("stages") == nil ? nil : stages(yaml, &problems)
        if yaml.node("activities")?.sequence?.isEmpty ?? true, yaml.node("activities")?.scalar == nil {
            problems.add(
                yaml.location("activities"),
                "the theory of change lists no activities; add `activities:` with each as `- activity: name` and its stages")
        }
        var activities: [Activity] = []
        var firstSeen: [String: Int] = [:]
        var used = Set<Stage>()
        for map in problems.attempt({ () throws(ContentError) in try yaml.maps("activities") }) ?? [] {
            guard let activity = read(map, stages: chosen, &problems) else { continue }
            if let first = firstSeen[activity.title.lowercased()] {
                problems.add(
                    map.location("activity"), "the activity '\(activity.title)' is listed twice (first on line \(first)); give each once")
            }
            firstSeen[activity.title.lowercased()] = firstSeen[activity.title.lowercased()] ?? map.location("activity").line
            used.formUnion(activity.stages.keys)
            activities.append(activity)
        }
        try problems.check()
        return TheoryOfChange(
            caption: caption, priority: priority ?? "", stages: chosen ?? Stage.allCases.filter(used.contains), activities: activities)
    }
}

extension TheoryOfChange {
    /// The stages named in `stages:`, each known and given once.
    fileprivate static func stages(_ yaml: YAMLMap, _ problems: inout BlockProblems) -> [Stage] {
        let names = Stage.allCases.map(\.rawValue)
        var stages: [Stage] = []
        for (node, location) in problems.items(yaml, "stages") {
            guard let name = node.text, let stage = Stage(rawValue: name.lowercased()) else {
                let written = node.text ?? ""
                problems.add(
                    location,
                    "unknown stage '\(written)'\(Suggestion.hint(for: written, in: names)); the stages are \(names.joined(separator: ", "))"
                )
                continue
            }
            if stages.contains(stage) {
                problems.add(location, "the stage '\(name)' is listed twice in `stages`; give each stage once")
            }
            stages.append(stage)
        }
        return stages
    }

    /// One activity: its title, an optional description, and its stages.
    fileprivate static func read(_ map: YAMLMap, stages chosen: [Stage]?, _ problems: inout BlockProblems) -> Activity? {
        problems.checkKeys(map, ["activity", "description"] + Stage.allCases.map(\.rawValue), of: "an activity")
        let title = problems.text(map, "activity")
        let description = problems.text(map, "description")
        var stages: [Stage: [String]] = [:]
        for stage in Stage.allCases where map.node(stage.rawValue) != nil {
            if let chosen, !chosen.contains(stage) {
                problems.add(
                    map.location(stage.rawValue),
                    "'\(stage.rawValue)' is not one of this block's `stages`; add it there, in the order it is published, or remove it here"
                )
            }
            stages[stage] = problems.items(map, stage.rawValue).compactMap { node, location in
                if let text = node.text { return text }
                problems.add(location, "each item of '\(stage.rawValue)' should be a line of text")
                return nil
            }
        }
        guard let title else {
            problems.add(map.start, "an activity without its name; add `activity: …` as the first line of its entry")
            return nil
        }
        return Activity(title: title, description: description, stages: stages)
    }
}
