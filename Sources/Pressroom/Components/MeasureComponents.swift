import Foundation

/// Turns references to measures in Markdown into HTML: headline figures, tables and figures in
/// sentences. The numbers come from `MeasureData`; the words from `Strings`.
public final class MeasureComponents: Sendable {
    public let data: MeasureData
    /// The name of the whole area, used as a column heading for figures without an area.
    public let areaName: String
    let strings: Strings
    let words: ChangeWords
    /// Blocks made so far with these figures.
    let blocks = MeasureBlockCache()

    public init(data: MeasureData, areaName: String) {
        self.data = data
        self.areaName = areaName
        strings = .english
        words = ChangeWords(strings: .english)
    }

    static let blockNames = [
        "measure-callout", "measure-table", "measure-series", "measure-chart", "outcome-framework", "progress-summary", "duty-measures",
    ]

    /// Whether a fenced block's first word names a component (or a misspelt one) rather than a language.
    static func isComponent(_ name: String) -> Bool {
        name.hasPrefix("measure-") || name.hasPrefix("outcome-") || name.hasPrefix("progress-") || name.hasPrefix("duty-")
    }

    /// HTML for a fenced block whose info string names a component, or `nil` when it names none.
    func block(_ name: String, options: ComponentOptions, tableID: String, dataLinks: DataLinks? = nil) throws(ContentError) -> String? {
        switch name {
        case "measure-callout": return try callout(options)
        case "measure-table": return try measureTable(options, id: tableID) + (dataLinks?.html(strings) ?? "")
        case "measure-series": return try series(options, id: tableID) + (dataLinks?.html(strings) ?? "")
        case "measure-chart": return try chart(options, id: tableID, dataLinks: dataLinks)
        case "outcome-framework": return try framework(options, id: tableID)
        case "progress-summary": return try progressSummary(options)
        case "duty-measures": return try dutyMeasures(options, id: tableID, dataLinks: dataLinks)
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
        let (summary, latest) = try figures(options)
        switch name {
        case "value": return HTMLText.escape(FigureFormat.figure(latest, of: summary.measure))
        case "period": return HTMLText.escape(latest.period)
        default:
            guard let change = summary.change else {
                let reason =
                    summary.previous == nil
                    ? "has no figure before \(latest.period), so there is no change to show; add the earlier period to values.csv"
                    : "has a figure given only as a limit (such as <5) in \(latest.period) or the period before, so there is no change to show; write the change in words instead"
                throw ContentError(options.location, "measure '\(summary.measure.id)' \(reason)")
            }
            return trend(change, of: summary.measure)
        }
    }
}

extension MeasureComponents {
    func measure(_ id: String, at location: SourceLocation) throws(ContentError) -> Measure {
        guard let measure = data.measure(id) else {
            try data.requireRead("measures.csv", at: location)
            throw ContentError(
                location, "unknown measure '\(id)'\(Suggestion.hint(for: id, in: data.measures.map(\.id))); define it in data/measures.csv")
        }
        return measure
    }

    /// The summary a callout or figure shows, which must have a figure.
    fileprivate func figures(_ options: ComponentOptions) throws(ContentError) -> (MeasureSummary, MeasureValue) {
        let measure = try measure(options.required("measure"), at: options.location(of: "measure"))
        let period = options.value("period"), area = options.value("area") ?? ""
        guard let summary = data.summary(measure.id, period: period, area: area), let latest = summary.latest else {
            try data.requireRead("values.csv", at: options.location(of: "measure"))
            let which = [period.map { "for \($0)" }, area.isEmpty ? nil : "in \(area)"].compactMap { $0 }.joined(separator: " ")
            throw ContentError(
                options.location(of: "measure"),
                "measure '\(measure.id)' has no figure \(which.isEmpty ? "yet" : which); add it to data/values.csv")
        }
        return (summary, latest)
    }

    /// A change with its symbol hidden from screen readers and its meaning in words.
    func trend(_ change: Change, of measure: Measure) -> String {
        "<span class=\"trend trend--\(change.verdict.rawValue)\"><span class=\"trend__symbol\" aria-hidden=\"true\">\(ChangeWords.symbol(change))</span> "
            + "\(HTMLText.escape(words.description(change, of: measure))) <strong>(\(HTMLText.escape(words.verdict(change.verdict))))</strong></span>"
    }

    /// A figure followed by its period: `1,234 (2022/23)`.
    func figureWithPeriod(_ value: MeasureValue, of measure: Measure, notes: FigureNotes? = nil) -> String {
        (notes?.figure(value, of: measure) ?? HTMLText.escape(FigureFormat.figure(value, of: measure)))
            + " <span class=\"period\">(\(HTMLText.escape(value.period)))</span>"
    }

    fileprivate func callout(_ options: ComponentOptions) throws(ContentError) -> String {
        try options.allow(["measure", "period", "area", "label"])
        let (summary, latest) = try figures(options)
        let measure = summary.measure
        let label = options.value("label") ?? measure.title
        let area = latest.area.isEmpty ? "" : ", \(latest.area)"
        var html = "<div class=\"callout\">\n"
        html += "<p class=\"callout__figure\">\(HTMLText.escape(FigureFormat.figure(latest, of: measure)))</p>\n"
        html += "<p class=\"callout__label\">\(HTMLText.escape(label))</p>\n"
        if let change = summary.change {
            html += "<p class=\"callout__change\">\(trend(change, of: measure))</p>\n"
        }
        if let note = latest.note {
            html += "<p class=\"callout__note\">\(HTMLText.escape(note))</p>\n"
        }
        let extracted = latest.extracted.map { ", \(strings.extractedOn) \(LongDate.text($0))" } ?? ""
        html +=
            "<p class=\"callout__source\">\(strings.source): \(HTMLText.escape(latest.source ?? measure.source)), \(HTMLText.escape(latest.period + area + extracted)).</p>\n"
        return html + "</div>\n"
    }
}
