import Foundation

/// The change between two figures of a measure, and whether it goes the way the partnership wants.
public struct Trend: Sendable {
    public enum Movement: Sendable { case up, down, same }
    public enum Verdict: String, Sendable { case better, worse, same, neutral }

    public var movement: Movement
    public var verdict: Verdict
    /// e.g. `down 14 (−12.5%) on 2021/22`
    public var description: String

    init(measure: Measure, latest: MeasureValue, previous: MeasureValue) {
        let difference = latest.value - previous.value
        movement = abs(difference) < 1e-9 ? .same : difference > 0 ? .up : .down
        switch (movement, measure.desiredDirection) {
        case (.same, _): verdict = .same
        case (_, .none): verdict = .neutral
        case (.down, .reduce), (.up, .increase): verdict = .better
        default: verdict = .worse
        }
        description = Self.describe(measure.unit, movement, difference, latest, previous)
    }

    public var symbol: String {
        switch movement {
        case .up: "▲"
        case .down: "▼"
        case .same: "►"
        }
    }

    public var verdictText: String {
        switch verdict {
        case .better: "better"
        case .worse: "worse"
        case .same: "no change"
        case .neutral: "no desired direction"
        }
    }

    /// The trend with its symbol hidden from screen readers and its meaning in words.
    var html: String {
        "<span class=\"trend trend--\(verdict.rawValue)\"><span class=\"trend__symbol\" aria-hidden=\"true\">\(symbol)</span> "
            + "\(HTMLText.escape(description)) <strong>(\(verdictText))</strong></span>"
    }

    private static func describe(
        _ unit: Measure.Unit, _ movement: Movement, _ difference: Double, _ latest: MeasureValue, _ previous: MeasureValue
    ) -> String {
        let since = "on \(previous.period)"
        let word = movement == .up ? "up" : "down"
        switch (movement, unit) {
        case (.same, _):
            return "no change \(since)"
        case (_, .rank):
            return "from \(FigureFormat.ordinal(previous.value)) to \(FigureFormat.ordinal(latest.value)) \(since)"
        case (_, .percentage):
            let points = FigureFormat.grouped(abs(difference), decimals: abs(difference).rounded() == abs(difference) ? 0 : 1)
            return "\(word) \(points) percentage point\(points == "1" ? "" : "s") \(since)"
        default:
            let amount = FigureFormat.value(abs(difference), unit: unit)
            guard previous.value != 0 else { return "\(word) \(amount) \(since)" }
            let percent = difference / abs(previous.value) * 100
            let sign = percent > 0 ? "+" : "−"
            return "\(word) \(amount) (\(sign)\(FigureFormat.grouped(abs(percent), decimals: abs(percent) >= 10 ? 0 : 1))%) \(since)"
        }
    }
}
