import Foundation

/// `measure-chart`: a measure drawn at build time as an SVG image, with no script. A line over
/// the periods (with the national figure and the areas, when there are any), or bars comparing
/// the areas in one period. Each chart has a short accessible name, a description that states
/// the trend, a visible caption with the source, the figures as a table beside it, and links
/// to the open data.
extension MeasureComponents {
    func chart(_ options: ComponentOptions, id: String, dataLinks: DataLinks?) throws(ContentError) -> String {
        try options.allow(["measure", "type", "period", "caption"])
        let measure = try measure(options.required("measure"), at: options.location(of: "measure"))
        let type = options.value("type") ?? "line"
        guard ["line", "bar"].contains(type) else {
            throw ContentError(
                options.location(of: "type"),
                "chart type '\(type)' is not known\(Suggestion.hint(for: type, in: ["line", "bar"])); use line or bar")
        }
        guard !data.periods(measure.id).isEmpty else {
            try data.requireRead("values.csv", at: options.location(of: "measure"))
            throw ContentError(options.location(of: "measure"), "measure '\(measure.id)' has no figures yet; add them to data/values.csv")
        }
        let caption = options.value("caption") ?? measure.title
        let series = lineSeries(measure)
        let (svg, table) =
            type == "line"
            ? (lineChart(measure, series: series, id: id, caption: caption), seriesTable(measure, id: "\(id)-figures", caption: caption))
            : try barChart(measure, period: options.value("period"), at: options.location(of: "period"), id: id, caption: caption)
        var html = "<figure class=\"chart\" id=\"\(id)\">\n\(svg)\n"
        if type == "line" { html += key(series.map(\.name)) }
        html += "<figcaption class=\"chart__caption\"><strong>\(HTMLText.escape(caption))</strong> "
        html += "<span class=\"chart__source\">\(strings.source): \(HTMLText.escape(measure.source)).</span></figcaption>\n</figure>\n"
        html += "<details class=\"chart__figures\">\n<summary>\(strings.chartFigures)</summary>\n\(table)</details>\n"
        if let dataLinks { html += dataLinks.html(strings) }
        return html
    }

    /// The lines of a chart: the whole area, the national figure, then each area.
    private func lineSeries(_ measure: Measure) -> [(name: String, values: [MeasureValue], national: Bool)] {
        var series: [(name: String, values: [MeasureValue], national: Bool)] = []
        for area in data.areas(measure.id) {
            series.append((area.isEmpty ? areaName : area, data.series(measure.id, area: area), false))
            if area.isEmpty, data.series(measure.id).contains(where: { $0.national != nil }) {
                series.append((strings.nationalArea, data.series(measure.id).filter { $0.national != nil }, true))
            }
        }
        return series
    }

    /// The key below a line chart: each line's style and marker beside its name, as text that
    /// fits any screen.
    private func key(_ names: [String]) -> String {
        var html = "<ul class=\"chart__key\">\n"
        for (number, name) in names.enumerated() {
            let style = ChartDrawing.styles[number % ChartDrawing.styles.count]
            let dash = style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            html +=
                "<li><svg class=\"chart__swatch\" width=\"40\" height=\"14\" viewBox=\"0 0 40 14\" aria-hidden=\"true\" focusable=\"false\">"
                // Hidden from screen readers, which hear the name; a PDF tags it as a figure, whose alt text this is.
                + "<title>\(style.words)</title>"
            html += "<line x1=\"0\" y1=\"7\" x2=\"40\" y2=\"7\" stroke=\"\(style.colour)\" stroke-width=\"2.5\"\(dash)/>"
            html += ChartDrawing.marker(style.marker, x: 20, y: 7, colour: style.colour) + "</svg> \(HTMLText.escape(name))</li>\n"
        }
        return html + "</ul>\n"
    }

