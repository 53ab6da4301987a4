/// A delivery plan as HTML: its key, then a table with a group of rows per workstream (its name
/// heading the group), a row per status (its name heading the row) and a column per level of
/// prevention, each cell listing services and projects. On phones each row becomes a card.
extension DeliveryPlan {
    func html(id: String, strings: PlanStrings = .english) -> String {
        let tiered = workstreams.contains(where: \.byTier)
        let levels: [Tier?] = tiered ? Tier.allCases : [nil]
        var columns = [HTMLTable.Cell(html: HTMLText.escape(strings.workstream)), HTMLTable.Cell(html: HTMLText.escape(strings.status))]
        columns += levels.map { tier in
            guard let tier, let words = strings.tiers[tier] else { return HTMLTable.Cell(html: HTMLText.escape(strings.activities)) }
            let meaning = "<span class=\"data-table__description\">\(HTMLText.escape(words.meaning))</span>"
            return HTMLTable.Cell(html: HTMLText.escape(words.name) + meaning, label: words.name)
        }
        let bodies = workstreams.map { workstream in
            workstream.rows.enumerated().map { index, row in
                var cells: [HTMLTable.Cell] = []
                if index == 0 {
                    cells.append(
                        HTMLTable.Cell(html: HTMLText.escape(workstream.name), role: .rowGroupHeader, rowSpan: workstream.rows.count))
                }
                cells.append(HTMLTable.Cell(html: Self.statusHTML(row.statuses, strings), role: .rowHeader))
                guard workstream.byTier else {
                    let all = HTMLTable.Cell(
                        html: list(row.activities[nil] ?? [], strings), columnSpan: levels.count,
                        label: tiered ? strings.allLevels : nil, className: tiered ? "plan-all-levels" : nil)
                    return cells + [all]
                }
                return cells + Tier.allCases.map { HTMLTable.Cell(html: list(row.activities[$0] ?? [], strings)) }
            }
        }
        let caption = caption ?? strings.activities
        let table = HTMLTable(id: id, captionHTML: HTMLText.escape(caption), columns: columns, bodies: bodies, kind: "plan")
        return key(strings) + table.render()
    }

    /// The key above the table: what each status means, and how the programme's own work is marked.
    func key(_ strings: PlanStrings) -> String {
        var html =
            "<div class=\"plan-key\">\n<p class=\"plan-key__heading\">\(HTMLText.escape(strings.key))</p>\n<dl class=\"plan-key__list\">\n"
        for status in Status.allCases {
            let meaning = strings.statuses[status]?.meaning ?? ""
            html += "<div><dt>\(Self.statusHTML([status], strings))</dt><dd>\(HTMLText.escape(meaning))</dd></div>\n"
        }
        let marksProgramme = workstreams.contains {
            $0.rows.contains { $0.activities.values.contains { $0.contains { $0.programme != nil } } }
        }
        if let programme, marksProgramme {
            html += "<div><dt>\(HTMLText.escape(strings.programmeMark))</dt>"
            html += "<dd>\(HTMLText.escape(strings.programmeMeaning(programme)))</dd></div>\n"
        }
        return html + "</dl>\n</div>\n"
    }
}

extension DeliveryPlan {
    /// A status as a row heading: its name, after a mark drawn by the stylesheet.
    fileprivate static func statusHTML(_ statuses: [Status], _ strings: PlanStrings) -> String {
        let kind = statuses.map(\.rawValue).joined(separator: "-or-")
        return "<span class=\"plan-status plan-status--\(kind)\">\(HTMLText.escape(strings.statusName(statuses)))</span>"
    }

    fileprivate func list(_ activities: [Activity], _ strings: PlanStrings) -> String {
        guard !activities.isEmpty else { return "<span class=\"plan-none\">\(HTMLText.escape(strings.none))</span>" }
        var html = "<ul class=\"plan-list\">\n"
        for activity in activities {
            let text = HTMLText.escape(activity.text)
            guard let role = activity.programme.flatMap({ strings.programmeRoles[$0] }) else {
                html += "<li>\(text)</li>\n"
                continue
            }
            html +=
                "<li class=\"plan-list__programme\"><strong>\(text)</strong> <span class=\"plan-list__role\">(\(HTMLText.escape(role)))</span></li>\n"
        }
        return html + "</ul>\n"
    }
}
