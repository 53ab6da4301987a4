/// A change and a desired direction in words and symbols, never by colour alone.
struct ChangeWords: Sendable {
    let strings: Strings

    /// `down 14 (−12.5%) on 2021/22`, `up 3 percentage points on 2021/22`, `from 4th to 3rd on 2021/22`.
    func description(_ change: Change, unit: Measure.Unit) -> String {
        let period = change.previous.period
        let word = change.movement == .up ? strings.up : strings.down
        switch (change.movement, unit) {
        case (.same, _):
            return strings.noChangeOn(period)
        case (_, .rank):
            return strings.rankChange(FigureFormat.ordinal(change.previous.value), FigureFormat.ordinal(change.latest.value), period)
        case (_, .percentage):
            let size = abs(change.difference)
            return strings.pointsChange(word, FigureFormat.grouped(size, decimals: size.rounded() == size ? 0 : 1), period)
        default:
            let amount = FigureFormat.value(abs(change.difference), unit: unit)
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
        case .same: strings.noChange
        case .neutral: strings.noDesiredDirection
        }
    }

    static func symbol(_ movement: Change.Movement) -> String {
        switch movement {
        case .up: "▲"
        case .down: "▼"
        case .same: "►"
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
