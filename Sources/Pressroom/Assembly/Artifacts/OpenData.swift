import Foundation

/// A partnership's measures as open data: one CSV row per figure, and JSON grouped by measure.
enum OpenData {
    static func csv(_ data: MeasureData) -> Data {
        var lines = [
            "measure,title,unit,desired_direction,source,period,area,value,national,suppressed,change_percent,compared_with,note,extracted"
        ]
        for measure in data.measures {
            for area in data.areas(measure.id) {
                for value in data.series(measure.id, area: area) {
                    let fields = [
                        measure.id, measure.title, measure.unit.rawValue, measure.desiredDirection.rawValue, value.source ?? measure.source,
                        value.period, value.area, FigureFormat.plain(value, of: measure),
                        value.national.map { number($0, decimals: measure.decimals ?? value.nationalDecimals) } ?? "",
                        value.suppressed ? "yes" : "", value.publishedChange.map { number($0, decimals: value.changeDecimals) } ?? "",
                        value.comparedWith ?? "", value.note ?? "", value.extracted ?? "",
                    ]
                    lines.append(fields.map(quote).joined(separator: ","))
                }
            }
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// Every key is always written, in alphabetical order; a missing figure is `null`. A figure's
    /// `value` is the limit when `bound` is below or above, and null when only `change_percent`
    /// was published; a suppressed count is only ever its limit.
    static func json(_ data: MeasureData, partnership: String) -> Data {
        let measures = data.measures.map { measure in
            let values = data.areas(measure.id).flatMap { data.series(measure.id, area: $0) }.map { value in
                JSONText.object([
                    ("area", .string(value.area.isEmpty ? nil : value.area)), ("bound", .string(value.bound?.rawValue)),
                    ("change_percent", .number(value.publishedChange)), ("compared_with", .string(value.comparedWith)),
                    ("decimals", .number(Double(measure.decimals ?? value.decimals))), ("extracted", .string(value.extracted)),
                    ("national", .number(value.national)), ("note", .string(value.note)), ("period", .string(value.period)),
                    ("source", .string(value.source)), ("suppressed", .bool(value.suppressed)), ("value", .number(value.value)),
                ])
            }
            return JSONText.object([
                ("broadly_unchanged_within_percent", .number(measure.broadlyUnchangedWithin)),
                ("description", .string(measure.description)), ("desired_direction", .string(measure.desiredDirection.rawValue)),
                ("id", .string(measure.id)), ("source", .string(measure.source)), ("title", .string(measure.title)),
                ("unit", .string(measure.unit.rawValue)), ("values", .array(values)),
            ])
        }
        return Data(JSONText.object([("measures", .array(measures)), ("partnership", .string(partnership))]).text)
    }

    /// A figure as it was published: `14.36`, `9.60`, `791`; no thousands separators.
    private static func number(_ value: Double, decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    private static func quote(_ field: String) -> String {
        field.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
