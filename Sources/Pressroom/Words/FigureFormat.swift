import Foundation

/// Writes figures the way a reader expects them for each unit: `1,234`, `34%`, `4.5 per 1,000`.
enum FigureFormat {
    /// A figure of `measure` with the decimals the measure sets, or else those it was published with.
    /// "fewer than 5" or "less than 2.5%" for a limit, and "Not published" when only the
    /// change was.
    static func figure(_ value: MeasureValue, of measure: Measure, strings: Strings = .english) -> String {
        guard let number = value.value else { return strings.noFigurePublished }
        let figure = self.value(number, unit: measure.unit, decimals: measure.decimals ?? value.decimals)
        switch value.bound {
        case nil: return figure
        case .below?: return strings.below(figure, measure.unit == .count)
        case .above?: return strings.above(figure)
        }
    }

    /// A figure as open data writes it: `14.36`, `<5`, `>90`, or empty when not published.
    static func plain(_ value: MeasureValue, of measure: Measure) -> String {
        guard let number = value.value else { return "" }
        let text = String(format: "%.\(measure.decimals ?? value.decimals)f", number)
        switch value.bound {
        case nil: return text
        case .below?: return "<" + text
        case .above?: return ">" + text
        }
    }

    /// The national figure beside `value`, if there is one.
    static func national(_ value: MeasureValue, of measure: Measure) -> String? {
        value.national.map { self.value($0, unit: measure.unit, decimals: measure.decimals ?? value.nationalDecimals) }
    }

    /// `number` in `unit`, with `decimals` when given, or else as few as show it.
    static func value(_ number: Double, unit: Measure.Unit, decimals: Int? = nil) -> String {
        let shown = { (fallback: Int) in decimals ?? (isWhole(number) ? 0 : fallback) }
        return switch unit {
        case .count: grouped(number, decimals: shown(1))
        case .percentage: grouped(number, decimals: shown(1)) + "%"
        case .ratePer1000: grouped(number, decimals: decimals ?? 1) + " per 1,000"
        case .ratePer100000: grouped(number, decimals: decimals ?? 1) + " per 100,000"
        case .rank: ordinal(number)
        case .pounds: "£" + grouped(number, decimals: shown(2))
        case .score: grouped(number, decimals: shown(1))
        }
    }

    /// `5`, `2.5`: a number with as few decimals as show it, and no separators.
    static func plainNumber(_ number: Double) -> String {
        isWhole(number) ? String(format: "%.0f", number) : String(number)
    }

    /// A number with thousands separators and a fixed number of decimals.
    static func grouped(_ number: Double, decimals: Int) -> String {
        let fixed = String(format: "%.\(decimals)f", abs(number))
        let parts = fixed.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var groups: [String] = []
        while whole.count > 3 {
            groups.insert(String(whole.suffix(3)), at: 0)
            whole = String(whole.dropLast(3))
        }
        groups.insert(whole, at: 0)
        let sign = number < 0 && fixed.contains(where: { $0 != "0" && $0 != "." }) ? "−" : ""
        return sign + groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// `3` → `3rd`; a value that is not a whole number in range is written as it is.
    static func ordinal(_ value: Double) -> String {
        guard let number = Int(exactly: value.rounded()) else { return grouped(value, decimals: 0) }
        return ordinal(number)
    }

    static func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }

    private static func isWhole(_ number: Double) -> Bool {
        number.rounded() == number
    }
}
