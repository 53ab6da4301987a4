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

    static func json(_ data: MeasureData, partnership: String) -> Data {
        let measures = data.measures.map { measure in
            JSONMeasure(
                id: measure.id, title: measure.title, unit: measure.unit.rawValue,
                desired_direction: measure.desiredDirection.rawValue, source: measure.source,
                description: measure.description, broadly_unchanged_within_percent: measure.broadlyUnchangedWithin,
                values: data.areas(measure.id).flatMap { data.series(measure.id, area: $0) }.map { value in
                    JSONValue(
                        period: value.period, area: value.area.isEmpty ? nil : value.area, value: value.value,
                        bound: value.bound?.rawValue, suppressed: value.suppressed, national: value.national,
                        decimals: measure.decimals ?? value.decimals, change_percent: value.publishedChange,
                        compared_with: value.comparedWith, note: value.note, source: value.source, extracted: value.extracted)
                })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(JSONDocument(partnership: partnership, measures: measures))) ?? Data()
    }

    // The JSON file's shape. Every key is always written; a missing figure is `null`.
    private struct JSONDocument: Encodable {
        let partnership: String
        let measures: [JSONMeasure]
    }

    private struct JSONMeasure: Encodable {
        let id, title, unit, desired_direction, source: String
        let description: String?
        let broadly_unchanged_within_percent: Double?
        let values: [JSONValue]
        enum CodingKeys: String, CodingKey {
            case id, title, unit, desired_direction, source, description, broadly_unchanged_within_percent, values
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(unit, forKey: .unit)
            try c.encode(desired_direction, forKey: .desired_direction)
            try c.encode(source, forKey: .source)
            try c.encode(description, forKey: .description)
            try c.encode(broadly_unchanged_within_percent, forKey: .broadly_unchanged_within_percent)
            try c.encode(values, forKey: .values)
        }
    }

    /// A figure: `value` is the limit when `bound` is below or above, and null when only
    /// `change_percent` was published; a suppressed count is only ever its limit.
    private struct JSONValue: Encodable {
        let period: String
        let area: String?
        let value: Double?
        let bound: String?
        let suppressed: Bool
        let national: Double?
        let decimals: Int
        let change_percent: Double?
        let compared_with, note, source, extracted: String?
        enum CodingKeys: String, CodingKey {
            case period, area, value, bound, suppressed, national, decimals, change_percent, compared_with, note, source, extracted
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(period, forKey: .period)
            try c.encode(area, forKey: .area)
            try c.encode(value, forKey: .value)
            try c.encode(bound, forKey: .bound)
            try c.encode(suppressed, forKey: .suppressed)
            try c.encode(national, forKey: .national)
            try c.encode(decimals, forKey: .decimals)
            try c.encode(change_percent, forKey: .change_percent)
            try c.encode(compared_with, forKey: .compared_with)
            try c.encode(note, forKey: .note)
            try c.encode(source, forKey: .source)
            try c.encode(extracted, forKey: .extracted)
        }
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
