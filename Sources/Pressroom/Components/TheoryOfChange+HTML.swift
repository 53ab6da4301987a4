/// A theory of change as HTML: a table whose columns are the priority, the activity and each
/// stage in the order given, with a row per activity under the priority. On phones and in print
/// each activity becomes a card whose stages follow each other, each under its name, with an
/// arrow (drawn by the stylesheet, not read out) where one stage leads on to the next.
extension TheoryOfChange {
    func html(id: String, strings: PlanStrings = .english) -> String {
        let names = stages.map { strings.stages[$0] ?? $0.rawValue }
        let columns = ([strings.priority, strings.activity] + names).map { HTMLTable.Cell(html: HTMLText.escape($0)) }
        let rows = activities.enumerated().map { index, activity in
            var cells: [HTMLTable.Cell] = []
            if index == 0 {
                cells.append(HTMLTable.Cell(html: HTMLText.escape(priority), role: .rowGroupHeader, rowSpan: activities.count))
            }
            cells.append(HTMLTable.Cell(html: Self.activityHTML(activity), role: .rowHeader))
            for (position, stage) in stages.enumerated() {
                let leadsOn = position == 0 || Self.chainOrder(stages[position - 1]) < Self.chainOrder(stage)
                let items = activity.stages[stage] ?? []
                cells.append(
                    HTMLTable.Cell(
                        html: Self.itemsHTML(items, strings), className: leadsOn ? "theory__stage theory__stage--follows" : "theory__stage")
                )
            }
            return cells
        }
        let caption = caption ?? priority
        return HTMLTable(id: id, captionHTML: HTMLText.escape(caption), columns: columns, bodies: [rows], kind: "theory").render()
    }
}

extension TheoryOfChange {
    fileprivate static func chainOrder(_ stage: Stage) -> Int {
        Stage.allCases.firstIndex(of: stage) ?? 0
    }

    fileprivate static func activityHTML(_ activity: Activity) -> String {
        let title = "<span class=\"theory__activity\">\(HTMLText.escape(activity.title))</span>"
        guard let description = activity.description else { return title }
        return title + " <span class=\"theory__description\">\(HTMLText.escape(description))</span>"
    }

    fileprivate static func itemsHTML(_ items: [String], _ strings: PlanStrings) -> String {
        switch items.count {
        case 0: return "<span class=\"plan-none\">\(HTMLText.escape(strings.none))</span>"
        case 1: return HTMLText.escape(items[0])
        default: return "<ul class=\"plan-list\">\n" + items.map { "<li>\(HTMLText.escape($0))</li>\n" }.joined() + "</ul>\n"
        }
    }
}
