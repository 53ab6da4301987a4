/// A change and a desired direction in words and symbols, never by colour alone.
struct ChangeWords: Sendable {
    let strings: Strings

    /// `down 14 (−12.5%) on 2021/22`, `up 3 percentage points on 2021/22`, `from 4th to 3rd on 2021/22`.
    func description(_ change: Change, of measure: Measure) -> String {
        let unit = measure.unit
        let period = change.previous.period
        // No more decimals than the figures were published with.
        let decimals = measure.decimals ?? max(change.latest.decimals, change.previous.decimals)
        let word = change.movement == .up ? strings.up : strings.down
        switch (change.movement, unit) {
        case (.same, _):
            return strings.noChangeOn(period)
        case (_, .rank):
            return strings.rankChange(FigureFormat.ordinal(change.previous.value), FigureFormat.ordinal(change.latest.value), period)
        case (_, .percentage):
            return strings.pointsChange(word, FigureFormat.grouped(abs(change.difference), decimals: decimals), period)
        default:
            let amount = FigureFormat.value(abs(change.difference), unit: unit, decimals: decimals)
            let percent = change.percent.map { percent in
                (percent > 0 ? "+" : "−") + FigureFormat.grouped(abs(percent), decimals: abs(percent) >= 10 ? 0 : 1) + "%"
            }
            return strings.amountChange(word, amount, percent, period)
        }
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
