/// `progress-summary`: the opening of an annual review's progress page. How many measures
/// improved, got worse or were broadly unchanged in the period, in a sentence, then the same
/// for each priority, linked to its section.
extension MeasureComponents {
    func progressSummary(_ options: ComponentOptions) throws(ContentError) -> String {
        try options.allow(["period"])
        let period = try options.required("period")
        guard data.values.contains(where: { $0.period == period }) else {
            throw ContentError(
                options.location(of: "period"),
                "no measure has a figure for \(period); check the period against data/values.csv")
        }
        let priorities = data.priorities.map { ($0, data.summaries(of: $0, period: period)) }
        var html = "<div class=\"progress-summary\">\n"
        let all = priorities.flatMap(\.1)
        let areasOnly = data.areasOnly(in: all, period: period)
        html +=
            "<p class=\"progress-summary__lead\">\(HTMLText.escape(sentence(Progress(all, areasOnly: areasOnly), period: period)))</p>\n"
        html += "<ul class=\"progress-summary__priorities\">\n"
        for (priority, summaries) in priorities {
            let progress = Progress(summaries, areasOnly: areasOnly)
            html += "<li><a href=\"#\(MarkdownDocument.slug(priority.title))\">\(HTMLText.escape(priority.title))</a>: "
            html += HTMLText.escape(counts(progress, period: period)) + "</li>\n"
        }
        return html + "</ul>\n</div>\n"
    }

    /// "Of 18 measures with figures for both years, 11 improved, 4 got worse and 3 were broadly
    /// unchanged. 2 have no figure for 2024/25."
    func sentence(_ progress: Progress, period: String) -> String {
        var text =
            progress.compared == 0
            ? "No measure has figures for both \(period) and the year before."
            : "Of \(progress.compared) measure\(progress.compared == 1 ? "" : "s") with figures for both \(period) and the year before, "
                + Self.listed(movements(progress)) + "."
        if progress.noComparison > 0 {
            text += " \(progress.noComparison) \(progress.noComparison == 1 ? "has" : "have") no earlier figure to compare with."
        }
        if progress.byAreaOnly > 0 {
            text +=
                " \(progress.byAreaOnly) \(progress.byAreaOnly == 1 ? "has" : "have") figures for \(period) only by area, shown in tables by area below."
        }
        if progress.missing > 0 {
            text += " \(progress.missing) \(progress.missing == 1 ? "has" : "have") no figure for \(period)."
        }
        return text
    }

    private func counts(_ progress: Progress, period: String) -> String {
        var parts = movements(progress)
        if progress.noComparison > 0 { parts.append("\(progress.noComparison) with nothing to compare") }
        if progress.byAreaOnly > 0 { parts.append("\(progress.byAreaOnly) by area only") }
        if progress.missing > 0 { parts.append("\(progress.missing) with no figure for \(period)") }
        return parts.isEmpty ? "no measures yet" : Self.listed(parts)
    }

    private func movements(_ progress: Progress) -> [String] {
        let were = { (count: Int) in count == 1 ? "was" : "were" }
        return [
            (progress.improved, "improved"), (progress.worse, "got worse"),
            (progress.broadlyUnchanged, "\(were(progress.broadlyUnchanged)) broadly unchanged"),
            (progress.unchanged, "\(were(progress.unchanged)) unchanged"), (progress.moved, "changed (no desired direction)"),
        ]
        .filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
    }

    /// "a", "a and b", "a, b and c".
    static func listed(_ parts: [String]) -> String {
        guard parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + parts.last!
    }
}
