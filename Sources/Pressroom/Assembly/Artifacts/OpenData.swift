import Foundation

/// A partnership's measures as open data: one CSV row per figure, and JSON grouped by measure.
enum OpenData {
    static func csv(_ data: MeasureData) -> Data {
        var lines = ["measure,title,unit,desired_direction,source,period,area,value,national"]
        for measure in data.measures {
            for area in data.areas(measure.id) {
                for value in data.series(measure.id, area: area) {
                    let fields = [
                        measure.id, measure.title, measure.unit.rawValue, measure.desiredDirection.rawValue, measure.source,
                        value.period, value.area, number(value.value), value.national.map(number) ?? "",
                    ]
                    lines.append(fields.map(quote).joined(separator: ","))
                }
            }
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func json(_ data: MeasureData, partnership: String) -> Data {
        let measures: [[String: Any]] = data.measures.map { measure in
            [
                "id": measure.id, "title": measure.title, "unit": measure.unit.rawValue,
                "desired_direction": measure.desiredDirection.rawValue, "source": measure.source,
                "description": measure.description ?? NSNull(),
                "values": data.areas(measure.id).flatMap { data.series(measure.id, area: $0) }.map { value in
                    [
                        "period": value.period, "area": value.area.isEmpty ? NSNull() : value.area as Any,
                        "value": value.value, "national": value.national ?? NSNull(),
                    ] as [String: Any]
                },
            ]
        }
        let document: [String: Any] = ["partnership": partnership, "measures": measures]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    }

    private static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    private static func quote(_ field: String) -> String {
        field.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
