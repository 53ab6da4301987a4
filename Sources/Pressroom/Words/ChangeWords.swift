/// A change and a desired direction in words and symbols, never by colour alone.
struct ChangeWords: Sendable {
    let strings: Strings

    /// `down 14 (−12.5%) on 2021/22`, `up 3 percentage points on 2021/22`, `from 4th to 3rd on
    /// 2021/22`, and for a change published without its figures, `up 8.4% on 2021/22`.
    func description(_ change: Change, of measure: Measure) -> String {
        let unit = measure.unit
        let period = change.since ?? strings.periodBefore
        let word = change.movement == .up ? strings.up : strings.down
        guard let difference = change.difference, let previous = change.previous, let latest = change.latest.value else {
            // Only the percentage was published: as a percentage, never as points or an index.
            guard let percent = change.percent, change.movement != .same else { return strings.noChangeOn(period) }
            let decimals = measure.decimals.map { min($0, change.latest.changeDecimals) } ?? change.latest.changeDecimals
            return strings.percentChange(word, FigureFormat.grouped(abs(percent), decimals: decimals) + "%", period)
        }
        // No more decimals than the figures were published with.
        let decimals = measure.decimals ?? max(change.latest.decimals, previous.decimals)
        switch (change.movement, unit) {
        case (.same, _):
            return strings.noChangeOn(period)
        case (_, .rank):
            return strings.rankChange(FigureFormat.ordinal(previous.value ?? 0), FigureFormat.ordinal(latest), period)
        case (_, .percentage):
            return strings.pointsChange(word, FigureFormat.grouped(abs(difference), decimals: decimals), period)
        default:
            let amount = FigureFormat.value(abs(difference), unit: unit, decimals: decimals)
            // A score on the source's own scale has no meaningful percentage change.
            let percent = change.percent.flatMap { percent in unit == .score ? nil : percent }.map { percent in
                (percent > 0 ? "+" : "−") + FigureFormat.grouped(abs(percent), decimals: abs(percent) >= 10 ? 0 : 1) + "%"
            }
            return strings.amountChange(word, amount, percent, period)
        }
    }

    /// Why a measure has no change to show.
    func noComparison(_ summary: MeasureSummary) -> String {
        guard summary.latest != nil else { return strings.notYetAvailable }
        guard let previous = summary.previous, previous.value != nil else { return strings.noEarlierFigure }
        return strings.cannotCompareLimits
    }

    func verdict(_ verdict: Change.Verdict) -> String {
        switch verdict {
        case .better: strings.better
        case .worse: strings.worse
        case .broadlyUnchanged: strings.broadlyUnchanged
        case .same: strings.noChange
        case .neutral: strings.noDesiredDirection
        }
    }

    /// ▲ up, ▼ down, ► unchanged or broadly unchanged (within the measure's band).
    static func symbol(_ change: Change) -> String {
        switch (change.movement, change.verdict) {
        case (_, .broadlyUnchanged), (.same, _): "►"
        case (.up, _): "▲"
        case (.down, _): "▼"
        }
    }

    func direction(_ direction: Measure.DesiredDirection) -> String {
        switch direction {
        case .reduce: strings.reduce
        case .increase: strings.increase
        case .none: strings.monitor
        }
    }
}
