import Foundation

/// Figures that are possible numbers but unlikely figures: a negative count, and a percentage
/// written as a fraction (`0.12` for 12%), as a spreadsheet exports a cell formatted as a
/// percentage.
extension MeasureReader {
    /// Units whose figures cannot be below zero, with how a message names them.
    static let neverNegative: [Measure.Unit: String] = [
        .count: "a count", .ratePer1000: "a rate", .ratePer100000: "a rate",
    ]

    /// Warns about percentages that look like fractions: a figure between 0 and 1 among figures
    /// a hundred times larger, or a measure whose figures are all between 0 and 1 and none of
    /// whose rows has a note saying they really are below 1%.
    func checkFractions(_ values: [MeasureValue], units: [String: Measure.Unit]) {
        let byMeasure = Dictionary(grouping: values.filter { units[$0.measure] == .percentage }, by: \.measure)
        for (measure, rows) in byMeasure.sorted(by: { $0.key < $1.key }) {
            let figures = rows.flatMap { row in
                [row.exact.map { (row, "value", $0) }, row.national.map { (row, "national", $0) }].compactMap { $0 }
            }
            let isFraction = { (figure: Double) in figure > 0 && figure < 1 }
            let whole = figures.map(\.2).filter { !isFraction($0) && $0 > 0 }
            if let low = whole.min(), let high = whole.max() {
                for (row, column, figure) in figures where isFraction(figure) && row.note == nil {
                    let percent = figure * 100
                    guard percent >= low / 2, percent <= high * 2 else { continue }
                    log.warning(
                        row.location,
                        "\(column) \(Self.text(figure)) looks like a fraction: '\(measure)' is a percentage and its other figures "
                            + "are \(Self.range(low, high)), so write \(Self.text(percent)) for \(Self.text(percent))%; "
                            + "if it really is below 1%, say so in the row's note")
                }
            } else if !figures.isEmpty, figures.allSatisfy({ isFraction($0.2) }), rows.allSatisfy({ $0.note == nil }) {
                let all = figures.map(\.2)
                let first = rows.map(\.location).min() ?? rows[0].location
                log.warning(
                    first,
                    "'\(measure)' is a percentage and every figure of it is below 1 (\(Self.range(all.min() ?? 0, all.max() ?? 0))); "
                        + "if they are fractions, write them in per cent (\(Self.text(all[0] * 100)) for \(Self.text(all[0]))); "
                        + "if they really are below 1%, say so in the note of one of its rows")
            }
        }
    }

    private static func text(_ number: Double) -> String {
        FigureFormat.plainNumber((number * 1_000_000).rounded() / 1_000_000)
    }

    private static func range(_ low: Double, _ high: Double) -> String {
        low == high ? text(low) : "\(text(low)) to \(text(high))"
    }
}
