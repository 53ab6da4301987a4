import Foundation

/// Writes figures the way a reader expects them for each unit: `1,234`, `34%`, `4.5 per 1,000`.
enum FigureFormat {
    static func value(_ number: Double, unit: Measure.Unit) -> String {
        switch unit {
        case .count: grouped(number, decimals: isWhole(number) ? 0 : 1)
        case .percentage: grouped(number, decimals: isWhole(number) ? 0 : 1) + "%"
        case .ratePer1000: grouped(number, decimals: 1) + " per 1,000"
        case .ratePer100000: grouped(number, decimals: 1) + " per 100,000"
        case .rank: ordinal(number)
        case .pounds: "£" + grouped(number, decimals: isWhole(number) ? 0 : 2)
        }
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
