/// How the measures of an outcome framework moved in one period: the counts an annual review
/// opens with ("Of 18 measures with figures for both years, 11 improved…").
public struct Progress: Sendable, Hashable {
    public var improved = 0
    public var worse = 0
    public var broadlyUnchanged = 0
    public var unchanged = 0
    /// Moved, but the measure has no desired direction.
    public var moved = 0
    /// A figure for the period, but none before it to compare with.
    public var noComparison = 0
    /// No figure for the period.
    public var missing = 0
    /// No figure for the whole area in the period, but figures for some of its areas.
    public var byAreaOnly = 0

    /// Figures for both the period and the one before.
    public var compared: Int { improved + worse + broadlyUnchanged + unchanged + moved }

    /// Counts each measure once, however many outcomes it serves.
    public init(_ summaries: [MeasureSummary], areasOnly: Set<String> = []) {
        var seen = Set<String>()
        for summary in summaries where seen.insert(summary.measure.id).inserted {
            guard summary.latest != nil else {
                if areasOnly.contains(summary.measure.id) { byAreaOnly += 1 } else { missing += 1 }
                continue
            }
            guard let change = summary.change else {
                noComparison += 1
                continue
            }
            switch change.verdict {
            case .better: improved += 1
            case .worse: worse += 1
            case .broadlyUnchanged: broadlyUnchanged += 1
            case .same: unchanged += 1
            case .neutral: moved += 1
            }
        }
    }
}

extension MeasureData {
    /// The measures with figures for `period` only by area.
    func areasOnly(in summaries: [MeasureSummary], period: String) -> Set<String> {
        Set(summaries.map(\.measure.id).filter { !areasOnly($0, period: period).isEmpty })
    }

    /// The summaries of every measure of `priority` for `period`, in framework order.
    func summaries(of priority: Priority, period: String) -> [MeasureSummary] {
        priority.outcomes.flatMap(\.measures).compactMap { id in
            guard let measure = measure(id) else { return nil }
            return summary(id, period: period) ?? MeasureSummary(measure: measure, latest: nil, previous: nil)
        }
    }
}
