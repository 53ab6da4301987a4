import Foundation

/// Turns references to measures in Markdown into HTML: headline figures, tables and figures in sentences.
public struct MeasureComponents: Sendable {
    public let data: MeasureData
    /// The name of the whole area, used as a column heading for figures without an area.
    public let areaName: String

    public init(data: MeasureData, areaName: String) {
        self.data = data
        self.areaName = areaName
    }

    static let blockNames = ["measure-callout", "measure-table", "measure-series", "outcome-framework"]

    /// Whether a fenced block's first word names a component (or a misspelt one) rather than a language.
    static func isComponent(_ name: String) -> Bool {
        name.hasPrefix("measure-") || name.hasPrefix("outcome-")
    }

    /// HTML for a fenced block whose info string names a component, or `nil` when it names none.
    func block(_ name: String, options: ComponentOptions, tableID: String) throws(ContentError) -> String? {
        switch name {
        case "measure-callout": return try callout(options)
        case "measure-table": return try measureTable(options, id: tableID)
        case "measure-series": return try series(options, id: tableID)
        case "outcome-framework": return try framework(options, id: tableID)
        default:
            guard Self.isComponent(name) else { return nil }
            throw ContentError(
                options.location,
                "unknown component '\(name)'\(Suggestion.hint(for: name, in: Self.blockNames)); "
                    + "use one of \(Self.blockNames.joined(separator: ", "))")
        }
    }

    /// Text for `{{value id}}`, `{{change id}}` or `{{period id}}` in a sentence.
    func inline(_ name: String, options: ComponentOptions) throws(ContentError) -> String {
        let names = ["value", "change", "period"]
        guard names.contains(name) else {
            throw ContentError(
                options.location,
                "unknown figure '{{\(name) …}}'\(Suggestion.hint(for: name, in: names)); use {{value id}}, {{change id}} or {{period id}}")
        }
        try options.allow(["measure", "period", "area"])
        let (measure, latest, previous) = try figures(options)
        switch name {
        case "value": return HTMLText.escape(FigureFormat.value(latest.value, unit: measure.unit))
        case "period": return HTMLText.escape(latest.period)
        default:
            guard let previous else {
                throw ContentError(
                    options.location,
                    "measure '\(measure.id)' has no figure before \(latest.period), so there is no change to show; add the earlier period to values.csv"
                )
            }
            return Trend(measure: measure, latest: latest, previous: previous).html
        }
    }
}

extension MeasureComponents {
    fileprivate func measure(_ id: String, at location: SourceLocation) throws(ContentError) -> Measure {
        guard let measure = data.measure(id) else {
            throw ContentError(
                location, "unknown measure '\(id)'\(Suggestion.hint(for: id, in: data.measures.map(\.id))); define it in data/measures.csv")
        }
        return measure
    }

    fileprivate func figures(_ options: ComponentOptions) throws(ContentError) -> (Measure, MeasureValue, MeasureValue?) {
        let measure = try measure(options.required("measure"), at: options.location(of: "measure"))
        let period = options.value("period"), area = options.value("area") ?? ""
        guard let (latest, previous) = data.figures(measure.id, period: period, area: area) else {
            let which = [period.map { "for \($0)" }, area.isEmpty ? nil : "in \(area)"].compactMap { $0 }.joined(separator: " ")
            throw ContentError(
                options.location(of: "measure"),
                "measure '\(measure.id)' has no figure \(which.isEmpty ? "yet" : which); add it to data/values.csv")
        }
        return (measure, latest, previous)
    }

    fileprivate func callout(_ options: ComponentOptions) throws(ContentError) -> String {
        try options.allow(["measure", "period", "area", "label"])
        let (measure, latest, previous) = try figures(options)
        let label = options.value("label") ?? measure.title
        let area = latest.area.isEmpty ? "" : ", \(latest.area)"
        var html = "<div class=\"callout\">\n"
        html += "<p class=\"callout__figure\">\(HTMLText.escape(FigureFormat.value(latest.value, unit: measure.unit)))</p>\n"
        html += "<p class=\"callout__label\">\(HTMLText.escape(label))</p>\n"
        if let previous {
            html += "<p class=\"callout__change\">\(Trend(measure: measure, latest: latest, previous: previous).html)</p>\n"
        }
        html += "<p class=\"callout__source\">Source: \(HTMLText.escape(measure.source)), \(HTMLText.escape(latest.period + area)).</p>\n"
        return html + "</div>\n"
    }

    fileprivate func measureTable(_ options: ComponentOptions, id: String) throws(ContentError) -> String {
        try options.allow(["outcome", "measures", "caption"])
        var ids = options.list("measures")
        var caption = options.value("caption")
        if let outcomeID = options.value("outcome") {
            guard let outcome = data.outcome(outcomeID) else {
                throw ContentError(
                    options.location(of: "outcome"),
                    "unknown outcome '\(outcomeID)'\(Suggestion.hint(for: outcomeID, in: data.outcomes.map(\.id))); define it in data/outcomes.yaml"
                )
            }
            ids += outcome.measures
            caption = caption ?? outcome.title
        }
        guard !ids.isEmpty else {
            throw ContentError(options.location, "measure-table needs `outcome: id` or `measures: [id, id]`")
        }
        var measures: [Measure] = []
        for measureID in ids { measures.append(try measure(measureID, at: options.location(of: "measures"))) }
        let columns = ["Measure", "Earlier figure", "Latest figure", "Change", "Direction of travel"].enumerated().map {
            HTMLTable.Cell(html: $0.element, numeric: (1...2).contains($0.offset))
        }
        let rows = measures.map(row)
        return HTMLTable(id: id, captionHTML: HTMLText.escape(caption ?? "Measures"), columns: columns, bodies: [rows]).render()
    }

