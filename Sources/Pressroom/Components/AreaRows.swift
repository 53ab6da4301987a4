/// `measure-series` with `rows: areas`: a row per area and a column per period, as published
/// tables of neighbourhoods are laid out, with an average and a change column when asked for
/// (`add: [average, change]`) and sorted by any column (`sort: average`, `order: descending`).
extension MeasureComponents {
    func areaRows(_ measure: Measure, options: ComponentOptions, id: String, caption: String) throws(ContentError) -> String {
        let periods = data.periods(measure.id)
        let added = options.list("add")
        for column in added where !["average", "change"].contains(column) {
            throw ContentError(
                options.location(of: "add"),
                "column '\(column)' is not known\(Suggestion.hint(for: column, in: ["average", "change"])); add average, change or both")
        }
        let change = added.contains("change") && periods.count > 1
        var rows = data.areas(measure.id).map { area in
            AreaRow(
                name: area.isEmpty ? areaName : area,
                figures: periods.map { period in
                    data.series(measure.id, area: area).first { $0.period == period }
                })
        }
        let columns: [String] = [strings.area] + periods + (added.contains("average") ? [strings.average] : []) + (change ? ["change"] : [])
        if let sort = options.value("sort") {
            let keys = ["area"] + periods + (added.contains("average") ? ["average"] : []) + (change ? ["change"] : [])
            guard keys.contains(sort) else {
                throw ContentError(
                    options.location(of: "sort"),
                    "cannot sort by '\(sort)'\(Suggestion.hint(for: sort, in: keys)); sort by one of \(keys.joined(separator: ", "))")
            }
            let order = options.value("order") ?? (sort == "area" ? "ascending" : "descending")
            guard ["ascending", "descending"].contains(order) else {
                throw ContentError(options.location(of: "order"), "order '\(order)' is not known; use ascending or descending")
            }
            rows = sorted(rows, by: sort, periods: periods, descending: order == "descending")
        } else if options.value("order") != nil {
            throw ContentError(options.location(of: "order"), "order needs a column to sort by; add `sort: …` (e.g. sort: average)")
        }
        let notes = FigureNotes(id: id, strings: strings)
        let body = rows.map { row -> [HTMLTable.Cell] in
            var cells = [HTMLTable.Cell(html: HTMLText.escape(row.name), role: .rowHeader)]
            for figure in row.figures {
                let html = figure.map { notes.figure($0, of: measure) }
                cells.append(.init(html: html ?? "—", numeric: true))
            }
            if added.contains("average") {
                let decimals = measure.decimals ?? max(1, row.figures.compactMap { $0?.decimals }.max() ?? 0)
                cells.append(
                    .init(html: row.average.map { FigureFormat.value($0, unit: measure.unit, decimals: decimals) } ?? "—", numeric: true))
            }
            if change {
                let text = row.change.map { (value: Double) -> String in
                    let decimals = measure.decimals ?? (row.figures.compactMap { $0?.decimals }.max() ?? 0)
                    let sign = value > 0 ? "+" : ""
                    return sign + FigureFormat.value(value, unit: measure.unit, decimals: decimals)
                }
                cells.append(.init(html: text.map(HTMLText.escape) ?? "—", numeric: true))
            }
            return cells
        }
        let headings = columns.enumerated().map { index, heading in
            let text = heading == "change" ? strings.changeBetween(periods.first ?? "", periods.last ?? "") : heading
            return HTMLTable.Cell(html: HTMLText.escape(text), numeric: index > 0)
        }
        return HTMLTable(id: id, captionHTML: HTMLText.escape(caption), columns: headings, bodies: [body]).render() + notes.html()
    }

    private func sorted(_ rows: [AreaRow], by column: String, periods: [String], descending: Bool) -> [AreaRow] {
        let key = { (row: AreaRow) -> Double? in
            switch column {
            case "average": row.average
            case "change": row.change
            default: periods.firstIndex(of: column).flatMap { row.figures[$0]?.exact }
            }
        }
        // Stable: rows that tie keep their order; rows without the figure go last.
        return rows.enumerated().sorted { a, b in
            if column == "area" {
                return descending
                    ? (b.element.name, a.offset) < (a.element.name, b.offset) : (a.element.name, a.offset) < (b.element.name, b.offset)
            }
            switch (key(a.element), key(b.element)) {
            case let (x?, y?) where x != y: return descending ? x > y : x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// One area's figures, a period to a column.
private struct AreaRow {
    var name: String
    var figures: [MeasureValue?]

    /// The mean of the exact figures, when every period has one.
    var average: Double? {
        let exact = figures.compactMap { $0?.exact }
        guard !exact.isEmpty, exact.count == figures.count else { return nil }
        return exact.reduce(0, +) / Double(exact.count)
    }

    /// The last period's figure less the first's.
    var change: Double? {
        guard let first = figures.first??.exact, let last = figures.last??.exact, figures.count > 1 else { return nil }
        return last - first
    }
}