    /// The figures over the periods, one line per series; short names are also written at the
    /// end of their line.
    private func lineChart(
        _ measure: Measure, series: [(name: String, values: [MeasureValue], national: Bool)], id: String, caption: String
    ) -> String {
        let periods = data.periods(measure.id)
        // Only exact figures are drawn: a limit ("fewer than 5") or a change alone has no point.
        let value = { (figure: MeasureValue, national: Bool) in national ? figure.national : figure.exact }
        let largest = series.flatMap { line in line.values.compactMap { value($0, line.national) } }.max() ?? 0
        let ticks = ChartDrawing.ticks(upTo: largest)
        let labelled = series.count <= 3 && series.allSatisfy { $0.name.count <= 18 }
        let longest = Double(series.map(\.name.count).max() ?? 0)
        let lastLabel = Double(periods.last?.count ?? 0) * 3.8
        let (left, right, top, height) = (40.0, labelled ? 16 + longest * 7.2 : max(16, lastLabel), 28.0, 170.0)
        let plotWidth = ChartDrawing.width - left - right
        let x = { (period: String) in
            let index = Double(periods.firstIndex(of: period) ?? 0)
            return periods.count == 1 ? left + plotWidth / 2 : left + plotWidth * index / Double(periods.count - 1)
        }
        let y = { (number: Double) in top + height - height * number / (ticks.last ?? 1) }
        var marks = axes(measure, ticks: ticks, y: y, left: left, right: ChartDrawing.width - right)
        let every = max(1, Int((Double(periods.count) / 4).rounded(.up)))
        for (index, period) in periods.enumerated() where index % every == 0 || index == periods.count - 1 {
            marks.append(ChartDrawing.label(period, x: x(period), y: top + height + 20, anchor: "middle", size: 13))
        }
        var ends: [(name: String, y: Double)] = []
        for (number, line) in series.enumerated() {
            let style = ChartDrawing.styles[number % ChartDrawing.styles.count]
            let points = line.values.compactMap { figure in value(figure, line.national).map { (x(figure.period), y($0)) } }
            let path = points.map { "\(ChartDrawing.n($0.0)),\(ChartDrawing.n($0.1))" }.joined(separator: " ")
            let dash = style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? ""
            marks.append("<polyline points=\"\(path)\" fill=\"none\" stroke=\"\(style.colour)\" stroke-width=\"2.5\"\(dash)/>")
            marks += points.map { ChartDrawing.marker(style.marker, x: $0.0, y: $0.1, colour: style.colour) }
            if let last = points.last { ends.append((line.name, last.1)) }
        }
        let placed = ChartDrawing.spread(ends.map(\.y), gap: 15, within: top...(top + height))
        for (end, labelY) in zip(ends, placed) where labelled {
            marks.append(ChartDrawing.label(end.name, x: ChartDrawing.width - right + 10, y: labelY + 4))
        }
        return svg(id: id, title: caption, description: lineDescription(measure, series: series), height: top + height + 32, marks: marks)
    }

