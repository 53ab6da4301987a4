/// An accessible data table: a caption, header cells with `scope`, numbers right-aligned, and a
/// keyboard-focusable region that scrolls when the table is wider than the page.
///
/// On narrow screens each row becomes a card (`data-table--cards`): its row header is the card's
/// title and every other cell is shown beside its column's heading, which each cell carries as
/// `data-label` (plain text). The stylesheet lays the table's parts out as blocks there, so the
/// table, its row groups, rows and cells also state their ARIA roles, which keep the table's
/// semantics in browsers that would drop them.
struct HTMLTable {
    struct Cell {
        enum Role { case data, rowHeader, rowGroupHeader }
        var html: String
        var role: Role = .data
        var numeric = false
        var rowSpan = 1
        var alignment: String? = nil
        var columnSpan = 1
        /// What a card shows beside this cell instead of its column's heading (for a cell that
        /// spans columns, or a heading whose full text is too long for a label).
        var label: String? = nil
        /// A class of its own, for a component's stylesheet.
        var className: String? = nil
    }

    var id: String
    var captionHTML: String
    var columns: [Cell]
    /// Row groups, each written as its own `<tbody>`.
    var bodies: [[[Cell]]]
    /// Whether rows become label-and-value cards on narrow screens; `false` leaves a table that
    /// scrolls sideways there.
    var cardsOnNarrowScreens = true
    /// A name for a component's own layout of the table, added as the class `data-table--KIND`.
    var kind: String? = nil

