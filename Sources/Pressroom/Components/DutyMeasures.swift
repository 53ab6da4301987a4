/// `duty-measures`: the three national Serious Violence Duty measures, always all three, for a
/// period. A measure the partnership does not report says so, and small numbers carry a caveat.
extension MeasureComponents {
    /// Counts below this are small: a change of one or two is not a trend.
    static let smallNumber = 20.0

    func dutyMeasures(_ options: ComponentOptions, id: String, dataLinks: DataLinks?) throws(ContentError) -> String {
        try options.allow(["period", "caption"])
        let period = options.value("period")
        var rows: [[HTMLTable.Cell]] = []
        var caveats: [String] = []
        let notes = FigureNotes(id: id, strings: strings)
        for duty in Measure.DutyMeasure.allCases {
            guard let measure = data.measures.first(where: { $0.dutyMeasure == duty }) else {
                let none = HTMLTable.Cell(html: "Not reported by this partnership", numeric: true)
                rows.append([.init(html: HTMLText.escape(duty.title), role: .rowHeader), none, none, .init(html: "—"), .init(html: "—")])
                continue
            }
            let summary = data.summary(measure.id, period: period) ?? MeasureSummary(measure: measure, latest: nil, previous: nil)
            rows.append(row(summary, period: period, notes: notes))
            if measure.unit == .count, let latest = summary.latest, let value = latest.value, latest.bound != .above,
                value < Self.smallNumber
            {
                caveats.append(
                    "\(measure.title): \(FigureFormat.figure(latest, of: measure)) in \(latest.period). With numbers this small, a change of one or two from one year to the next is not a trend."
                )
            }
        }
        let caption = options.value("caption") ?? "The national Serious Violence Duty measures"
        var html = HTMLTable(id: id, captionHTML: HTMLText.escape(caption), columns: measureColumns, bodies: [rows]).render() + notes.html()
        if !caveats.isEmpty {
            html += "<ul class=\"caveats\">\n" + caveats.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul>\n"
        }
        return html + (dataLinks?.html(strings) ?? "")
    }
}
