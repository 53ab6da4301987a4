/// An accessible data table: a caption, header cells with `scope`, numbers right-aligned, and a
/// keyboard-focusable region that scrolls when the table is wider than the page.
struct HTMLTable {
    struct Cell {
        enum Role { case data, rowHeader, rowGroupHeader }
        var html: String
        var role: Role = .data
        var numeric = false
        var rowSpan = 1
        var alignment: String? = nil
    }

    var id: String
    var captionHTML: String
    var columns: [Cell]
    /// Row groups, each written as its own `<tbody>`.
    var bodies: [[[Cell]]]

    func render() -> String {
        var html = "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"\(id)\" tabindex=\"0\">\n"
        html += "<table class=\"data-table\">\n<caption id=\"\(id)\">\(captionHTML)</caption>\n<thead>\n<tr>"
        for column in columns {
            html += "<th scope=\"col\"\(Self.classes(column))>\(column.html)</th>"
        }
        html += "</tr>\n</thead>\n"
        for body in bodies {
            html += "<tbody>\n"
            for row in body {
                html += "<tr>"
                for cell in row {
                    let span = cell.rowSpan > 1 ? " rowspan=\"\(cell.rowSpan)\"" : ""
                    switch cell.role {
                    case .data: html += "<td\(span)\(Self.classes(cell))>\(cell.html)</td>"
                    case .rowHeader: html += "<th scope=\"row\"\(span)\(Self.classes(cell))>\(cell.html)</th>"
                    case .rowGroupHeader: html += "<th scope=\"rowgroup\"\(span)\(Self.classes(cell))>\(cell.html)</th>"
                    }
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n</div>\n"
    }

    private static func classes(_ cell: Cell) -> String {
        if cell.numeric { return " class=\"num\"" }
        if let alignment = cell.alignment { return " class=\"align-\(alignment)\"" }
        return ""
    }
}