    func render() -> String {
        let cards = cardsOnNarrowScreens
        let role = { (name: String) in cards ? " role=\"\(name)\"" : "" }
        let label = { (text: String) in cards ? " data-label=\"\(HTMLText.escape(text))\"" : "" }
        let labels = columns.map { label($0.label ?? Self.plainText($0.html)) }
        var html = "<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"\(id)\" tabindex=\"0\">\n"
        // Room for every cell's text, label and markup at once, rather than growing a row at a time.
        let labelBytes = labels.reduce(0) { $0 + $1.utf8.count }
        let rows = bodies.reduce(0) { $0 + $1.count }
        let cellBytes = bodies.joined().joined().reduce(0) { $0 + $1.html.utf8.count + 40 }
        html.reserveCapacity(captionHTML.utf8.count + 400 + rows * (labelBytes + 30) + cellBytes)
        let kindClass = kind.map { " data-table--\($0)" } ?? ""
        html += "<table class=\"data-table\(cards ? " data-table--cards" : "")\(kindClass)\"\(role("table"))>\n"
        html += "<caption id=\"\(id)\">\(captionHTML)</caption>\n<thead\(role("rowgroup"))>\n<tr\(role("row"))>"
        for column in columns {
            html += "<th scope=\"col\"\(role("columnheader"))\(Self.classes(column))>\(column.html)</th>"
        }
        html += "</tr>\n</thead>\n"
        let (rowGroup, row, cell, rowHeader) = (role("rowgroup"), role("row"), role("cell"), role("rowheader"))
        // Opening tags are made once: text put together by interpolation is a new string each time.
        let (rowOpen, dataOpen) = ("<tr\(row)>", "<td\(cell)")
        let (headerOpen, groupOpen) = ("<th scope=\"row\"\(rowHeader)", "<th scope=\"rowgroup\"\(rowHeader)")
        for body in bodies {
            html += "<tbody\(rowGroup)>\n"
            for (cells, positions) in zip(body, Self.columnPositions(body)) {
                html += rowOpen
                for (item, column) in zip(cells, positions) {
                    switch item.role {
                    case .data: html += dataOpen
                    case .rowHeader: html += headerOpen
                    case .rowGroupHeader: html += groupOpen
                    }
                    if item.rowSpan > 1 { html += " rowspan=\"\(item.rowSpan)\"" }
                    if item.columnSpan > 1 { html += " colspan=\"\(item.columnSpan)\"" }
                    html += Self.classes(item)
                    html += item.label.map(label) ?? (column < labels.count ? labels[column] : "")
                    html += ">"
                    html += item.html
                    html += item.role == .data ? "</td>" : "</th>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n</div>\n"
    }
}

extension HTMLTable {
    /// The text a reader sees in `html`: tags removed, with the content of `aria-hidden` elements
    /// and of note markers (`<sup class="footnote-ref">`), entities decoded, spaces collapsed.
    static func plainText(_ html: String) -> String {
        if isPlain(html) { return html }
        var text = ""
        var skipped = 0  // depth inside an element whose content is left out
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            if skipped == 0 { text += rest[..<open] }
            guard let close = rest[open...].firstIndex(of: ">") else {
                rest = rest[open...]
                break
            }
            let tag = Tag(rest[rest.index(after: open)..<close])
            rest = rest[rest.index(after: close)...]
            if tag.isVoid {
                if skipped == 0, tag.name == "br" { text += " " }
            } else if tag.isClosing {
                skipped = max(skipped - 1, 0)
            } else if skipped > 0 || tag.hidesContent {
                skipped += 1
            }
        }
        if skipped == 0 { text += rest }
        return decodingEntities(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `html` is already plain text: no tags, no entities, and single spaces only
    /// between words. Most column headings are.
    static func isPlain(_ html: String) -> Bool {
        let utf8 = html.utf8
        guard let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20 else { return html.isEmpty }
        var previous: UInt8 = 0
        for byte in utf8 {
            // <, &, tab, line feed, carriage return, two spaces; and every byte not ASCII, which
            // might be a space of another kind.
            if byte == 0x3C || byte == 0x26 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
                || byte >= 0x80 || (byte == 0x20 && previous == 0x20)
            {
                return false
            }
            previous = byte
        }
        return true
    }
}

private extension HTMLTable {
    /// An HTML tag as far as `plainText` needs it.
    struct Tag {
        var name: String
        var isClosing: Bool
        var isVoid: Bool
        var hidesContent: Bool

        init(_ source: Substring) {
            isClosing = source.hasPrefix("/")
            let body = source.drop { $0 == "/" }
            name = body.prefix { $0.isLetter || $0.isNumber }.lowercased()
            isVoid = Self.voidElements.contains(name) || source.hasSuffix("/") || source.hasPrefix("!")
            let lowered = body.lowercased()
            hidesContent = lowered.contains("aria-hidden=\"true\"") || lowered.contains("note-ref")
        }

        static let voidElements: Set = ["br", "img", "wbr", "hr", "input", "meta", "link", "source"]
    }

    static let namedEntities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " "]

    static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var decoded = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            decoded += rest[..<ampersand]
            let name = rest[rest.index(after: ampersand)...].prefix { $0 != ";" && $0 != "&" && !$0.isWhitespace }.prefix(10)
            let end = rest.index(ampersand, offsetBy: name.count + 1)
            if end < rest.endIndex, rest[end] == ";", let character = character(for: name) {
                decoded += character
                rest = rest[rest.index(after: end)...]
            } else {
                decoded += "&"
                rest = rest[rest.index(after: ampersand)...]
            }
        }
        return decoded + rest
    }

    static func character(for entity: Substring) -> String? {
        if let named = namedEntities[String(entity)] { return named }
        guard entity.hasPrefix("#") else { return nil }
        let digits = entity.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }

    /// The column of every cell of a row group, skipping columns still taken by a `rowspan` above.
    static func columnPositions(_ rows: [[Cell]]) -> [[Int]] {
        var spanned: [Int: Int] = [:]  // column → rows below the current one it still covers
        return rows.map { row in
            var column = 0
            let positions = row.map { cell in
                while spanned[column, default: 0] > 0 { column += 1 }
                let first = column
                for _ in 0..<max(cell.columnSpan, 1) {
                    if cell.rowSpan > 1 { spanned[column] = cell.rowSpan }
                    column += 1
                }
                return first
            }
            spanned = spanned.compactMapValues { $0 > 1 ? $0 - 1 : nil }
            return positions
        }
    }

    static func classes(_ cell: Cell) -> String {
        if cell.className == nil, cell.numeric { return " class=\"num\"" }
        if cell.className == nil, cell.alignment == nil { return "" }
        let layout = cell.numeric ? "num" : cell.alignment.map { "align-\($0)" }
        let names = [layout, cell.className].compactMap { $0 }
        return names.isEmpty ? "" : " class=\"\(names.joined(separator: " "))\""
    }
}
