import Foundation

/// A delivery plan as a partnership publishes it: for each workstream, its services and projects
/// at each level of prevention (primary, secondary, tertiary), by status (established,
/// developing, aspirational). Written in a chapter as a fenced block:
///
///     ```delivery-plan
///     caption: Services and projects by workstream, level of prevention and status
///     programme: Serious Violence Prevention Programme
///     workstreams:
///       - workstream: "Workstream 1: Prevention"
///         primary:
///           established:
///             - Health visiting
///           aspirational:
///             - activity: Support to prevent repeat child removals
///               programme: collaboration
///       - workstream: "Workstream 2: Culture and workforce"
///         established:
///           - Training in trauma-informed practice
///         developing or aspirational:
///           - Public campaigns on trauma and adversity
///     ```
///
/// A workstream whose work is not split by level of prevention lists its statuses directly. A
/// status may be given as two (`developing or aspirational`) when the plan does not tell them
/// apart. An item marked `programme: lead` or `collaboration` is the named programme's own work.
struct DeliveryPlan {
    static let blockName = "delivery-plan"
    static let options = ["caption", "programme", "workstreams"]

    enum Tier: String, CaseIterable, Sendable { case primary, secondary, tertiary }
    enum Status: String, CaseIterable, Sendable { case established, developing, aspirational }
    enum ProgrammeRole: String, CaseIterable, Sendable { case lead, collaboration }

    /// A service or project, and whether the programme leads it or works on it with others.
    struct Activity {
        var text: String
        var programme: ProgrammeRole?
    }

    /// A workstream's activities of one status, by level of prevention; under `nil`, those of a
    /// workstream not split by level.
    struct Row {
        var statuses: [Status]
        var activities: [Tier?: [Activity]]
    }

    struct Workstream {
        var name: String
        var byTier: Bool
        var rows: [Row]
    }

    var caption: String?
    var programme: String?
    var workstreams: [Workstream]
}

extension DeliveryPlan {
    /// Reads a `delivery-plan` block whose first line is at `location`, reporting every problem.
    static func read(_ text: String, at location: SourceLocation, log: DiagnosticLog) throws(ContentError) -> DeliveryPlan {
        var problems = BlockProblems(log: log)
        let yaml = try problems.open(text, at: location, options: options, of: "a delivery plan")
        let caption = problems.text(yaml, "caption")
        let programme = problems.text(yaml, "programme")
        if yaml.node("workstreams")?.sequence?.isEmpty ?? true, yaml.node("workstreams")?.scalar == nil {
            problems.add(
                yaml.location("workstreams"),
                "the plan lists no workstreams; add `workstreams:` with each as `- workstream: name` and its services and projects")
        }
        var workstreams: [Workstream] = []
        var firstSeen: [String: SourceLocation] = [:]
        var marked: SourceLocation?
        for map in problems.attempt({ () throws(ContentError) in try yaml.maps("workstreams") }) ?? [] {
            var reader = WorkstreamReader(map: map)
            let workstream = reader.read(&problems)
            marked = marked ?? reader.programmeMark
            guard let workstream else { continue }
            if let first = firstSeen[workstream.name.lowercased()] {
                problems.add(
                    map.location("workstream"),
                    "the workstream '\(workstream.name)' is listed twice (first on line \(first.line)); give each workstream once")
            } else {
                firstSeen[workstream.name.lowercased()] = map.location("workstream")
                workstreams.append(workstream)
            }
        }
        if let marked, programme == nil {
            problems.add(
                marked,
                "this item is marked as the programme's work, but the plan does not name the programme; "
                    + "add `programme: Serious Violence Prevention Programme` (its name) at the top of the block")
        }
        try problems.check()
        return DeliveryPlan(caption: caption, programme: programme, workstreams: workstreams)
    }

    /// `established`, or `developing or aspirational`; `nil` when a word is not a status.
    static func statuses(_ key: String) -> [Status]? {
        let words = key.lowercased().split(separator: " or ").map { $0.trimmingCharacters(in: .whitespaces) }
        let statuses = words.compactMap(Status.init(rawValue:))
        guard statuses.count == words.count else { return nil }
        return Status.allCases.filter(statuses.contains)
    }
}
