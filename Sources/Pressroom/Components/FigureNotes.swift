/// The notes of the figures in one table or chart: a figure with a footnote, its own source or
/// the date it was extracted gets a numbered link to its note, listed below the table.
final class FigureNotes {
    private let id: String
    private let strings: Strings
    private var notes: [String] = []

    init(id: String, strings: Strings) {
        self.id = id
        self.strings = strings
    }

    /// A figure as a table cell shows it: its words, and the link to its note if it has one.
    func figure(_ value: MeasureValue, of measure: Measure) -> String {
        HTMLText.escape(FigureFormat.figure(value, of: measure)) + reference(value, of: measure)
    }

    /// The link to the note of `value` (numbered as it first appears), or nothing when it has none.
    func reference(_ value: MeasureValue, of measure: Measure) -> String {
        guard value.hasNotes else { return "" }
        let text = Self.text(value, of: measure, strings: strings)
        let number = (notes.firstIndex(of: text) ?? notes.count) + 1
        if number > notes.count { notes.append(text) }
        return "<sup class=\"note-ref\"><a href=\"#\(id)-note-\(number)\"><span class=\"visually-hidden\">Note </span>\(number)</a></sup>"
    }

    /// The list of notes, to follow the table; empty when no figure has one.
    func html() -> String {
        guard !notes.isEmpty else { return "" }
        var html = "<div class=\"figure-notes\">\n<p class=\"figure-notes__heading\">\(strings.notes)</p>\n<ol>\n"
        for (index, note) in notes.enumerated() {
            html += "<li id=\"\(id)-note-\(index + 1)\">\(HTMLText.escape(note))</li>\n"
        }
        return html + "</ol>\n</div>\n"
    }

    /// "Knife crime, 2022/23, Camborne: fewer than 10 people. Source: Cornwall Council. Extracted 1 August 2023."
    static func text(_ value: MeasureValue, of measure: Measure, strings: Strings) -> String {
        var parts: [String] = []
        if let note = value.note { parts.append(sentence(note)) }
        if let source = value.source { parts.append(sentence("\(strings.source): \(source)")) }
        if let extracted = value.extracted {
            parts.append(
                sentence("\(strings.extractedOn.prefix(1).uppercased() + strings.extractedOn.dropFirst()) \(LongDate.text(extracted))"))
        }
        let area = value.area.isEmpty ? "" : ", \(value.area)"
        return "\(measure.title), \(value.period)\(area): " + parts.joined(separator: " ")
    }

    private static func sentence(_ text: String) -> String {
        text.hasSuffix(".") || text.hasSuffix("?") || text.hasSuffix("!") ? text : text + "."
    }
}
