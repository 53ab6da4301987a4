/// What a chart shows, in a sentence or two: read out as the chart's description, so that a
/// reader who cannot see it learns the trend, not only its title.
extension MeasureComponents {
    /// "Alphashire: 1,400 in 2021/22, 1,234 in 2022/23; down 166 (−11.9%) on 2021/22 (better).
    /// England and Wales: 1,500 in 2021/22, 1,300 in 2022/23."
    func lineDescription(_ measure: Measure, series: [(name: String, values: [MeasureValue], national: Bool)]) -> String {
        series.prefix(6).map { line in
            let shown = line.values.count > 3 ? [line.values.first!, line.values.last!] : line.values
            let figures = shown.map { value in
                let figure =
                    line.national ? FigureFormat.national(value, of: measure) ?? "" : FigureFormat.figure(value, of: measure)
                return "\(figure) in \(value.period)"
            }
            var sentence = "\(line.name): \(figures.joined(separator: line.values.count > 3 ? " … " : ", "))"
            if !line.national, line.values.count >= 2,
                let change = Change(
                    measure: measure, latest: line.values[line.values.count - 1], previous: line.values[line.values.count - 2])
            {
                sentence += "; \(words.description(change, of: measure)) (\(words.verdict(change.verdict)))"
            }
            return sentence + "."
        }.joined(separator: " ")
    }

    /// "2022/23: highest North, 800; lowest South, 514. England and Wales: 1,300."
    func barDescription(_ measure: Measure, period: String, figures: [MeasureValue], national: Double?) -> String {
        let name = { [areaName] (value: MeasureValue) in value.area.isEmpty ? areaName : value.area }
        var sentence = "\(period): "
        let exact = figures.filter { $0.exact != nil }
        if let highest = exact.max(by: { $0.exact! < $1.exact! }), let lowest = exact.min(by: { $0.exact! < $1.exact! }),
            exact.count > 1
        {
            sentence += "highest \(name(highest)), \(FigureFormat.figure(highest, of: measure)); "
            sentence += "lowest \(name(lowest)), \(FigureFormat.figure(lowest, of: measure))."
        } else if let only = figures.first {
            sentence += "\(name(only)), \(FigureFormat.figure(only, of: measure))."
        }
        if let national {
            sentence += " \(strings.nationalArea): \(FigureFormat.value(national, unit: measure.unit, decimals: measure.decimals))."
        }
        return sentence
    }

    /// The figures of a bar chart as a table: one row per area.
    func areaTable(_ measure: Measure, period: String, figures: [MeasureValue], national: Double?, id: String, caption: String) -> String {
        let columns = [HTMLTable.Cell(html: strings.area), HTMLTable.Cell(html: HTMLText.escape(period), numeric: true)]
        var rows = figures.map { value -> [HTMLTable.Cell] in
            [
                .init(html: HTMLText.escape(value.area.isEmpty ? areaName : value.area), role: .rowHeader),
                .init(html: HTMLText.escape(FigureFormat.figure(value, of: measure)), numeric: true),
            ]
        }
        if let national {
            rows.append([
                .init(html: strings.nationalArea, role: .rowHeader),
                .init(html: HTMLText.escape(FigureFormat.value(national, unit: measure.unit, decimals: measure.decimals)), numeric: true),
            ])
        }
        return HTMLTable(id: id, captionHTML: HTMLText.escape(caption), columns: columns, bodies: [rows]).render()
    }
}
