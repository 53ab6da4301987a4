import Foundation

/// The measure components that are tables: an outcome's measures, a measure's figures over
/// periods and areas, and a priority's outcome framework.
extension MeasureComponents {
    func measureTable(_ options: ComponentOptions, id: String) throws(ContentError) -> String {
        try options.allow(["outcome", "measures", "caption", "period"])
        let period = options.value("period")
        var ids = options.list("measures")
        var caption = options.value("caption")
        if let outcomeID = options.value("outcome") {
            guard let outcome = data.outcome(outcomeID) else {
                try data.requireRead("outcomes.yaml", at: options.location(of: "outcome"))
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
        var summaries: [MeasureSummary] = []
        for measureID in ids {
            let measure = try measure(measureID, at: options.location(of: "measures"))
            summaries.append(data.summary(measure.id, period: period) ?? MeasureSummary(measure: measure, latest: nil, previous: nil))
        }
        let notes = FigureNotes(id: id, strings: strings)
        return HTMLTable(
            id: id, captionHTML: HTMLText.escape(caption ?? strings.measures), columns: measureColumns,
            bodies: [summaries.map { row($0, period: period, notes: notes) }]
        )
        .render() + notes.html()
    }

    /// The columns of a table of measures, whose rows `row` makes.
    var measureColumns: [HTMLTable.Cell] {
        let headings = [strings.measure, strings.earlierFigure, strings.latestFigure, strings.change, strings.directionOfTravel]
        return headings.enumerated().map { HTMLTable.Cell(html: $0.element, numeric: (1...2).contains($0.offset)) }
    }

    func row(_ summary: MeasureSummary, period: String?, notes: FigureNotes) -> [HTMLTable.Cell] {
        let measure = summary.measure
        let title = HTMLTable.Cell(html: HTMLText.escape(measure.title), role: .rowHeader)
        guard let latest = summary.latest else {
            let areas = period.map { data.areasOnly(measure.id, period: $0) } ?? []
            let why =
                areas.isEmpty
                ? period.map { "No figure for \(HTMLText.escape($0))" } ?? strings.notYetAvailable
                : HTMLText.escape(strings.areasOnly(areas.count))
            // Words in a column of figures wrap, so that the table keeps to the page's width.
            let missing = HTMLTable.Cell(html: "<span class=\"missing\">\(why)</span>", numeric: true)
            // Said once, in the latest figure's column; the earlier column has nothing to add.
            return [title, .init(html: "—", numeric: true), missing, .init(html: "—"), .init(html: "—")]
        }
        let earlier = summary.previous.map { figureWithPeriod($0, of: measure, notes: notes) } ?? "—"
        let latestCell = HTMLTable.Cell(html: figureWithPeriod(latest, of: measure, notes: notes), numeric: true)
        guard let change = summary.change else {
            return [
                title, .init(html: earlier, numeric: true), latestCell, .init(html: HTMLText.escape(words.noComparison(summary))),
                .init(html: "<span class=\"trend trend--none\">\(strings.noComparison)</span>"),
            ]
        }
        let verdict = words.verdict(change.verdict)
        return [
            title, .init(html: change.previous == nil ? "—" : earlier, numeric: true), latestCell,
            .init(
                html:
                    "<span aria-hidden=\"true\">\(ChangeWords.symbol(change))</span> \(HTMLText.escape(words.description(change, of: measure)))"
            ),
            .init(
                html:
                    "<span class=\"trend trend--\(change.verdict.rawValue)\"><strong>\(HTMLText.escape(verdict.prefix(1).uppercased() + verdict.dropFirst()))</strong></span>"
            ),
        ]
    }

    func series(_ options: ComponentOptions, id: String) throws(ContentError) -> String {
        try options.allow(["measure", "caption", "rows", "add", "sort", "order"])
        let measure = try measure(options.required("measure"), at: options.location(of: "measure"))
        guard !data.periods(measure.id).isEmpty else {
            try data.requireRead("values.csv", at: options.location)
            throw ContentError(options.location, "measure '\(measure.id)' has no figures yet; add them to data/values.csv")
        }
        let caption = options.value("caption") ?? strings.seriesCaption(measure.title, measure.unit.rawValue)
        let rows = options.value("rows") ?? "periods"
        guard ["periods", "areas"].contains(rows) else {
            throw ContentError(
                options.location(of: "rows"),
                "rows '\(rows)' is not known\(Suggestion.hint(for: rows, in: ["periods", "areas"])); use periods (a row per period) or areas (a row per area)"
            )
        }
        let table =
            rows == "areas"
            ? try areaRows(measure, options: options, id: id, caption: caption)
            : seriesTable(measure, id: id, caption: caption)
        return table + "<p class=\"table-source\">\(strings.source): \(HTMLText.escape(measure.source)).</p>\n"
    }

    /// A measure's figures for every period (rows) and area (columns), with the national figure.
    func seriesTable(_ measure: Measure, id: String, caption: String) -> String {
        let areas = data.areas(measure.id)
        let periods = data.periods(measure.id)
        let values = data.values.filter { $0.measure == measure.id }
        let hasNational = values.contains { $0.national != nil }
        let notes = FigureNotes(id: id, strings: strings)
        var columns = [HTMLTable.Cell(html: strings.period)]
        columns += areas.map { HTMLTable.Cell(html: HTMLText.escape($0.isEmpty ? areaName : $0), numeric: true) }
        if hasNational { columns.append(HTMLTable.Cell(html: strings.nationalArea, numeric: true)) }
        let rows = periods.map { period -> [HTMLTable.Cell] in
            var cells = [HTMLTable.Cell(html: HTMLText.escape(period), role: .rowHeader)]
            for area in areas {
                let value = values.first { $0.period == period && $0.area == area }
                let html = value.map { notes.figure($0, of: measure) }
                cells.append(.init(html: html ?? "—", numeric: true))
            }
            if hasNational {
                let value = values.first { $0.period == period && $0.national != nil }
                cells.append(
                    .init(html: value.flatMap { FigureFormat.national($0, of: measure) }.map(HTMLText.escape) ?? "—", numeric: true))
            }
            return cells
        }
        return HTMLTable(id: id, captionHTML: HTMLText.escape(caption), columns: columns, bodies: [rows]).render() + notes.html()
    }

    func framework(_ options: ComponentOptions, id: String) throws(ContentError) -> String {
        try options.allow(["priority", "caption"])
        let priorityID = try options.required("priority")
        guard let priority = data.priority(priorityID) else {
            try data.requireRead("outcomes.yaml", at: options.location(of: "priority"))
            throw ContentError(
                options.location(of: "priority"),
                "unknown priority '\(priorityID)'\(Suggestion.hint(for: priorityID, in: data.priorities.map(\.id))); define it in data/outcomes.yaml"
            )
        }
        let headings = [strings.outcome, strings.measure, strings.desiredDirection, strings.latestFigure, strings.change]
        let notes = FigureNotes(id: id, strings: strings)
        let bodies = priority.outcomes.map { outcome -> [[HTMLTable.Cell]] in
            let summaries = outcome.measures.compactMap { data.summary($0) }
            let outcomeCell = HTMLTable.Cell(html: HTMLText.escape(outcome.title), role: .rowGroupHeader, rowSpan: max(summaries.count, 1))
            guard !summaries.isEmpty else {
                return [[outcomeCell, .init(html: strings.noMeasuresYet), .init(html: "—"), .init(html: "—"), .init(html: "—")]]
            }
            return summaries.enumerated().map { index, summary in
                let measure = summary.measure
                let cells: [HTMLTable.Cell] = [
                    .init(html: HTMLText.escape(measure.title), role: .rowHeader),
                    .init(html: words.direction(measure.desiredDirection)),
                    .init(html: summary.latest.map { figureWithPeriod($0, of: measure, notes: notes) } ?? strings.notYetAvailable),
                    .init(html: summary.change.map { trend($0, of: measure) } ?? HTMLText.escape(words.noComparison(summary))),
                ]
                return index == 0 ? [outcomeCell] + cells : cells
            }
        }
        let caption = options.value("caption") ?? strings.frameworkCaption(priority.title)
        return HTMLTable(id: id, captionHTML: HTMLText.escape(caption), columns: headings.map { HTMLTable.Cell(html: $0) }, bodies: bodies)
            .render() + notes.html()
    }
}
