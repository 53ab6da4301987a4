import Foundation

/// The marks of a chart as SVG, in a 320-unit-wide drawing: about life size on a phone, and
/// scaled up to at most 30rem on larger screens, so that its text stays readable. Series
/// are told apart by line style, marker shape and a label beside their last point, never by
/// colour alone; every colour has at least 3:1 contrast on white, and text at least 4.5:1.
struct ChartDrawing {
    static let width = 320.0
    static let text = "#0b0c0c"
    static let grid = "#b1b4b6"

    /// How one series is drawn.
    struct Style {
        var colour: String
        var dash: String?
        var marker: Marker
        /// The line in words: "dashed line with square markers".
        var words: String
    }

    enum Marker { case circle, square, triangle, diamond }

    /// The whole area, the national figure, then other areas.
    static let styles = [
        Style(colour: "#0b0c0c", dash: nil, marker: .circle, words: "solid black line with round markers"),
        Style(colour: "#505a5f", dash: "6 4", marker: .square, words: "dashed grey line with square markers"),
        Style(colour: "#1d70b8", dash: "2 3", marker: .triangle, words: "dotted blue line with triangle markers"),
        Style(colour: "#942514", dash: "10 3 2 3", marker: .diamond, words: "dash-dot red line with diamond markers"),
        Style(colour: "#00703c", dash: "1 2", marker: .circle, words: "finely dotted green line with round markers"),
        Style(colour: "#4c2c92", dash: "8 2", marker: .square, words: "long-dashed purple line with square markers"),
    ]

    /// Tick values from 0 that cover `largest` in four or five round steps.
    static func ticks(upTo largest: Double) -> [Double] {
        guard largest > 0 else { return [0, 1] }
        let rough = largest / 4
        let magnitude = pow(10, floor(log10(rough)))
        let residual = rough / magnitude
        let step = (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude
        let count = Int((largest / step).rounded(.up))
        return (0...max(count, 1)).map { Double($0) * step }
    }

    /// Decimals that tell the ticks apart: none for whole steps.
    static func tickDecimals(_ ticks: [Double]) -> Int {
        guard ticks.count > 1 else { return 0 }
        let step = ticks[1] - ticks[0]
        return step >= 1 ? 0 : Int((-log10(step)).rounded(.up))
    }

    static func marker(_ marker: Marker, x: Double, y: Double, colour: String) -> String {
        switch marker {
        case .circle:
            return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"4\" fill=\"\(colour)\"/>"
        case .square:
            return "<rect x=\"\(n(x - 3.5))\" y=\"\(n(y - 3.5))\" width=\"7\" height=\"7\" fill=\"\(colour)\"/>"
        case .triangle:
            return "<path d=\"M\(n(x)) \(n(y - 5))L\(n(x + 5)) \(n(y + 4))L\(n(x - 5)) \(n(y + 4))Z\" fill=\"\(colour)\"/>"
        case .diamond:
            return "<path d=\"M\(n(x)) \(n(y - 5))L\(n(x + 5)) \(n(y))L\(n(x)) \(n(y + 5))L\(n(x - 5)) \(n(y))Z\" fill=\"\(colour)\"/>"
        }
    }

    static func label(_ text: String, x: Double, y: Double, anchor: String = "start", size: Int = 13, bold: Bool = false) -> String {
        let weight = bold ? " font-weight=\"700\"" : ""
        return "<text x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(size)\" text-anchor=\"\(anchor)\" fill=\"\(Self.text)\"\(weight)>"
            + HTMLText.escape(text) + "</text>"
    }

    /// Moves label positions apart so that none is closer than `gap` to the next.
    static func spread(_ positions: [Double], gap: Double, within range: ClosedRange<Double>) -> [Double] {
        let order = positions.indices.sorted { positions[$0] < positions[$1] }
        var placed = positions
        var previous = -Double.infinity
        for index in order {
            placed[index] = max(placed[index], previous + gap)
            previous = placed[index]
        }
        if let last = order.last, placed[last] > range.upperBound {
            let shift = placed[last] - range.upperBound
            for index in order { placed[index] = max(range.lowerBound, placed[index] - shift) }
        }
        return placed
    }

    /// A coordinate with at most one decimal, so that the SVG stays small.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