    /// Horizontal bars, one per area, each labelled above with its name and at its end with its
    /// figure; the national figure as a dashed line.
    private func barChart(
        _ measure: Measure, period asked: String?, at location: SourceLocation, id: String, caption: String
    ) throws(ContentError) -> (String, String) {
        let periods = data.periods(measure.id)
        guard let period = asked ?? periods.last, periods.contains(period) else {
            try data.requireRead("values.csv", at: location)
            throw ContentError(
                location,
                "measure '\(measure.id)' has no figures for \(asked ?? "")\(Suggestion.hint(for: asked ?? "", in: periods)); use one of \(periods.joined(separator: ", "))"
            )
        }
        let figures = data.areas(measure.id).compactMap { area in data.series(measure.id, area: area).first { $0.period == period } }
        let national = data.series(measure.id).first { $0.period == period }?.national
        let largest = max(figures.compactMap(\.exact).max() ?? 0, national ?? 0)
        let ticks = ChartDrawing.ticks(upTo: largest)
        let (left, right, top, row) = (2.0, 56.0, national == nil ? 4.0 : 28.0, 42.0)
        let plotWidth = ChartDrawing.width - left - right
        let x = { (number: Double) in left + plotWidth * number / (ticks.last ?? 1) }
        var marks: [String] = []
        for (index, figure) in figures.enumerated() {
            let rowTop = top + Double(index) * row
            let whole = figure.area.isEmpty
            marks.append(ChartDrawing.label(whole ? areaName : figure.area, x: left, y: rowTop + 13, bold: whole))
            let colour = whole ? ChartDrawing.text : ChartDrawing.styles[2].colour
            // A limit ("fewer than 5") gets no bar, only its words.
            let barWidth = figure.exact.map { max(x($0) - left, 1) } ?? 0
            if barWidth > 0 {
                marks.append(
                    "<rect x=\"\(ChartDrawing.n(left))\" y=\"\(ChartDrawing.n(rowTop + 19))\" width=\"\(ChartDrawing.n(barWidth))\" height=\"14\" fill=\"\(colour)\"/>"
                )
            }
            marks.append(ChartDrawing.label(FigureFormat.figure(figure, of: measure), x: left + barWidth + 6, y: rowTop + 31, size: 12))
        }
        let bottom = top + Double(figures.count) * row
        if let national {
            let nationalX = ChartDrawing.n(x(national))
            marks.append(
                "<line x1=\"\(nationalX)\" y1=\"\(ChartDrawing.n(top - 6))\" x2=\"\(nationalX)\" y2=\"\(ChartDrawing.n(bottom))\" stroke=\"\(ChartDrawing.styles[1].colour)\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
            )
            let text = "\(strings.nationalArea): \(FigureFormat.value(national, unit: measure.unit, decimals: measure.decimals))"
            let anchor = x(national) > ChartDrawing.width / 2 ? "end" : "start"
            marks.append(ChartDrawing.label(text, x: x(national) + (anchor == "end" ? -4 : 4), y: top - 10, anchor: anchor, size: 12))
        }
        let description = barDescription(measure, period: period, figures: figures, national: national)
        let svg = svg(id: id, title: caption, description: description, height: bottom + 8, marks: marks)
        return (svg, areaTable(measure, period: period, figures: figures, national: national, id: "\(id)-figures", caption: caption))
    }

    private func axes(_ measure: Measure, ticks: [Double], y: (Double) -> Double, left: Double, right: Double) -> [String] {
        let decimals = ChartDrawing.tickDecimals(ticks)
        var marks = [ChartDrawing.label(unitName(measure.unit), x: 0, y: 13)]
        for tick in ticks {
            let at = ChartDrawing.n(y(tick))
            marks.append(
                "<line x1=\"\(ChartDrawing.n(left))\" y1=\"\(at)\" x2=\"\(ChartDrawing.n(right))\" y2=\"\(at)\" stroke=\"\(ChartDrawing.grid)\" stroke-width=\"1\"/>"
            )
            marks.append(ChartDrawing.label(FigureFormat.grouped(tick, decimals: decimals), x: left - 6, y: y(tick) + 4, anchor: "end"))
        }
        return marks
    }

    private func unitName(_ unit: Measure.Unit) -> String {
        switch unit {
        case .count: strings.chartUnitCount
        case .percentage: "%"
        case .ratePer1000: "per 1,000"
        case .ratePer100000: "per 100,000"
        case .rank: strings.chartUnitRank
        case .pounds: "£"
        case .score: strings.chartUnitScore
        }
    }

    private func svg(id: String, title: String, description: String, height: Double, marks: [String]) -> String {
        "<svg class=\"chart__image\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-description\" viewBox=\"0 0 \(Int(ChartDrawing.width)) \(ChartDrawing.n(height))\" "
            + "xmlns=\"http://www.w3.org/2000/svg\" font-family=\"system-ui, sans-serif\">\n"
            + "<title id=\"\(id)-title\">\(HTMLText.escape(title))</title>\n<desc id=\"\(id)-description\">\(HTMLText.escape(description))</desc>\n"
            + marks.joined(separator: "\n") + "\n</svg>"
    }
}

/// Links from a measure's table or chart to the open data files of its partnership.
struct DataLinks: Hashable, Sendable {
    var csv: String
    var json: String

    func html(_ strings: Strings) -> String {
        "<p class=\"data-links\">\(strings.downloadFigures): <a href=\"\(HTMLText.escape(csv))\">CSV</a>, "
            + "<a href=\"\(HTMLText.escape(json))\">JSON</a></p>\n"
    }
}