    fileprivate func row(_ measure: Measure) -> [HTMLTable.Cell] {
        let title = HTMLTable.Cell(html: HTMLText.escape(measure.title), role: .rowHeader)
        guard let (latest, previous) = data.figures(measure.id) else {
            return [
                title, .init(html: "Not yet available", numeric: true), .init(html: "Not yet available", numeric: true), .init(html: "—"),
                .init(html: "—"),
            ]
        }
        let figure = { (value: MeasureValue) in
            "\(HTMLText.escape(FigureFormat.value(value.value, unit: measure.unit))) <span class=\"period\">(\(HTMLText.escape(value.period)))</span>"
        }
        guard let previous else {
            return [title, .init(html: "—", numeric: true), .init(html: figure(latest), numeric: true), .init(html: "—"), .init(html: "—")]
        }
        let trend = Trend(measure: measure, latest: latest, previous: previous)
        return [
            title, .init(html: figure(previous), numeric: true), .init(html: figure(latest), numeric: true),
            .init(html: "<span aria-hidden=\"true\">\(trend.symbol)</span> \(HTMLText.escape(trend.description))"),
            .init(
                html:
                    "<span class=\"trend trend--\(trend.verdict.rawValue)\"><strong>\(trend.verdictText.prefix(1).uppercased() + trend.verdictText.dropFirst())</strong></span>"
            ),
        ]
    }

    fileprivate func series(_ options: ComponentOptions, id: String) throws(ContentError) -> String {
        try options.allow(["measure", "caption"])
        let measure = try measure(options.required("measure"), at: options.location(of: "measure"))
        let areas = data.areas(measure.id)
        let periods = data.periods(measure.id)
        guard !periods.isEmpty else {
            throw ContentError(options.location, "measure '\(measure.id)' has no figures yet; add them to data/values.csv")
        }
        let values = data.values.filter { $0.measure == measure.id }
        let hasNational = values.contains { $0.national != nil }
        var columns = [HTMLTable.Cell(html: "Period")]
        columns += areas.map { HTMLTable.Cell(html: HTMLText.escape($0.isEmpty ? areaName : $0), numeric: true) }
        if hasNational { columns.append(HTMLTable.Cell(html: "England and Wales", numeric: true)) }
        let rows = periods.map { period -> [HTMLTable.Cell] in
            var cells = [HTMLTable.Cell(html: HTMLText.escape(period), role: .rowHeader)]
            for area in areas {
                let value = values.first { $0.period == period && $0.area == area }
                cells.append(
                    .init(html: value.map { HTMLText.escape(FigureFormat.value($0.value, unit: measure.unit)) } ?? "—", numeric: true))
            }
            if hasNational {
                let national = values.first { $0.period == period && $0.national != nil }?.national
                cells.append(
                    .init(html: national.map { HTMLText.escape(FigureFormat.value($0, unit: measure.unit)) } ?? "—", numeric: true))
            }
            return cells
        }
        let caption = options.value("caption") ?? "\(measure.title) (\(measure.unit.rawValue)), by period"
        return HTMLTable(id: id, captionHTML: HTMLText.escape(caption), columns: columns, bodies: [rows]).render()
            + "<p class=\"table-source\">Source: \(HTMLText.escape(measure.source)).</p>\n"
    }

    fileprivate func framework(_ options: ComponentOptions, id: String) throws(ContentError) -> String {
        try options.allow(["priority", "caption"])
        let priorityID = try options.required("priority")
        guard let priority = data.priority(priorityID) else {
            throw ContentError(
                options.location(of: "priority"),
                "unknown priority '\(priorityID)'\(Suggestion.hint(for: priorityID, in: data.priorities.map(\.id))); define it in data/outcomes.yaml"
            )
        }
        let columns = ["Outcome", "Measure", "Desired direction", "Latest figure", "Change"].map { HTMLTable.Cell(html: $0) }
        let bodies = priority.outcomes.map { outcome -> [[HTMLTable.Cell]] in
            let measures = outcome.measures.compactMap(data.measure)
            let outcomeCell = HTMLTable.Cell(html: HTMLText.escape(outcome.title), role: .rowGroupHeader, rowSpan: max(measures.count, 1))
            guard !measures.isEmpty else {
                return [[outcomeCell, .init(html: "No measures yet"), .init(html: "—"), .init(html: "—"), .init(html: "—")]]
            }
            return measures.enumerated().map { index, measure in
                let figures = data.figures(measure.id)
                let latest =
                    figures.map {
                        "\(HTMLText.escape(FigureFormat.value($0.latest.value, unit: measure.unit))) <span class=\"period\">(\(HTMLText.escape($0.latest.period)))</span>"
                    } ?? "Not yet available"
                let change = figures.flatMap { f in f.previous.map { Trend(measure: measure, latest: f.latest, previous: $0).html } } ?? "—"
                let cells: [HTMLTable.Cell] = [
                    .init(html: HTMLText.escape(measure.title), role: .rowHeader),
                    .init(html: Self.directionText(measure.desiredDirection)),
                    .init(html: latest), .init(html: change),
                ]
                return index == 0 ? [outcomeCell] + cells : cells
            }
        }
        let caption = options.value("caption") ?? "Outcome framework: \(priority.title)"
        return HTMLTable(id: id, captionHTML: HTMLText.escape(caption), columns: columns, bodies: bodies).render()
    }

    static func directionText(_ direction: Measure.DesiredDirection) -> String {
        switch direction {
        case .reduce: "Reduce"
        case .increase: "Increase"
        case .none: "Monitor (no target direction)"
        }
    }
}
