/// The change between two figures of a measure, in numbers, and whether it goes the way the
/// partnership wants. Words and symbols for it come from `Strings`.
public struct Change: Sendable, Hashable {
    public enum Movement: Sendable, Hashable { case up, down, same }
    public enum Verdict: String, Sendable, Hashable { case better, worse, broadlyUnchanged = "broadly-unchanged", same, neutral }

    public let latest: MeasureValue
    /// `nil` for a change published without the earlier figure.
    public let previous: MeasureValue?
    /// The period compared with, when known.
    public let since: String?
    /// The latest figure less the earlier one; `nil` when only the percentage was published.
    public let difference: Double?
    /// The difference as a percentage of the earlier figure; `nil` when the earlier figure is 0.
    public let percent: Double?
    public let movement: Movement
    public let verdict: Verdict

    /// The change from `previous` to `latest`, or the change published with `latest`; `nil`
    /// when there is none to show: no earlier figure, or a figure given only as a limit.
    init?(measure: Measure, latest: MeasureValue, previous: MeasureValue?) {
        self.latest = latest
        self.previous = previous
        if let published = latest.publishedChange {
            since = latest.comparedWith ?? previous?.period
            difference = nil
            percent = published
            movement = published == 0 ? .same : published > 0 ? .up : .down
        } else {
            guard let now = latest.exact, let before = previous?.exact else { return nil }
            since = previous?.period
            let difference = now - before
            self.difference = difference
            percent = before == 0 ? nil : difference / abs(before) * 100
            movement = abs(difference) < 1e-9 ? .same : difference > 0 ? .up : .down
        }
        let percent = self.percent
        let withinBand = measure.broadlyUnchangedWithin.map { band in percent.map { abs($0) <= band } ?? false } ?? false
        switch (movement, measure.desiredDirection) {
        case (.same, _): verdict = .same
        case _ where withinBand: verdict = .broadlyUnchanged
        case (_, .none): verdict = .neutral
        case (.down, .reduce), (.up, .increase): verdict = .better
        default: verdict = .worse
        }
    }
}

/// A measure with its figure for a period, the one before, and the change between them: what
/// a headline figure, a table row, a chart or an open data file of the measure shows.
public struct MeasureSummary: Sendable, Hashable {
    public let measure: Measure
    /// `nil` when the measure has no figure yet.
    public let latest: MeasureValue?
    public let previous: MeasureValue?

    public var change: Change? {
        guard let latest else { return nil }
        return Change(measure: measure, latest: latest, previous: previous)
    }
}

extension MeasureData {
    /// The summary of measure `id` for `period` (or the latest) in `area` (empty: the whole area).
    public func summary(_ id: String, period: String? = nil, area: String = "") -> MeasureSummary? {
        guard let measure = measure(id) else { return nil }
        let found = figures(id, period: period, area: area)
        return MeasureSummary(measure: measure, latest: found?.latest, previous: found?.previous)
    }
}
